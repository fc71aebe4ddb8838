import { describe, expect, it } from 'vitest';
import {
	decimalYear,
	endOfMonthYear,
	isMonth,
	monthFromIndex,
	monthIndex,
	monthOf,
	monthsBetween
} from './months.ts';

describe('months', () => {
	it('takes the month a dataset date starts in, at any precision', () => {
		expect(monthOf('2026')).toBe('2026-01');
		expect(monthOf('2025-10')).toBe('2025-10');
		expect(monthOf('2025-05-29')).toBe('2025-05');
	});

	it('accepts only real "YYYY-MM" months', () => {
		expect(isMonth('2025-12')).toBe(true);
		for (const bad of ['2025-13', '2025-00', '2025', '2025-1', 'x2025-01', '2025-01-01', ''])
			expect(isMonth(bad), bad).toBe(false);
	});

	it('counts months across year boundaries both ways', () => {
		expect(monthIndex('2016-01') - monthIndex('2015-12')).toBe(1);
		expect(monthFromIndex(monthIndex('2015-12'))).toBe('2015-12');
		expect(monthFromIndex(monthIndex('2016-01') + 11)).toBe('2016-12');
		expect(monthsBetween('2015-11', '2016-02')).toEqual([
			'2015-11',
			'2015-12',
			'2016-01',
			'2016-02'
		]);
		expect(monthsBetween('2016-02', '2016-01')).toEqual([]);
	});

	it('places dates on a decimal-year axis at the start of their span', () => {
		expect(decimalYear('2025')).toBe(2025);
		expect(decimalYear('2025-10')).toBe(2025.75);
		expect(decimalYear('2025-10-16')).toBeCloseTo(2025.75 + 15 / 31 / 12, 10);
		expect(endOfMonthYear('2025-12')).toBe(2026);
	});
});
