/**
 * A class's votes on a Your call slide: how many hands went up for each level, as the presenter
 * enters them.
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
