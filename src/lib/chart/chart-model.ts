/**
 * Everything a chart needs from a dataset that does not depend on the chart state: the domain,
 * the fixed time extent, each leader's style, lookups by id and the rows the spectra reserve.
 * Computed once per dataset (on the server while prerendering, and once in the browser).
 */
import type { Axis, AxisId } from '../data/schema.ts';
import { changeMonths } from '../model/as-of.ts';
import { chartDomain, type ChartDomain, type ChartState } from '../model/chart-state.ts';
import type { Dataset, LeaderView, StanceView } from '../model/dataset.ts';
import { leaderStyles, type LeaderStyle } from '../model/leader-style.ts';
import { maxSpectrumRows } from '../model/spectrum-layout.ts';
import { timeExtent } from './scales.ts';

export interface ChartModel {
	dataset: Dataset;
	domain: ChartDomain;
	/** The time axis in decimal years. */
	extent: [number, number];
	styles: Map<string, LeaderStyle>;
	leaderById: Map<string, LeaderView>;
	stanceById: Map<string, StanceView>;
	axisLabel: Map<AxisId, string>;
	/** Months in which a stance starts to hold: the stops of "previous / next change". */
	changes: string[];
	/** Rows each spectrum reserves, so its height never changes with the date. */
	spectrumRows: number;
}

/**
 * What a chart needs to know of the whole dataset when it draws from a part of it (a page's first
 * view, before the whole has loaded): the months the time control covers, the months in which
 * something changes, and the rows each spectrum reserves. Small: a page carries it.
 */
export interface ChartFacts {
	months: string[];
	changes: string[];
	spectrumRows: number;
}

export function chartFacts(dataset: Dataset): ChartFacts {
	const domain = chartDomain(dataset);
	const changes = changeMonths(dataset.stances);
	return {
		months: domain.months,
		changes,
		spectrumRows: maxSpectrumRows(dataset.stances, domain.axisIds, domain.leaderIds, changes)
	};
}

/**
 * The chart model of `dataset`; `facts` from the whole dataset when `dataset` is only part of it
 * (`datasetAsOf`), so the time control, the ticks and the spectra's heights are those of the whole.
 */
export function chartModel(dataset: Dataset, facts: ChartFacts = chartFacts(dataset)): ChartModel {
	const domain = { ...chartDomain(dataset), months: facts.months };
	return {
		dataset,
		domain,
		extent: timeExtent(domain),
		styles: leaderStyles(domain.leaderIds, domain.referenceIds),
		leaderById: new Map(dataset.leaders.map((l) => [l.id, l])),
		stanceById: new Map(dataset.stances.map((s) => [s.id, s])),
		axisLabel: new Map(dataset.axes.map((a) => [a.id, a.shortLabel ?? a.label])),
		changes: facts.changes,
		spectrumRows: facts.spectrumRows
	};
}

/** The axes a state shows, in dataset order: the one in focus, or all four. */
export function shownAxes(model: ChartModel, state: Pick<ChartState, 'axis'>): Axis[] {
	return model.dataset.axes.filter((a) => state.axis === null || a.id === state.axis);
}
