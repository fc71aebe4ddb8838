/**
 * Stage two of the chart's data path: which stance each leader holds on each axis at a moment.
 * A stance holds from the month its date starts until that leader's next stance on the same axis.
 */
import type { AxisId } from '../data/schema.ts';
import type { StanceView } from './dataset.ts';
import { monthOf } from './months.ts';

/** The key of one leader on one axis. */
export function seriesKey(leaderId: string, axis: AxisId): string {
	return `${leaderId}|${axis}`;
}

/**
 * Each leader's latest stance on each axis as of the end of `month`, keyed by `seriesKey`.
 * `stances` must be sorted by date (as `Dataset.stances` is), so a later stance replaces an
 * earlier one. One pass, no allocation per stance: cheap enough to run on every frame of a scrub.
 */
export function stancesAsOf(
	stances: readonly StanceView[],
	month: string
): Map<string, StanceView> {
	const latest = new Map<string, StanceView>();
	for (const stance of stances) {
		if (monthOf(stance.asOf) > month) break;
		latest.set(seriesKey(stance.leaderId, stance.axis), stance);
	}
	return latest;
}

/** The months in which any stance starts to hold, sorted: the moments the spectra change. */
export function changeMonths(stances: readonly StanceView[]): string[] {
	return [...new Set(stances.map((s) => monthOf(s.asOf)))].sort();
}
