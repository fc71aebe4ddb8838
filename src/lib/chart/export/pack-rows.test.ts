import { describe, expect, it } from 'vitest';
import { packRows } from './pack-rows.ts';

describe('packRows', () => {
	it('keeps the model rows when nothing reaches across', () => {
		expect(
			packRows([
				{ lo: 0, hi: 50, row: 0 },
				{ lo: 0, hi: 50, row: 1 },
				{ lo: 100, hi: 150, row: 0 }
			])
		).toEqual([0, 1, 0]);
	});

	it('moves a long span (a trail) to the first row where it meets nothing', () => {
		const rows = packRows([
			{ lo: 0, hi: 300, row: 0 }, // a trail across three levels
			{ lo: 100, hi: 150, row: 0 },
			{ lo: 200, hi: 250, row: 0 }
		]);
		expect(rows).toEqual([0, 1, 1]);
	});

	it('places lower model rows first, then keeps display order', () => {
		expect(
			packRows([
				{ lo: 0, hi: 50, row: 1 },
				{ lo: 0, hi: 50, row: 0 }
			])
		).toEqual([1, 0]);
	});

	it('keeps spans in one row at least the gap apart', () => {
		const spans = [
			{ lo: 0, hi: 50, row: 0 },
			{ lo: 55, hi: 100, row: 0 }
		];
		expect(packRows(spans)).toEqual([0, 0]);
		expect(packRows(spans, 10)).toEqual([0, 1]);
	});
});
