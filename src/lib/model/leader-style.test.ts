import { describe, expect, it } from 'vitest';
import { leaderStyles, SERIES_COLOURS, shapePath, SHAPES } from './leader-style.ts';

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
