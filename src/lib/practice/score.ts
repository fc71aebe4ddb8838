/**
 * Scoring a reader's picks against the dataset's levels: how far each pick was, and what a whole
 * set comes to. Pure, so the page, the worksheet's key and the tests agree.
 */

/** One answered quote: the level the reader picked and the dataset's. */
export interface Answer {
	stanceId: string;
	picked: number;
	level: number;
}

/** Levels between the pick and the dataset's level: 0 is a match. */
export function distance(answer: Pick<Answer, 'picked' | 'level'>): number {
	return Math.abs(answer.picked - answer.level);
}

/** How a pick compares, in words a reader sees after choosing. */
export function verdict(answer: Pick<Answer, 'picked' | 'level'>): string {
	const off = distance(answer);
	if (off === 0) return 'You matched the dataset.';
	const side = answer.picked > answer.level ? 'more open' : 'more closed';
	return `You read it ${off} ${off === 1 ? 'level' : 'levels'} ${side} than the dataset.`;
}

export interface SetResult {
	answered: number;
	matched: number;
	/** Matched or one level off (the matches included). */
	withinOne: number;
	/** The answers furthest from the dataset, furthest first (ties in the set's order); none when every answer matched. */
	furthest: Answer[];
}

/** What a set of answers comes to. `show` caps how many of the furthest are listed. */
export function scoreSet(answers: readonly Answer[], show = 3): SetResult {
	const off = answers.map(distance);
	const widest = Math.max(0, ...off);
	const furthest =
		widest === 0
			? []
			: answers
					.map((answer, i) => ({ answer, off: off[i]!, i }))
					.filter(({ off }) => off > 0)
					.sort((a, b) => b.off - a.off || a.i - b.i)
					.slice(0, show)
					.map(({ answer }) => answer);
	return {
		answered: answers.length,
		matched: off.filter((d) => d === 0).length,
		withinOne: off.filter((d) => d <= 1).length,
		furthest
	};
}
