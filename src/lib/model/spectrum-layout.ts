/**
 * Stage three for the spectra: leaders placed on one axis at one moment. Leaders at the same level
 * are dodged into rows, in display order, so no two marks or names overlap; a leader who held a
 * different level at an earlier moment carries it as `fromPosition`, for a trail.
 */
import type { AxisId } from '../data/schema.ts';
import { seriesKey, stancesAsOf } from './as-of.ts';
import type { StanceView } from './dataset.ts';

export interface SpectrumMark {
	leaderId: string;
	stance: StanceView;
	/** The level, 0 (closed) to 4 (open). */
	position: number;
	/** 0 for the first leader at this level, 1 for the next, and so on. */
	row: number;
	/** The level held at the earlier moment, when it differs from `position`. */
	fromPosition?: number;
}

/**
 * The marks of one axis: each shown leader's stance as of `month` (leaders with none yet are left
 * out), with trails from `fromMonth` when given.
 */
export function layoutSpectrum(
	stances: readonly StanceView[],
	axis: AxisId,
	leaderIds: readonly string[],
	month: string,
	fromMonth: string | null = null
): SpectrumMark[] {
	const now = stancesAsOf(stances, month);
	const then = fromMonth === null ? null : stancesAsOf(stances, fromMonth);
	const rows = new Map<number, number>();
	const marks: SpectrumMark[] = [];
	for (const leaderId of leaderIds) {
		const stance = now.get(seriesKey(leaderId, axis));
		if (!stance) continue;
		const row = rows.get(stance.position) ?? 0;
		rows.set(stance.position, row + 1);
		const earlier = then?.get(seriesKey(leaderId, axis));
		marks.push({
			leaderId,
			stance,
			position: stance.position,
			row,
			...(earlier && earlier.position !== stance.position ? { fromPosition: earlier.position } : {})
		});
	}
	return marks;
}

/**
 * The most leaders that ever share one level on one axis, over every month a stance changes.
 * Spectra reserve this many rows, so their height never changes while the date moves.
 */
export function maxSpectrumRows(
	stances: readonly StanceView[],
	axes: readonly AxisId[],
	leaderIds: readonly string[],
	months: readonly string[]
): number {
	let most = 1;
	for (const month of months) {
		for (const axis of axes) {
			for (const mark of layoutSpectrum(stances, axis, leaderIds, month)) {
				most = Math.max(most, mark.row + 1);
			}
		}
	}
	return most;
}
