import { describe, expect, it } from 'vitest';
import { REFERENCE_STRENGTH, SERIES_PALETTE } from '../../model/leader-style.ts';
import { testDataset, testDatasetWithReference } from '../../server/test-dataset.ts';
import { mixWithWhite, WIDTH, type ChartExportInput } from './chart-frame.ts';
import { spectrumSvg } from './spectrum-svg.ts';
import { textWidth } from './svg-text.ts';
import { hostileDataset, withLeaders } from './test-fixtures.ts';
import { allText, findAll, parseXml, placedMarks, placedTexts } from './test-xml.ts';

const dataset = testDataset();

function render(patch: Partial<ChartExportInput> = {}) {
	const svg = spectrumSvg({
		dataset,
		leaderIds: [],
		month: '2024-06',
		fromMonth: null,
		axis: null,
		...patch
	});
	return { svg, root: parseXml(svg) };
}

const ids = (root: ReturnType<typeof parseXml>, attr: string) =>
	placedMarks(root, attr)
		.map((m) => m.id)
		.sort();

describe('spectrumSvg', () => {
	it('is a well-formed standalone SVG document, 1200 wide on a white page', () => {
		const { root } = render();
		expect(root.name).toBe('svg');
		expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(root.attrs.width).toBe(String(WIDTH));
		expect(root.attrs.viewBox).toBe(`0 0 ${WIDTH} ${root.attrs.height}`);
		expect(root.attrs['font-family']).toContain('system-ui');
		expect(findAll(root, (e) => e.name === 'rect')[0]?.attrs.fill).toBe('#ffffff');
	});

	it('draws each shown leader’s stance as of the month, one mark each', () => {
		const { root } = render({ month: '2024-06' });
		expect(ids(root, 'data-stance-id')).toEqual([
			'lovelace-access-2024',
			'lovelace-weights-2023',
			'turing-access-2019'
		]);
		expect(ids(render({ month: '2025-06' }).root, 'data-stance-id')).toContain(
			'turing-methodology-2025'
		);
		expect(ids(render({ month: '2015-06' }).root, 'data-stance-id')).toEqual([]);
	});

	it('shows only the chosen leaders', () => {
		const { root } = render({ leaderIds: ['alan-turing'] });
		expect(ids(root, 'data-stance-id')).toEqual(['turing-access-2019']);
		expect(allText(root)).not.toContain('Ada Lovelace');
	});

	it('colours a leader by the full leader order, whoever else is shown', () => {
		const { root } = render({ leaderIds: ['alan-turing'] });
		const mark = placedMarks(root, 'data-stance-id')[0]?.element;
		expect(mark?.attrs.fill).toBe(SERIES_PALETTE[1].light); // Turing is second in the dataset
	});

	it('draws the three kinds of evidence differently', () => {
		const { root } = render({ month: '2024-06', fromMonth: null });
		const mark = (id: string) =>
			placedMarks(root, 'data-stance-id').find((m) => m.id === id)?.element.attrs;
		expect(mark('lovelace-weights-2023')?.fill).toBe(SERIES_PALETTE[0].light); // explicit
		expect(mark('lovelace-access-2024')?.fill).toBe('#ffffff'); // inferred
		expect(mark('lovelace-access-2024')?.['stroke-dasharray']).toBeDefined();
		const reported = placedMarks(render({ month: '2016-01' }).root, 'data-stance-id')[0];
		expect(reported?.id).toBe('lovelace-weights-2015');
		expect(reported?.element.attrs.fill).toBe('#ffffff');
		expect(reported?.element.attrs['stroke-dasharray']).toBeUndefined();
	});

	it('titles the chart with the month and names the dataset version in the footer', () => {
		const { root } = render({ month: '2024-06' });
		const texts = placedTexts(root).map((t) => t.text);
		expect(texts[0]).toBe('Where AI lab leaders stand on openness, Jun 2024');
		expect(texts[1]).toBe(
			"Each leader's latest stated stance as of Jun 2024. Levels run from closed (left) to open (right)."
		);
		const source = texts.find((t) => t.startsWith('Source:'));
		expect(source).toContain('Openness Spectrum test fixture v1.0.0 (updated 1 Jun 2025)');
		expect(source).toContain('verbatim quote');
		expect(findAll(root, (e) => e.name === 'title')[0]?.text).toContain('Jun 2024');
	});

	it('labels each axis and its five levels', () => {
		const texts = placedTexts(render().root).map((t) => t.text);
		expect(texts).toContain('Model weights');
		for (const label of ['Locked', 'Guarded', 'Mixed', 'Leaning open', 'Open']) {
			expect(texts).toContain(label);
		}
	});

	it('shows one panel when one axis is in focus', () => {
		const { root } = render({ axis: 'access' });
		expect(findAll(root, (e) => 'data-axis' in e.attrs).map((e) => e.attrs['data-axis'])).toEqual([
			'access'
		]);
		expect(ids(root, 'data-stance-id')).toEqual(['lovelace-access-2024', 'turing-access-2019']);
		const all = render();
		expect(findAll(all.root, (e) => 'data-axis' in e.attrs)).toHaveLength(4);
		expect(Number(root.attrs.height)).toBeLessThan(Number(all.root.attrs.height));
	});

	it('draws trails only for leaders whose level changed since the earlier month', () => {
		const moved = render({ month: '2024-06', fromMonth: '2016-01' });
		expect(ids(moved.root, 'data-trail-for')).toEqual(['lovelace-weights-2023']);
		expect(placedTexts(moved.root).map((t) => t.text)[1]).toContain('trails from Jan 2016');
		expect(allText(moved.root)).toContain('moved since Jan 2016');
		const still = render({ month: '2020-01', fromMonth: '2016-01' });
		expect(ids(still.root, 'data-trail-for')).toEqual([]);
		expect(allText(still.root)).not.toContain('moved since');
		expect(ids(render().root, 'data-trail-for')).toEqual([]);
	});

	it('says so when an axis has no stance yet', () => {
		expect(allText(render({ month: '2016-01', axis: 'tools' }).root)).toContain(
			'No stated stance yet'
		);
	});

	it('escapes hostile text everywhere it appears', () => {
		const svg = spectrumSvg({
			dataset: hostileDataset(),
			leaderIds: [],
			month: '2024-06',
			fromMonth: '2016-01',
			axis: null
		});
		expect(svg).not.toContain('<script');
		expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
		const root = parseXml(svg); // throws if any text broke out
		expect(findAll(root, (e) => e.name === 'script')).toEqual([]);
		const texts = placedTexts(root).map((t) => t.text);
		expect(texts.some((t) => t.startsWith('</text><script>'))).toBe(true);
	});

	it('keeps marks and names apart and on the canvas when leaders crowd one level', () => {
		const crowded = withLeaders(dataset, [
			...['a', 'b', 'c', 'd', 'e'].map((x) => ({
				id: `leader-${x}`,
				shortName: `Leader ${x.toUpperCase()}`,
				stances: [{ axis: 'weights' as const, asOf: '2020-01', position: 1 }]
			})),
			{
				id: 'mover',
				shortName: 'Maximilian Alexander von Hohenzollern-Sigmaringen the Third',
				stances: [
					{ axis: 'weights', asOf: '2016-01', position: 4 },
					{ axis: 'weights', asOf: '2022-01', position: 0 }
				]
			}
		]);
		const root = parseXml(
			spectrumSvg({
				dataset: crowded,
				leaderIds: [],
				month: '2024-06',
				fromMonth: '2016-06',
				axis: 'weights'
			})
		);
		const height = Number(root.attrs.height);
		const texts = placedTexts(root);
		const extent = (t: (typeof texts)[number]) => {
			const w = textWidth(t.text, t.size, t.bold);
			const lo = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
			return { lo, hi: lo + w };
		};
		for (const t of texts) {
			const { lo, hi } = extent(t);
			expect(lo, t.text).toBeGreaterThanOrEqual(0);
			expect(hi, t.text).toBeLessThanOrEqual(WIDTH);
			expect(t.y, t.text).toBeLessThan(height);
		}
		const marks = placedMarks(root, 'data-stance-id');
		expect(marks).toHaveLength(7);
		for (const [i, a] of marks.entries()) {
			for (const b of marks.slice(i + 1)) {
				expect(Math.abs(a.x - b.x) >= 16 || Math.abs(a.y - b.y) >= 16, `${a.id} ${b.id}`).toBe(
					true
				);
			}
		}
		// Names in one row never overlap each other or a trail's ghost.
		const names = texts.filter((t) => t.size === 14);
		for (const [i, a] of names.entries()) {
			for (const b of names.slice(i + 1)) {
				if (a.y !== b.y) continue;
				const [ea, eb] = [extent(a), extent(b)];
				expect(ea.hi <= eb.lo || eb.hi <= ea.lo, `${a.text} / ${b.text}`).toBe(true);
			}
		}
		const ghosts = placedMarks(root, 'data-trail-for');
		expect(ghosts.map((g) => g.id).sort()).toEqual(['lovelace-weights-2023', 'mover-1']);
		for (const ghost of ghosts) {
			for (const name of names.filter((t) => Math.abs(t.y - 5 - ghost.y) < 1)) {
				const { lo, hi } = extent(name);
				expect(hi <= ghost.x - 7 || lo >= ghost.x + 7, name.text).toBe(true);
			}
		}
	});

	it('draws the fixture dataset exactly as the reviewed snapshot (the file shows as a picture)', async () => {
		const { svg } = render({ month: '2025-06' });
		expect(svg.startsWith('<svg')).toBe(true);
		await expect(svg).toMatchFileSnapshot('./__snapshots__/spectrum-fixture.svg');
	});

	it('draws a reference leader lighter, names them in italics, and keys both', () => {
		const svg = spectrumSvg({
			dataset: testDatasetWithReference(),
			leaderIds: [],
			month: '2024-06',
			fromMonth: null,
			axis: null
		});
		const root = parseXml(svg);
		// Lovelace is a reference leader, second in the display order after the cast (Turing).
		const mark = placedMarks(root, 'data-stance-id').find((m) => m.id === 'lovelace-weights-2023');
		const lighter = mixWithWhite(SERIES_PALETTE[1].light, REFERENCE_STRENGTH);
		expect(mark?.element.attrs.fill).toBe(lighter);
		const italic = findAll(root, (e) => e.name === 'text' && e.attrs['font-style'] === 'italic');
		expect(italic.map((e) => allText(e))).toEqual(
			expect.arrayContaining(['Lovelace', 'Ada Lovelace'])
		);
		expect(italic.map((e) => allText(e))).not.toContain('Turing');
		expect(allText(root)).toContain('For reference: drawn lighter, name in italics');
		expect(findAll(root, (e) => e.attrs['data-key'] === 'reference')).toHaveLength(1);
		// Without a reference leader shown, no such key.
		expect(render().svg).not.toContain('For reference');
	});
});
