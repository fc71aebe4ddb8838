/**
 * What a class's votes on a Your call slide come to beside the dataset's level. Pure, so the slide,
 * its announcement and the tests agree.
 */

import type { Votes } from './votes.ts';

export interface Tally {
	total: number;
	/** Each level's share of the votes, 0 to 1 (all 0 with no votes). */
	shares: number[];
	/** The level or levels with the most votes; none with no votes. */
	most: number[];
	/** Votes at the dataset's level. */
	matched: number;
	/** Votes at the dataset's level or one away. */
	withinOne: number;
}

export function tally(votes: Votes, level: number): Tally {
	const total = votes.reduce((sum, v) => sum + v, 0);
	const top = Math.max(0, ...votes);
	return {
		total,
		shares: votes.map((v) => (total === 0 ? 0 : v / total)),
		most: top === 0 ? [] : votes.flatMap((v, i) => (v === top ? [i] : [])),
		matched: votes[level] ?? 0,
		withinOne: votes.reduce((sum, v, i) => sum + (Math.abs(i - level) <= 1 ? v : 0), 0)
	};
}

/** One sentence on the vote, for the slide and a screen reader. */
export function describeTally(
	t: Tally,
	level: number,
	levelLabel: (level: number) => string
): string {
	if (t.total === 0) return 'No votes entered.';
	const hands = (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`;
	const most = t.most.map((l) => `${l} (${levelLabel(l)})`).join(' and ');
	return `${hands(t.total)}; most for level ${most}. ${t.matched} of ${t.total} matched the dataset's level ${level} (${levelLabel(level)}), ${t.withinOne} within one level.`;
}
