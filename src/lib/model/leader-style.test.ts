import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { datasetFrom } from '../server/dataset-from.ts';
import { chartDomain } from './chart-state.ts';
import { mixWithWhite, printStyles } from '../chart/export/chart-frame.ts';
import {
	leaderStyles,
	REFERENCE_STRENGTH,
	SERIES_COLOURS,
	SERIES_PALETTE,
	shapePath,
	SHAPES
} from './leader-style.ts';

describe('leaderStyles', () => {
	it('gives the first seven leaders seven colours and seven shapes', () => {
		const ids = Array.from({ length: 7 }, (_, i) => `l${i}`);
		const styles = [...leaderStyles(ids).values()];
		expect(new Set(styles.map((s) => s.colour)).size).toBe(SERIES_COLOURS);
		expect(new Set(styles.map((s) => s.shape)).size).toBe(SHAPES.length);
	});

	it('never repeats a colour and shape pair within the first 49 leaders', () => {
		const ids = Array.from({ length: 49 }, (_, i) => `l${i}`);
		const pairs = [...leaderStyles(ids).values()].map((s) => `${s.colour}/${s.shape}`);
		expect(new Set(pairs).size).toBe(49);
	});
});

describe('reference leaders', () => {
	it('keep their hue and shape, drawn lighter: mixed with the page on screen, with white in files', () => {
		const styles = leaderStyles(['a', 'b'], ['b']);
		expect(styles.get('a')).toMatchObject({ reference: false, printColour: '#0072B2' });
		expect(styles.get('b')).toMatchObject({
			reference: true,
			shape: 'square',
			colour: 'color-mix(in srgb, light-dark(#D55E00, #FF8C42) 55%, var(--surface))'
		});
		// The downloads mix it with their white page.
		expect(printStyles(styles).get('b')?.printColour).toBe(
			mixWithWhite('#D55E00', REFERENCE_STRENGTH)
		);
		expect(printStyles(styles).get('a')?.printColour).toBe('#0072B2');
		expect(mixWithWhite('#000000', 0.5)).toBe('#808080');
		expect(mixWithWhite('#0072B2', 1)).toBe('#0072B2');
	});

	it('leave the seven of the bundled cast the colours and shapes they had before them', () => {
		const dataset = datasetFrom(readDataDir('data'));
		const domain = chartDomain(dataset);
		const styles = printStyles(leaderStyles(domain.leaderIds, domain.referenceIds));
		const cast = (id: string) => {
			const style = styles.get(id);
			return style && { printColour: style.printColour, shape: style.shape, reference: false };
		};
		// As drawn at dataset 2.0.0, before the reference leaders came.
		const before: [string, string, string][] = [
			['dario-amodei', '#0072B2', 'circle'],
			['demis-hassabis', '#D55E00', 'square'],
			['greg-brockman', '#007D5A', 'triangle'],
			['ilya-sutskever', '#AA3399', 'diamond'],
			['jack-clark', '#8F6500', 'triangle-down'],
			['mira-murati', '#444444', 'plus'],
			['sam-altman', '#C2185B', 'star']
		];
		for (const [id, printColour, shape] of before)
			expect(cast(id), id).toEqual({ printColour, shape, reference: false });
		expect(domain.castIds).toEqual(before.map(([id]) => id));
		// The reference leaders: four hues apart from each other, each in a shape no cast member
		// of the same hue has, and lighter.
		const references = domain.referenceIds.map((id) => styles.get(id));
		expect(references.every((s) => s?.reference)).toBe(true);
		expect(new Set(references.map((s) => s?.printColour)).size).toBe(references.length);
		for (const style of references) {
			const sameHue = before.find(
				([, colour]) => mixWithWhite(colour, REFERENCE_STRENGTH) === style?.printColour
			);
			expect(sameHue?.[2]).not.toBe(style?.shape);
		}
		expect(SERIES_PALETTE.map((p) => p.light)).toEqual(before.map(([, colour]) => colour));
	});
});

describe('shapePath', () => {
	it('draws every shape as one closed path within its radius', () => {
		for (const shape of SHAPES) {
			const d = shapePath(shape, 5);
			expect(d, shape).toMatch(/^M.*Z$/);
			const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
			// Arc flags and radii are numbers too; none of them exceeds the radius either.
			for (const n of numbers) expect(Math.abs(n), shape).toBeLessThanOrEqual(5);
		}
	});
});
