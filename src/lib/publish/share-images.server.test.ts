import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '$lib/chart/export/download';
import { loadDataset, loadStory } from '$lib/server/dataset';
import {
	SHARE_HEIGHT,
	SHARE_WIDTH,
	shareImages,
	sharePng,
	shareSvg
} from './share-images.server.ts';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
}

describe('share images', () => {
	const dataset = loadDataset();
	const story = loadStory();
	const images = shareImages(dataset, story);

	it('has one for /explore, each leader and each story step, each named once', () => {
		const names = images.map((i) => i.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names).toContain('explore');
		for (const leader of dataset.leaders) expect(names).toContain(`leader-${leader.id}`);
		for (const step of story.steps) expect(names).toContain(`step-${step.id}`);
	});

	it('puts the download chart, scaled to fit, on a 1200x630 page', () => {
		const image = images.find((i) => i.name === 'explore');
		if (!image) throw new Error('no explore image');
		const chart = chartSvg(image.kind, image.input);
		const framed = shareSvg(chart);
		expect(framed).toMatch(/^<svg [^>]*width="1200" height="630"/);
		// The chart inside, with its title, month and source line naming the version.
		expect(framed).toContain(`v${dataset.meta.version}`);
		const inner =
			/<rect[^>]*\/><svg x="([\d.]+)" y="([\d.]+)"[^>]*width="([\d.]+)" height="([\d.]+)"/.exec(
				framed
			);
		const [x, y, w, h] = (inner ?? []).slice(1).map(Number);
		expect((x ?? -1) + (w ?? 0)).toBeLessThanOrEqual(SHARE_WIDTH + 0.1);
		expect((y ?? -1) + (h ?? 0)).toBeLessThanOrEqual(SHARE_HEIGHT + 0.1);
	});

	it('renders a 1200x630 PNG with the shipped font, whatever the machine has', () => {
		for (const name of [
			'explore',
			`leader-${dataset.leaders[0]?.id}`,
			`step-${story.steps[0]?.id}`
		]) {
			const image = images.find((i) => i.name === name);
			if (!image) throw new Error(`no image ${name}`);
			const png = sharePng(image);
			expect(pngSize(png)).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
			if (process.env.SHARE_OUT) writeFileSync(`${process.env.SHARE_OUT}/${name}.png`, png);
		}
	});
});
