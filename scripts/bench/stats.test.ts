import { describe, expect, it } from 'vitest';
import { growthExponent, median, p95, quantile } from './stats.ts';

describe('quantiles', () => {
	it('interpolates between ranks and ignores input order', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
		expect(p95(Array.from({ length: 101 }, (_, i) => i))).toBe(95);
		expect(median([])).toBeNaN();
	});
});

describe('growthExponent', () => {
	it('is 1 for linear growth, 2 for quadratic, 0 for flat', () => {
		expect(growthExponent({ size: 1, cost: 5 }, { size: 100, cost: 500 })).toBeCloseTo(1);
		expect(growthExponent({ size: 1, cost: 5 }, { size: 10, cost: 500 })).toBeCloseTo(2);
		expect(growthExponent({ size: 1, cost: 5 }, { size: 100, cost: 5 })).toBe(0);
	});
});
