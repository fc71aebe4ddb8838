/**
 * Why, when and how far a point moved. A move (a transition) is a change of level between two
 * consecutive stances of one leader on one axis: its direction (toward the open end, 4, or the
 * closed end, 0), how many levels, the stance before, and its cause, which the later stance
 * carries as data (`cause`, checked by data/move-rules.ts). The words stay neutral: a point moves
 * toward open or toward closed.
 */
import type { CauseKind, Direction } from '../vocabulary.ts';
import { DIRECTION_LABELS } from '../vocabulary.ts';
import type { CitationView, StanceView } from './dataset.ts';
import type { AxisId } from '../data/schema.ts';
import { compareDates } from '../data/dates.ts';
import { monthOf } from './months.ts';

/** Which way and how far a level changed, or undefined when it did not. */
export function moveBetween(
	before: number,
	after: number
): { direction: Direction; steps: number } | undefined {
	if (before === after) return undefined;
	return { direction: after > before ? 'open' : 'closed', steps: Math.abs(after - before) };
}

/** The stance a point moved from: enough to show it beside the stance it moved to. */
export interface MovedFrom {
	id: string;
	asOf: string;
	position: number;
	levelLabel: string;
	/** Its first citation in the leader's own words (else its first), for the before side. */
	citation: CitationView;
}

/** How a stance moved its leader on its axis, set on every stance whose level differs from the one before. */
export interface MoveView {
	from: MovedFrom;
	direction: Direction;
	/** Levels moved, 1 to 4. */
	steps: number;
	cause: CauseKind;
	/** One sentence of ours on what changed. */
	causeNote?: string;
}

/** The stance before, as a move names it. */
export function movedFrom(before: StanceView): MovedFrom {
	const citation = before.citations.find((c) => c.speaker === undefined) ?? before.citations[0];
	if (!citation) throw new Error(`movedFrom: stance "${before.id}" has no citation`);
	return {
		id: before.id,
		asOf: before.asOf,
		position: before.position,
		levelLabel: before.levelLabel,
		citation
	};
}

/** A stance with its move: every transition of a list of stances. */
export type Transition = StanceView & { move: MoveView };

export function isTransition(stance: StanceView): stance is Transition {
	return stance.move !== undefined;
}

/** The transitions among `stances`, in their order. */
export function transitionsOf(stances: readonly StanceView[]): Transition[] {
	return stances.filter(isTransition);
}

/** "Moved toward closed by 2 levels" */
export function moveLine(move: Pick<MoveView, 'direction' | 'steps'>): string {
	const levels = move.steps === 1 ? '1 level' : `${move.steps} levels`;
	return `Moved ${DIRECTION_LABELS[move.direction].toLowerCase()} by ${levels}`;
}

/**
 * The moves that happened after the month `from` and up to the end of `to` ("YYYY-MM"), of the
 * leaders in `leaderIds` and on `axis` (null: every axis), oldest first: what a trail from `from`
 * sums up.
 */
export function movesBetween(
	stances: readonly StanceView[],
	from: string,
	to: string,
	leaderIds: readonly string[],
	axis: AxisId | null
): Transition[] {
	const shown = new Set(leaderIds);
	return transitionsOf(stances)
		.filter((t) => {
			const month = monthOf(t.asOf);
			return (
				month > from && month <= to && shown.has(t.leaderId) && (axis === null || t.axis === axis)
			);
		})
		.sort((a, b) => compareDates(a.asOf, b.asOf));
}
