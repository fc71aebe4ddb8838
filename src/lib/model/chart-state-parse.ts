/**
 * A chart state read back from a URL query (written by chart-state-url.ts). Reading never fails: a
 * parameter that names nothing in the dataset, or is malformed, is dropped and the default stands,
 * so an old or hand-edited link still opens a sensible view.
 */
import type { AxisId } from '../data/schema.ts';
import { EVIDENCE_FILTERS, type EvidenceFilter } from '../vocabulary.ts';
import {
	CHART_VIEWS,
	defaultChartState,
	type ChartDomain,
	type ChartState,
	type ChartView
} from './chart-state.ts';
import { CAST, PARAMS } from './chart-state-url.ts';
import { isMonth } from './months.ts';

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

/** Known ids from a comma-separated list (`cast` for the cast's), once each, in display order. */
function idList(value: string | null, known: string[], cast: string[] = []): string[] {
	if (value === null) return [];
	const asked = new Set(
		value.split(',').flatMap((id) => (id.trim() === CAST ? cast : [id.trim()]))
	);
	return known.filter((id) => asked.has(id));
}
