import { describe, expect, it } from 'vitest';
import { MOST_VOTES, NO_VOTES, withCount } from './votes.ts';

describe('entering a class’s votes', () => {
	it('sets one level’s count and leaves the rest', () => {
		expect(withCount(NO_VOTES, 2, 7)).toEqual([0, 0, 7, 0, 0]);
		expect(withCount([1, 2, 3, 4, 5], 0, 0)).toEqual([0, 2, 3, 4, 5]);
	});

	it('keeps counts whole and within bounds, and ignores a level the axis lacks', () => {
		expect(withCount(NO_VOTES, 1, -3)).toEqual([0, 0, 0, 0, 0]);
		expect(withCount(NO_VOTES, 1, 5000)).toEqual([0, MOST_VOTES, 0, 0, 0]);
		expect(withCount(NO_VOTES, 1, 2.7)).toEqual([0, 2, 0, 0, 0]);
		expect(withCount(NO_VOTES, 5, 3)).toBe(NO_VOTES);
		expect(withCount(NO_VOTES, -1, 3)).toBe(NO_VOTES);
	});
});
