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

/** Recent answers per stance list: every spectrum asks for the same month on each move. */
const recent = new WeakMap<readonly StanceView[], Map<string, Map<string, StanceView>>>();
const RECENT_MONTHS = 4;

/**
 * Each leader's latest stance on each axis as of the end of `month`, keyed by `seriesKey`.
 * `stances` must be sorted by date (as `Dataset.stances` is), so a later stance replaces an
 * earlier one. One pass, no allocation per stance: cheap enough to run on every frame of a scrub.
 * The four spectra ask the same question on each move, so the last few answers are kept (per
 * stance list): the map returned is shared and must not be changed.
 */
export function stancesAsOf(
	stances: readonly StanceView[],
	month: string
): ReadonlyMap<string, StanceView> {
	let cache = recent.get(stances);
	if (!cache) recent.set(stances, (cache = new Map()));
	const known = cache.get(month);
	if (known) return known;
	const latest = new Map<string, StanceView>();
	for (const stance of stances) {
		if (monthOf(stance.asOf) > month) break;
		latest.set(seriesKey(stance.leaderId, stance.axis), stance);
	}
	if (cache.size >= RECENT_MONTHS) cache.delete(cache.keys().next().value ?? '');
	cache.set(month, latest);
	return latest;
}

/** The months in which any stance starts to hold, sorted: the moments the spectra change. */
export function changeMonths(stances: readonly StanceView[]): string[] {
	return [...new Set(stances.map((s) => monthOf(s.asOf)))].sort();
}
