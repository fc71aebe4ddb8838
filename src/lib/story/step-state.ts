/**
 * The chart state a story step names. A step writes only what differs from the explore view's
 * default (the month, and maybe a view, an axis, leaders to show or highlight); the rest is the
 * default, so a step's state and an /explore address describe the same thing. One difference:
 * a step shows the cast unless it names its leaders, and the reference leaders only when it
 * says so (`references`).
 */
import type { StepChart } from '../data/schema.ts';
import {
	defaultChartState,
	leaderSelection,
	type ChartDomain,
	type ChartState
} from '../model/chart-state.ts';

export function stepChartState(chart: StepChart, domain: ChartDomain): ChartState {
	// Leader lists in display order, as the explore view keeps them.
	const inOrder = (ids: string[] = []) => domain.leaderIds.filter((id) => ids.includes(id));
	const shown = [
		...(chart.leaders ?? domain.castIds),
		...(chart.references === true ? domain.referenceIds : [])
	];
	return {
		...defaultChartState(domain),
		date: chart.date,
		from: chart.from ?? null,
		// Steps are read beside a pinned chart with room for one view: the spectra unless they say.
		view: chart.view ?? 'spectrum',
		axis: chart.axis ?? null,
		// Named leaders as named (all of them too); otherwise every leader is the default, [].
		leaders: chart.leaders === undefined ? leaderSelection(shown, domain) : inOrder(shown),
		highlight: inOrder(chart.highlight)
	};
}
