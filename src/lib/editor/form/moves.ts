/**
 * Whether a stance moves its leader: its previous stance on the axis (by asOf) held another level.
 * Only then does it say why (`cause`); the validator checks both ways (move-rules.ts), and the form
 * asks for a cause exactly when this says so.
 */
import { compareDates } from '../../data/dates.ts';

interface Placed {
	id: string;
	axis: string;
	asOf: string;
	position: number | undefined;
}

/**
 * The stance `candidate` moves from (the leader's stance before it on its axis, at another level),
 * or undefined when it moves nothing. `others`: the leader's stances, but the one being edited.
 */
export function movesFrom<T extends Placed>(
	others: readonly T[],
	candidate: { axis: string; asOf: string; position: number | null }
): T | undefined {
	if (candidate.position === null || candidate.axis === '' || candidate.asOf === '')
		return undefined;
	const before = others
		.filter((s) => s.axis === candidate.axis && compareDates(s.asOf, candidate.asOf) < 0)
		.sort((a, b) => compareDates(a.asOf, b.asOf))
		.at(-1);
	return before && before.position !== undefined && before.position !== candidate.position
		? before
		: undefined;
}
