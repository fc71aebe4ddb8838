/**
 * Drawing from chosen evidence only. With inferred points (or inferred and reported ones) left
 * out, each leader's latest stance that remains holds instead, so a reader sees the picture their
 * words alone give, and the points that dropped out are listed, so they can see how much of the
 * full picture rests on readings of what the labs did.
 */
import { compareDates } from '../data/dates.ts';
import { EVIDENCE_KEPT, type EvidenceFilter } from '../vocabulary.ts';
import { seriesKey, stancesAsOf } from './as-of.ts';
import type { StanceView } from './dataset.ts';

/** Stances the filter keeps, in their order; the same list when it keeps all. */
export function stancesWithEvidence(
	stances: readonly StanceView[],
	evidence: EvidenceFilter
): readonly StanceView[] {
	if (evidence === 'all') return stances;
	const kept = new Set<string>(EVIDENCE_KEPT[evidence]);
	return stances.filter((s) => kept.has(s.evidence));
}

/** A point the filter took off the chart at a month, and what the chart draws instead. */
export interface DroppedPoint {
	dropped: StanceView;
	/** The leader's latest kept stance on the axis then, drawn instead; absent: no point now. */
	instead?: StanceView;
}

/**
 * The points of `leaderIds` that the chart draws at `month` from every stance but not from the
 * kept ones, by date, then leader.
 */
export function droppedPoints(
	all: readonly StanceView[],
	kept: readonly StanceView[],
	month: string,
	leaderIds: readonly string[]
): DroppedPoint[] {
	if (all === kept) return [];
	const shown = new Set(leaderIds);
	const before = stancesAsOf(all, month);
	const after = stancesAsOf(kept, month);
	const dropped: DroppedPoint[] = [];
	for (const stance of before.values()) {
		if (!shown.has(stance.leaderId)) continue;
		const instead = after.get(seriesKey(stance.leaderId, stance.axis));
		if (instead === stance) continue;
		dropped.push(instead ? { dropped: stance, instead } : { dropped: stance });
	}
	return dropped.sort(
		(a, b) =>
			compareDates(a.dropped.asOf, b.dropped.asOf) ||
			a.dropped.leaderName.localeCompare(b.dropped.leaderName)
	);
}
