import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.ts';

describe('mulberry32', () => {
	it('gives the same sequence for the same seed, and another for another seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const c = mulberry32(43);
		const first = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
	});

	it('keeps int() within its bounds and reaches both ends', () => {
		const random = mulberry32(1);
		const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
		expect([...seen].sort()).toEqual([2, 3, 4, 5]);
	});
});
