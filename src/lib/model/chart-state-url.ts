/**
 * A chart state in a URL query, both ways. Reading never fails: a parameter that names nothing in
 * the dataset, or is malformed, is dropped and the default stands, so an old or hand-edited link
 * still opens a sensible view. Writing leaves out every default, so shared links stay short.
 */
import type { AxisId } from '../data/schema.ts';
import {
	CHART_VIEWS,
	defaultChartState,
	type ChartDomain,
	type ChartState,
	type ChartView
} from './chart-state.ts';
import { isMonth } from './months.ts';
import { EVIDENCE_FILTERS, type EvidenceFilter } from '../vocabulary.ts';

/** The query parameter names, one per field of the state. */
export const PARAMS = {
	date: 'date',
	from: 'from',
	view: 'view',
	axis: 'axis',
	leaders: 'leaders',
	highlight: 'highlight',
	stance: 'stance',
	evidence: 'evidence',
	compare: 'compare',
	newSince: 'new'
} as const satisfies Record<keyof ChartState, string>;

/** The chart state a query describes, within one dataset's domain. */
export function parseChartState(params: URLSearchParams, domain: ChartDomain): ChartState {
	const state = defaultChartState(domain);
	const first = domain.months[0];
	const last = domain.months.at(-1);

	const date = params.get(PARAMS.date);
	if (date !== null && isMonth(date) && first !== undefined && last !== undefined) {
		// A month outside the data is clamped to its edge: the reader asked for "then", and the
		// nearest month the data covers is the honest answer.
		state.date = date < first ? first : date > last ? last : date;
	}

	const from = params.get(PARAMS.from);
	if (from !== null && isMonth(from) && first !== undefined && from < state.date) {
		state.from = from < first ? first : from;
	}

	const view = params.get(PARAMS.view);
	if (view !== null && (CHART_VIEWS as readonly string[]).includes(view)) {
		state.view = view as ChartView;
	}

	const axis = params.get(PARAMS.axis);
	if (axis !== null && (domain.axisIds as string[]).includes(axis)) state.axis = axis as AxisId;

	state.leaders = idList(params.get(PARAMS.leaders), domain.leaderIds, domain.castIds);
	state.highlight = idList(params.get(PARAMS.highlight), domain.leaderIds);

	const stance = params.get(PARAMS.stance);
	if (stance !== null && domain.stanceIds.has(stance)) state.stance = stance;

	const evidence = params.get(PARAMS.evidence);
	if (evidence !== null && (EVIDENCE_FILTERS as readonly string[]).includes(evidence)) {
		state.evidence = evidence as EvidenceFilter;
	}
	const compare = params.get(PARAMS.compare);
	if (compare !== null && domain.earlierVersions.includes(compare)) state.compare = compare;
	state.newSince = params.get(PARAMS.newSince) === '1' && domain.earlierVersions.length > 0;

	return state;
}

/** The query for a chart state, without the parameters that hold their default. */
export function chartStateToParams(state: ChartState, domain: ChartDomain): URLSearchParams {
	const defaults = defaultChartState(domain);
	const params = new URLSearchParams();
	if (state.date !== defaults.date) params.set(PARAMS.date, state.date);
	if (state.from !== null) params.set(PARAMS.from, state.from);
	if (state.view !== defaults.view) params.set(PARAMS.view, state.view);
	if (state.axis !== null) params.set(PARAMS.axis, state.axis);
	if (state.leaders.length > 0) params.set(PARAMS.leaders, leaderList(state.leaders, domain));
	if (state.highlight.length > 0) params.set(PARAMS.highlight, state.highlight.join(','));
	if (state.stance !== null) params.set(PARAMS.stance, state.stance);
	if (state.evidence !== defaults.evidence) params.set(PARAMS.evidence, state.evidence);
	if (state.compare !== null) params.set(PARAMS.compare, state.compare);
	if (state.newSince) params.set(PARAMS.newSince, '1');
	return params;
}

/** The query string ("?date=…", or "" for the default view) for a chart state. */
export function chartStateQuery(state: ChartState, domain: ChartDomain): string {
	const query = chartStateToParams(state, domain).toString();
	return query === '' ? '' : `?${query}`;
}

/**
 * The word for the whole cast in `leaders`, so the view of the cast alone (every story step's,
 * unless it says otherwise) has a short address.
 */
export const CAST = 'cast';

/**
 * The `leaders` parameter for a list of leader ids, in display order: the whole cast as its word
 * (where the dataset has reference leaders at all), any other leader by id.
 */
function leaderList(ids: string[], domain: ChartDomain): string {
	const cast = domain.referenceIds.length > 0 && domain.castIds.every((id) => ids.includes(id));
	return (cast ? [CAST, ...ids.filter((id) => !domain.castIds.includes(id))] : ids).join(',');
}

/** Known ids from a comma-separated list (`cast` for the cast's), once each, in display order. */
function idList(value: string | null, known: string[], cast: string[] = []): string[] {
	if (value === null) return [];
	const asked = new Set(
		value.split(',').flatMap((id) => (id.trim() === CAST ? cast : [id.trim()]))
	);
	return known.filter((id) => asked.has(id));
}
