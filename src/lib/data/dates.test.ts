import { describe, expect, it } from 'vitest';
import { compareDates, endOf, isFuture, isRealDate, startOf, todayUtc } from './dates.ts';

describe('isRealDate', () => {
	it('accepts the three precisions', () => {
		expect(isRealDate('2015')).toBe(true);
		expect(isRealDate('2015-12')).toBe(true);
		expect(isRealDate('2024-02-29')).toBe(true);
	});
	it('rejects impossible calendar dates', () => {
		expect(isRealDate('2025-02-29')).toBe(false);
		expect(isRealDate('2025-02-30')).toBe(false);
		expect(isRealDate('2025-13')).toBe(false);
		expect(isRealDate('2025-00')).toBe(false);
		expect(isRealDate('2025-04-31')).toBe(false);
		expect(isRealDate('25-04-01')).toBe(false);
	});
});

describe('date spans', () => {
	it('knows where a date starts and ends', () => {
		expect(startOf('2024')).toBe('2024-01-01');
		expect(startOf('2024-05')).toBe('2024-05-01');
		expect(endOf('2024')).toBe('2024-12-31');
		expect(endOf('2024-02')).toBe('2024-02-29');
		expect(endOf('2023-02')).toBe('2023-02-28');
		expect(endOf('2024-05-15')).toBe('2024-05-15');
	});
	it('calls a date future only when all of it is after today', () => {
		expect(isFuture('2026-11', '2026-11-29')).toBe(false);
		expect(isFuture('2026-11-30', '2026-11-29')).toBe(true);
		expect(isFuture('2027', '2026-11-29')).toBe(true);
	});
	it('orders by start, then coarser first', () => {
		const dates = ['2024-05-15', '2023', '2024-05', '2024'];
		expect(dates.sort(compareDates)).toEqual(['2023', '2024', '2024-05', '2024-05-15']);
	});
	it('writes today in UTC', () => {
		expect(todayUtc(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-29');
	});
});
