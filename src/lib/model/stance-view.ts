/**
 * The explore view of one stance: its month, with its citations open. Every link to a stance's
 * view goes through here, so none opens another month than the one the stance was taken in.
 */
import { defaultChartState, type ChartDomain, type ChartState } from './chart-state.ts';
import { chartStateQuery } from './chart-state-url.ts';
import { monthOf } from './months.ts';

/** The chart state that shows `stance` in the month its date starts in, its citations open. */
export function stanceChartState(
	stance: { id: string; asOf: string },
	domain: ChartDomain
): ChartState {
	return { ...defaultChartState(domain), date: monthOf(stance.asOf), stance: stance.id };
}

/** The address of a stance's view on /explore, e.g. "/explore?date=2019-02&stance=…". */
export function stanceViewHref(stance: { id: string; asOf: string }, domain: ChartDomain): string {
	return `/explore${chartStateQuery(stanceChartState(stance, domain), domain)}`;
}
