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
 *
 * Leaders without a trail take the first free row at their level, in display order. A leader with
 * a trail then takes the first row free at every level the trail crosses, so neither the trail
 * nor the mark at its start lies over another leader; when no such row fits in `maxRows`, it takes
 * the first free row at its own level, as without trails.
 */
export function layoutSpectrum(
	stances: readonly StanceView[],
	axis: AxisId,
	leaderIds: readonly string[],
	month: string,
	fromMonth: string | null = null,
	maxRows = Infinity
): SpectrumMark[] {
	const now = stancesAsOf(stances, month);
	const then = fromMonth === null ? null : stancesAsOf(stances, fromMonth);
	const taken = new Map<number, Set<number>>();
	const isFree = (level: number, row: number) => !taken.get(level)?.has(row);
	const take = (level: number, row: number) => {
		const rows = taken.get(level) ?? new Set<number>();
		rows.add(row);
		taken.set(level, rows);
	};
	const firstFree = (levels: readonly number[], limit: number) => {
		for (let row = 0; row < limit; row++) if (levels.every((l) => isFree(l, row))) return row;
		return undefined;
	};

	const placed: (Omit<SpectrumMark, 'row'> & { row?: number })[] = [];
	for (const leaderId of leaderIds) {
		const stance = now.get(seriesKey(leaderId, axis));
		if (!stance) continue;
		const earlier = then?.get(seriesKey(leaderId, axis));
		placed.push({
			leaderId,
			stance,
			position: stance.position,
			...(earlier && earlier.position !== stance.position ? { fromPosition: earlier.position } : {})
		});
	}
	for (const mark of placed) {
		if (mark.fromPosition !== undefined) continue;
		mark.row = firstFree([mark.position], Infinity) ?? 0;
		take(mark.position, mark.row);
	}
	for (const mark of placed) {
		if (mark.fromPosition === undefined) continue;
		const lo = Math.min(mark.position, mark.fromPosition);
		const hi = Math.max(mark.position, mark.fromPosition);
		const crossed = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
		mark.row = firstFree(crossed, maxRows) ?? firstFree([mark.position], Infinity) ?? 0;
		for (const level of crossed) take(level, mark.row);
	}
	return placed.map((mark) => ({ ...mark, row: mark.row ?? 0 }));
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
