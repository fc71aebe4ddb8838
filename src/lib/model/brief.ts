/**
 * What the printed class brief (/brief) picks from the dataset: the biggest moves on record and
 * the sources of what it shows. Pure, so the two pages hold the same things every build.
 */
import type { Source } from '../data/schema.ts';
import { compareDates } from '../data/dates.ts';
import type { StanceView } from './dataset.ts';
import { transitionsOf, type Transition } from './moves.ts';

/** How many moves the brief lists: all of two levels or more, at least `least`, at most `most`. */
export interface BiggestMovesOptions {
	least?: number;
	most?: number;
}

/**
 * The biggest transitions among `stances`: every move of two levels or more (the largest first,
 * then the latest, when there are more than `most`), topped up with the next largest to `least`
 * when fewer moved that far; listed oldest first, as a story reads.
 */
export function biggestMoves(
	stances: readonly StanceView[],
	{ least = 3, most = 6 }: BiggestMovesOptions = {}
): Transition[] {
	const bySize = transitionsOf(stances).sort(
		(a, b) => b.move.steps - a.move.steps || compareDates(b.asOf, a.asOf)
	);
	const far = bySize.filter((t) => t.move.steps >= 2).length;
	return bySize
		.slice(0, Math.min(most, Math.max(far, least)))
		.sort((a, b) => compareDates(a.asOf, b.asOf));
}

/**
 * The sources cited by `stances` and by the stance each of their moves came from, once each, oldest
 * first: the sources of a page that draws those stances and lists those moves.
 */
export function sourcesOf(stances: readonly StanceView[]): Source[] {
	const seen = new Map<string, Source>();
	for (const stance of stances) {
		const cited = stance.citations.map((c) => c.source);
		if (stance.move) cited.push(stance.move.from.citation.source);
		for (const source of cited) if (!seen.has(source.id)) seen.set(source.id, source);
	}
	return [...seen.values()].sort(
		(a, b) => compareDates(a.date, b.date) || a.outlet.localeCompare(b.outlet)
	);
}
