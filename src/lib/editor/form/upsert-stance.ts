/**
 * Writes a stance into a leader's file text, at the place the file's own order gives it, and lays
 * the file out as the repo stores it. The repo keeps two orders, and no rule enforces either:
 * - by date (most files): the new stance goes after the last stance held at or before its asOf;
 * - by axis, then date (e.g. Sutskever's and Hassabis's): it goes among its axis's stances by date.
 * A file that keeps neither (stances sorted by hand) gets it beside its axis's stances by date, or
 * at the end when it has none on that axis. A stance being edited stays where it is unless its
 * axis or date changed; then it moves to its new place.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { compareDates } from '../../data/dates.ts';
import { formatDataFile } from '../../data/format.ts';
import { asObject } from '../../data/json-values.ts';
import type { Stance } from '../../data/schema.ts';

/** The new file text, and the offset of the written stance's opening brace in it. */
export interface Written {
	text: string;
	offset: number;
}

interface Placed {
	axis: string;
	asOf: string;
}

/** Reads a stance's axis and asOf, whatever its shape ('' when missing). */
function placeOf(value: unknown): Placed {
	const object = asObject(value);
	return {
		axis: typeof object?.axis === 'string' ? object.axis : '',
		asOf: typeof object?.asOf === 'string' ? object.asOf : ''
	};
}

function isByDate(stances: readonly Placed[]): boolean {
	return stances.every((s, i) => i === 0 || compareDates(stances[i - 1]!.asOf, s.asOf) <= 0);
}

/** The index at which `stance` goes in `stances`, as the list's order has it. */
export function insertionIndex(stances: readonly Placed[], stance: Placed): number {
	const heldBy = (s: Placed) => compareDates(s.asOf, stance.asOf) <= 0;
	if (isByDate(stances)) return stances.findLastIndex(heldBy) + 1;
	const sameAxis = stances.flatMap((s, i) => (s.axis === stance.axis ? [i] : []));
	if (sameAxis.length === 0) return stances.length;
	const lastBefore = sameAxis.findLast((i) => heldBy(stances[i]!));
	// Before every stance of its axis: at the head of the axis's group.
	if (lastBefore === undefined) return sameAxis[0]!;
	// After the last stance of its axis held at or before it: by date within a group by axis.
	return lastBefore + 1;
}

/**
 * `leaderText` with `stance` written into its `stances`: replacing the stance whose id is
 * `replacingId` (when it is there), else added at its place. Throws when the text is not a
 * leader file (JSON with a `stances` list): the caller checks that first.
 */
export function upsertStance(leaderText: string, stance: Stance, replacingId?: string): Written {
	const leader = asObject(JSON.parse(leaderText));
	if (!leader || !Array.isArray(leader.stances)) throw new Error('not a leader file');
	const stances: unknown[] = [...(leader.stances as unknown[])];
	const old =
		replacingId === undefined ? -1 : stances.findIndex((s) => asObject(s)?.id === replacingId);
	let index: number;
	if (old >= 0) {
		const was = placeOf(stances[old]);
		stances.splice(old, 1);
		index =
			was.axis === stance.axis && was.asOf === stance.asOf
				? old
				: insertionIndex(stances.map(placeOf), stance);
	} else index = insertionIndex(stances.map(placeOf), stance);
	stances.splice(index, 0, stance);
	const text = formatDataFile({ ...leader, stances });
	const node = findNodeAtLocation(parseTree(text)!, ['stances', index]);
	return { text, offset: node?.offset ?? 0 };
}
