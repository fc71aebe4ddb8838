import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../chart/export/download.ts';
import { editedDataset, lovelaceRescored, publishedStory } from './impact-fixtures.ts';
import { storyImpact } from './story-impact.ts';
import { svgDataUrl, thumbnailCharts } from './step-thumbnail.ts';

const before = { dataset: editedDataset(), story: publishedStory() };
const after = { dataset: lovelaceRescored(), story: publishedStory() };

/** Where the SVG draws a stance's mark: the x of its translate. */
const markX = (svg: string, id: string) =>
	Number(new RegExp(`translate\\(([0-9.]+),[0-9.]+\\)"[^>]*data-stance-id="${id}"`).exec(svg)?.[1]);

describe('thumbnailCharts', () => {
	it("draws a step's charts as its view says, with its month, trail, axis and leaders", () => {
		const [closing, timelines] = storyImpact(before, after).steps;
		if (!closing || !timelines) throw new Error('two steps affected');
		expect(thumbnailCharts(after.dataset, closing.after)).toEqual([
			{
				kind: 'spectrum',
				input: {
					dataset: after.dataset,
					leaderIds: ['ada-lovelace', 'alan-turing'],
					month: '2023-11',
					fromMonth: '2015-12',
					axis: 'weights'
				}
			}
		]);
		expect(thumbnailCharts(after.dataset, timelines.after).map((c) => c.kind)).toEqual([
			'timelines'
		]);
		expect(
			thumbnailCharts(after.dataset, { ...closing.after, view: 'both' }).map((c) => c.kind)
		).toEqual(['spectrum', 'timelines']);
	});

	it('draws the re-scored point where it now stands: the before and after images differ', () => {
		const [closing] = storyImpact(before, after).steps;
		if (!closing?.before) throw new Error('closing step affected');
		const [was] = thumbnailCharts(before.dataset, closing.before);
		const [now] = thumbnailCharts(after.dataset, closing.after);
		if (!was || !now) throw new Error('one chart each');
		const oldSvg = chartSvg(was.kind, was.input);
		const newSvg = chartSvg(now.kind, now.input);
		// Level 1 then, level 2 now: one step of the scale to the right.
		const [x1, x2] = [
			markX(oldSvg, 'lovelace-weights-2023'),
			markX(newSvg, 'lovelace-weights-2023')
		];
		expect(x1).toBeGreaterThan(0);
		expect(x2).toBeGreaterThan(x1);
	});
});

describe('svgDataUrl', () => {
	it('makes an image address that decodes to the SVG', () => {
		const url = svgDataUrl('<svg a="#1">é</svg>');
		expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
		expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe('<svg a="#1">é</svg>');
	});
});
