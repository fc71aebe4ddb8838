/**
 * The one description of what a chart shows. `/explore` keeps it in its URL, each story step
 * names one, and each slide shows one: every view draws from this type, so a step of the story
 * can always be opened in the explore view exactly as the reader saw it.
 */
import type { AxisId, ChartView, EvidenceFilter } from '../vocabulary.ts';
import type { Dataset } from './dataset.ts';
import { monthOf, monthsBetween } from './months.ts';

/** Which charts a state shows (defined with the other fixed words, in the vocabulary). */
export { CHART_VIEWS, type ChartView } from '../vocabulary.ts';

export interface ChartState {
	/** The month shown, "YYYY-MM": each leader's latest stance as of the end of it. */
	date: string;
	/** An earlier month to show movement from, as a trail on the spectra; null for none. */
	from: string | null;
	/** Which charts to show. */
	view: ChartView;
	/** One axis in focus, or null for all four. */
	axis: AxisId | null;
	/** Leaders shown, in dataset order; empty means every leader. */
	leaders: string[];
	/** Leaders drawn in full while the others fade; empty means none stands out. */
	highlight: string[];
	/** The stance whose citations are open, or null. */
	stance: string | null;
	/** Which evidence the charts draw from: all, explicit and reported, or explicit only. */
	evidence: EvidenceFilter;
	/** An earlier released version whose positions the spectra draw as ghosts, or null. */
	compare: string | null;
	/** Marks new or changed since the previous released version stand out. */
	newSince: boolean;
}

/** What a chart state can name in one dataset: the range of months, leaders, axes, stances. */
export interface ChartDomain {
	/** Every month from the first stance to the dataset's last update, in order. */
	months: string[];
	/** Leader ids in display order: the cast, then the reference leaders. */
	leaderIds: string[];
	/** The cast's ids, in display order: who a story step shows unless it says otherwise. */
	castIds: string[];
	/** The reference leaders' ids, in display order: shown beside the cast, or hidden as a group. */
	referenceIds: string[];
	axisIds: AxisId[];
	stanceIds: Set<string>;
	/** Released versions before the dataset's own, newest first: what a view can compare with. */
	earlierVersions: string[];
}

/**
 * The chart domain of a dataset. Time runs from the month of the first stance or event to the
 * month of the dataset's last update, so the axes never move when the date does.
 */
export function chartDomain(dataset: Dataset): ChartDomain {
	const dates = [...dataset.stances.map((s) => s.asOf), ...dataset.events.map((e) => e.date)];
	const first = dates.map(monthOf).sort()[0] ?? monthOf(dataset.meta.updated);
	const last = [monthOf(dataset.meta.updated), ...dates.map(monthOf)].sort().at(-1) ?? first;
	return {
		months: monthsBetween(first, last),
		leaderIds: dataset.leaders.map((l) => l.id),
		castIds: dataset.leaders.filter((l) => l.role === 'cast').map((l) => l.id),
		referenceIds: dataset.leaders.filter((l) => l.role === 'reference').map((l) => l.id),
		axisIds: dataset.axes.map((a) => a.id),
		stanceIds: new Set(dataset.stances.map((s) => s.id)),
		earlierVersions: earlierVersions(dataset)
	};
}

/** The view a reader sees first: every leader and axis, as of the latest month. */
export function defaultChartState(domain: ChartDomain): ChartState {
	return {
		date: domain.months.at(-1) ?? '',
		from: null,
		view: 'both',
		axis: null,
		leaders: [],
		highlight: [],
		stance: null,
		evidence: 'all',
		compare: null,
		newSince: false
	};
}

/** Released versions other than the dataset's own, newest first. */
export function earlierVersions(dataset: Pick<Dataset, 'meta' | 'releases'>): string[] {
	return dataset.releases
		.map((r) => r.version)
		.filter((v) => v !== dataset.meta.version)
		.reverse();
}

/**
 * Leaders as a state keeps them: in display order, and [] (every leader, the default) when they
 * are every leader.
 */
export function leaderSelection(ids: Iterable<string>, domain: ChartDomain): string[] {
	const chosen = new Set(ids);
	const inOrder = domain.leaderIds.filter((id) => chosen.has(id));
	return inOrder.length === domain.leaderIds.length ? [] : inOrder;
}

/** The leader ids a state shows, in display order. */
export function shownLeaderIds(state: Pick<ChartState, 'leaders'>, domain: ChartDomain): string[] {
	if (state.leaders.length === 0) return domain.leaderIds;
	const chosen = new Set(state.leaders);
	return domain.leaderIds.filter((id) => chosen.has(id));
}
