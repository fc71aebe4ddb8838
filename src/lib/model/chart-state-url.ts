/**
 * A chart state in a URL query: its parameters, and the query for a state. Writing leaves out
 * every default, so shared links stay short. Reading one back is chart-state-parse.ts: only the
 * explore view reads an address, while every page writes links to it.
 */
import { defaultChartState, type ChartDomain, type ChartState } from './chart-state.ts';

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
