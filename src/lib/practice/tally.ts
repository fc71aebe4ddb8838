/**
 * A class's votes on a Your call slide: how many hands went up for each level, entered by the
 * presenter, and what they come to beside the dataset's level. Pure, so the deck, the notes window
 * and the tests agree.
 */

/** Hands counted for each level, by level value (0 to 4). */
export type Votes = readonly number[];

/** The most a presenter can enter for one level: a lecture hall, not a typo. */
export const MOST_VOTES = 999;

export const NO_VOTES: Votes = [0, 0, 0, 0, 0];

/** The votes with `count` hands for `level`, kept within 0 and MOST_VOTES. */
export function withCount(votes: Votes, level: number, count: number): Votes {
	if (!Number.isInteger(level) || level < 0 || level >= votes.length) return votes;
	const kept = Math.min(MOST_VOTES, Math.max(0, Math.trunc(count)));
	return votes.map((v, i) => (i === level ? kept : v));
}

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
