import { describe, expect, it } from 'vitest';
import { DENSE_MARKS, isDense } from './density.ts';

const series = (...counts: number[]) =>
	counts.map((n) => ({ points: Array.from({ length: n }, () => null as never) }));

describe('isDense', () => {
	it('counts the marks of every series together', () => {
		expect(isDense(series(DENSE_MARKS))).toBe(false);
		expect(isDense(series(DENSE_MARKS, 1))).toBe(true);
		expect(isDense([])).toBe(false);
	});
});
