/**
 * Filtering the list of every move on /data: by leader, axis and direction. A filter left empty
 * lets every move through.
 */
import type { AxisId } from '../data/schema.ts';
import type { Transition } from '../model/moves.ts';
import type { Direction } from '../vocabulary.ts';

export interface TransitionFilter {
	/** A leader id, or '' for every leader. */
	leader: string;
	axis: AxisId | '';
	direction: Direction | '';
}

export const ALL_TRANSITIONS: TransitionFilter = { leader: '', axis: '', direction: '' };

export function filterTransitions(
	transitions: readonly Transition[],
	filter: TransitionFilter
): Transition[] {
	return transitions.filter(
		(t) =>
			(filter.leader === '' || t.leaderId === filter.leader) &&
			(filter.axis === '' || t.axis === filter.axis) &&
			(filter.direction === '' || t.move.direction === filter.direction)
	);
}

/** "3 of 27 moves", or "27 moves" when none is filtered out. */
export function movesShownLabel(shown: number, total: number): string {
	const noun = (n: number) => (n === 1 ? 'move' : 'moves');
	return shown === total ? `${total} ${noun(total)}` : `${shown} of ${total} ${noun(total)}`;
}
