/**
 * The month the desk's preview opens at: the month the stance being added or changed starts to
 * hold, so it is the one drawn on the spectra (at the latest month a later stance of the same
 * leader and axis would hide it). Without such a stance, the latest month, as /explore opens.
 */
import type { StanceView } from '../model/dataset.ts';
import { monthOf } from '../model/months.ts';
import type { StanceChanges } from './changed-stances.ts';

/**
 * The first stance added (else changed) found in `stances`, and the month to show it at, within
 * `months` (the chart's domain, in order).
 */
export function previewMonth(
	months: readonly string[],
	stances: ReadonlyMap<string, StanceView>,
	changes: StanceChanges
): { month: string; stance?: StanceView } {
	const latest = months.at(-1) ?? '';
	const stance = [...changes.added, ...changes.changed]
		.map((id) => stances.get(id))
		.find((s) => s !== undefined);
	if (!stance) return { month: latest };
	const first = months[0] ?? latest;
	const month = monthOf(stance.asOf);
	return { month: month < first ? first : month > latest ? latest : month, stance };
}
