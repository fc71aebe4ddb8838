import { describe, expect, it } from 'vitest';
import { chartDomain } from '../model/chart-state.ts';
import { testDataset } from '../server/test-dataset.ts';
import {
	clusterPositions,
	dodgeRows,
	dodgeSpans,
	percentOf,
	timeExtent,
	yearTicks
} from './scales.ts';

describe('timeExtent', () => {
	it('runs from a quarter before the first month to the end of the last', () => {
		const extent = timeExtent(chartDomain(testDataset()));
		expect(extent[0]).toBeCloseTo(2015 + 11 / 12 - 0.25, 10);
		expect(extent[1]).toBe(2025.5);
	});
});

describe('yearTicks', () => {
	it('lists whole years inside the extent', () => {
		expect(yearTicks([2015.9, 2019.2])).toEqual([2016, 2017, 2018, 2019]);
		expect(yearTicks([2015.9, 2021], 2)).toEqual([2016, 2018, 2020]);
	});
});

describe('percentOf', () => {
	it('maps an extent onto 0 to 100', () => {
		expect(percentOf(2020, [2010, 2030])).toBe(50);
		expect(percentOf(5, [5, 5])).toBe(0);
	});
});

describe('dodgeRows', () => {
	it('keeps far-apart labels in one row and stacks close ones', () => {
		expect(dodgeRows([0, 10, 20], 5)).toEqual([0, 0, 0]);
		expect(dodgeRows([0, 1, 2, 10], 5)).toEqual([0, 1, 2, 0]);
	});

	it('answers in input order whatever order the positions come in', () => {
		expect(dodgeRows([2, 0, 1], 5)).toEqual([2, 0, 1]);
	});
});

describe('dodgeSpans', () => {
	it('stacks labels whose boxes would touch, by their own widths', () => {
		// 24 px and 50 px wide, 30 px apart: 12 + 25 = 37 px needed, plus the gap.
		expect(
			dodgeSpans(
				[
					{ centre: 0, width: 24 },
					{ centre: 30, width: 50 },
					{ centre: 100, width: 24 }
				],
				2
			)
		).toEqual([0, 1, 0]);
		expect(
			dodgeSpans(
				[
					{ centre: 0, width: 24 },
					{ centre: 40, width: 50 }
				],
				2
			)
		).toEqual([0, 0]);
	});

	it('answers in input order', () => {
		expect(
			dodgeSpans(
				[
					{ centre: 10, width: 24 },
					{ centre: 0, width: 24 }
				],
				0
			)
		).toEqual([1, 0]);
	});
});

describe('clusterPositions', () => {
	it('chains positions closer than the gap into one group', () => {
		expect(clusterPositions([0, 0.3, 0.6, 5, 9, 9.1], 0.5)).toEqual([[0, 1, 2], [3], [4, 5]]);
		expect(clusterPositions([], 1)).toEqual([]);
	});

	it('groups by position, not by input order', () => {
		expect(clusterPositions([5, 0, 5.2], 0.5)).toEqual([[1], [0, 2]]);
	});
});
