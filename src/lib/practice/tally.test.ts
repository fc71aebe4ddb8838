import { describe, expect, it } from 'vitest';
import { describeTally, tally } from './tally.ts';
import { NO_VOTES } from './votes.ts';

const label = (level: number) => ['Locked', 'Closed', 'Threshold', 'Mostly open', 'Open'][level]!;

describe('tallying the votes beside the dataset’s level', () => {
	it('gives shares, the most voted level, the matches and those within one level', () => {
		const t = tally([1, 2, 5, 2, 0], 1);
		expect(t.total).toBe(10);
		expect(t.shares).toEqual([0.1, 0.2, 0.5, 0.2, 0]);
		expect(t.most).toEqual([2]);
		expect(t.matched).toBe(2);
		expect(t.withinOne).toBe(8);
		expect(describeTally(t, 1, label)).toBe(
			"10 votes; most for level 2 (Threshold). 2 of 10 matched the dataset's level 1 (Closed), 8 within one level."
		);
	});

	it('names every level tied for the most', () => {
		expect(tally([0, 3, 0, 3, 1], 4).most).toEqual([1, 3]);
	});

	it('says so when nobody voted', () => {
		const t = tally(NO_VOTES, 2);
		expect(t).toEqual({ total: 0, shares: [0, 0, 0, 0, 0], most: [], matched: 0, withinOne: 0 });
		expect(describeTally(t, 2, label)).toBe('No votes entered.');
	});
});
