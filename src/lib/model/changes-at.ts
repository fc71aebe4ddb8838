/**
 * What changed in one month, in words: the stances that start to hold then. The explore view
 * announces it to screen readers when the reader steps or plays to that month, so moving through
 * time is heard as well as seen.
 */
import type { StanceView } from './dataset.ts';
import { formatDate } from './format-date.ts';
import { monthOf } from './months.ts';

export function changesAt(
	stances: readonly StanceView[],
	month: string,
	leaderIds: readonly string[]
): string {
	const shown = new Set(leaderIds);
	const starting = stances.filter((s) => monthOf(s.asOf) === month && shown.has(s.leaderId));
	if (starting.length === 0) return `${formatDate(month)}: no stance changes.`;
	const parts = starting.map((s) => `${s.leaderName}, ${s.axisLabel}: ${s.levelLabel}`);
	const count = starting.length === 1 ? '1 new stance' : `${starting.length} new stances`;
	return `${formatDate(month)}: ${count}. ${parts.join('; ')}.`;
}
