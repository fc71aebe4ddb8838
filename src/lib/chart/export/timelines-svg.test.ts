import { describe, expect, it } from 'vitest';
import { SERIES_PALETTE } from '../../model/leader-style.ts';
import { testDataset, testDatasetWithReference } from '../../server/test-dataset.ts';
import { WIDTH, type ChartExportInput } from './chart-frame.ts';
import { textWidth } from './svg-text.ts';
import { hostileDataset } from './test-fixtures.ts';
import { allText, findAll, parseXml, placedMarks, placedTexts } from './test-xml.ts';
import { timelinesSvg } from './timelines-svg.ts';

const dataset = testDataset();

function render(patch: Partial<ChartExportInput> = {}) {
	return parseXml(
		timelinesSvg({
			dataset,
			leaderIds: [],
			month: '2024-06',
			fromMonth: null,
			axis: null,
			...patch
		})
	);
}

const stanceIds = (root: ReturnType<typeof parseXml>) =>
	placedMarks(root, 'data-stance-id')
		.map((m) => m.id)
		.sort();

describe('timelinesSvg', () => {
	it('is a well-formed standalone SVG document, 1200 wide', () => {
		const root = render();
		expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(root.attrs.width).toBe(String(WIDTH));
		expect(root.attrs.viewBox).toBe(`0 0 ${WIDTH} ${root.attrs.height}`);
	});

	it('marks every stance of the shown leaders, whatever the month', () => {
		expect(stanceIds(render())).toEqual(dataset.stances.map((s) => s.id).sort());
		expect(stanceIds(render({ leaderIds: ['alan-turing'] }))).toEqual([
			'turing-access-2019',
			'turing-methodology-2025'
		]);
	});

	it('draws one panel per axis, or one for the axis in focus', () => {
		expect(findAll(render(), (e) => 'data-axis' in e.attrs)).toHaveLength(4);
		const focused = render({ axis: 'weights' });
		expect(findAll(focused, (e) => 'data-axis' in e.attrs)).toHaveLength(1);
		expect(stanceIds(focused)).toEqual(['lovelace-weights-2015', 'lovelace-weights-2023']);
	});

	it('draws a leader’s step line in their colour, stepping where their stance changes', () => {
		const root = render({ axis: 'weights' });
		const lines = findAll(
			root,
			(e) => e.attrs.stroke === SERIES_PALETTE[0].light && e.attrs.fill === 'none'
		);
		expect(lines.length).toBeGreaterThan(0);
		expect(lines[0]?.attrs.d).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+$/);
	});

	it('labels the levels and the whole years of the time axis', () => {
		const texts = placedTexts(render()).map((t) => t.text);
		for (const label of ['Locked', 'Guarded', 'Mixed', 'Leaning open', 'Open']) {
			expect(texts).toContain(label);
		}
		// The fixture runs from Dec 2015 to Jun 2025: every whole year fits a label.
		for (let year = 2016; year <= 2025; year++) expect(texts).toContain(String(year));
		expect(texts).not.toContain('2015');
	});

	it('marks the month shown and fades the stances after it', () => {
		const root = render({ month: '2020-01' });
		const texts = placedTexts(root).map((t) => t.text);
		expect(texts.filter((t) => t === 'Jan 2020')).toHaveLength(4); // one per panel
		expect(texts[1]).toContain('The vertical line marks Jan 2020; later stances are faded.');
		const marks = placedMarks(root, 'data-stance-id');
		const opacity = (id: string) => marks.find((m) => m.id === id)?.element.attrs.opacity;
		expect(opacity('turing-access-2019')).toBeUndefined();
		expect(opacity('lovelace-weights-2023')).toBeDefined();
		const last = placedTexts(render({ month: '2025-06' })).map((t) => t.text)[1];
		expect(last).not.toContain('faded');
	});

	it('ticks each dated event on every panel', () => {
		const events = placedMarks(render(), 'data-event-id');
		expect(events.map((e) => e.id)).toEqual(Array(4).fill('example-model-release'));
	});

	it('names the dataset version in the source line', () => {
		expect(allText(render())).toContain(
			'Source: Openness Spectrum test fixture v1.0.0 (updated 1 Jun 2025)'
		);
	});

	it('keeps every label on the canvas', () => {
		const root = render();
		for (const t of placedTexts(root)) {
			const w = textWidth(t.text, t.size, t.bold);
			const lo = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
			expect(lo, t.text).toBeGreaterThanOrEqual(0);
			expect(lo + w, t.text).toBeLessThanOrEqual(WIDTH);
			expect(t.y, t.text).toBeLessThan(Number(root.attrs.height));
		}
	});

	it('escapes hostile text everywhere it appears', () => {
		const svg = timelinesSvg({
			dataset: hostileDataset(),
			leaderIds: [],
			month: '2024-06',
			fromMonth: null,
			axis: null
		});
		expect(svg).not.toContain('<script');
		const root = parseXml(svg);
		expect(findAll(root, (e) => e.name === 'script')).toEqual([]);
		expect(placedMarks(root, 'data-event-id')[0]?.id).toBe('example-model-release"><script>');
	});

	it('draws the fixture dataset exactly as the reviewed snapshot (the file shows as a picture)', async () => {
		const svg = timelinesSvg({
			dataset,
			leaderIds: [],
			month: '2025-06',
			fromMonth: null,
			axis: null
		});
		expect(svg.startsWith('<svg')).toBe(true);
		await expect(svg).toMatchFileSnapshot('./__snapshots__/timelines-fixture.svg');
	});

	it("draws a reference leader's line thinner as well as lighter", () => {
		const root = parseXml(
			timelinesSvg({
				dataset: testDatasetWithReference(),
				leaderIds: [],
				month: '2024-06',
				fromMonth: null,
				axis: 'access'
			})
		);
		const widths = new Map(
			findAll(root, (e) => e.name === 'path' && e.attrs.fill === 'none').map((e) => [
				e.attrs.stroke,
				e.attrs['stroke-width']
			])
		);
		expect(widths.get(SERIES_PALETTE[0].light)).toBe('2.25'); // Turing, the cast
		expect([...widths.values()]).toContain('1.25'); // Lovelace, for reference
	});
});
