/**
 * The chart's fixed domains, computed once per dataset: every view and every date uses the same
 * ones, so moving through time moves marks, never axes.
 */
import type { ChartDomain } from '../model/chart-state.ts';
import { decimalYear, endOfMonthYear } from '../model/months.ts';

/**
 * The time axis of the timelines, in decimal years: from a quarter before the first month (so the
 * first marks sit clear of the level labels) to the end of the last month.
 */
export function timeExtent(domain: ChartDomain): [number, number] {
	const first = domain.months[0];
	const last = domain.months.at(-1);
	if (first === undefined || last === undefined) return [0, 1];
	return [decimalYear(first) - 0.25, endOfMonthYear(last)];
}

/** The level axis: 0 (closed) to 4 (open), with half a level of room above and below. */
export const LEVEL_EXTENT: [number, number] = [-0.5, 4.5];

/**
 * The level axis of a spectrum: more room after the open end than before the closed end, because
 * on wide screens names sit to the right of their marks and must not run off the chart.
 */
export const SPECTRUM_EXTENT: [number, number] = [-0.5, 4.9];

/** Whole years inside the extent, every `step` years, for tick labels. */
export function yearTicks([start, end]: [number, number], step = 1): number[] {
	const ticks: number[] = [];
	for (let year = Math.ceil(start); year <= end; year += step) ticks.push(year);
	return ticks;
}

/** Where a value sits in an extent, as a percentage (for percent-positioned HTML marks). */
export function percentOf(value: number, [start, end]: [number, number]): number {
	return end === start ? 0 : ((value - start) / (end - start)) * 100;
}

/**
 * Rows for labels along one axis so none overlap: each label goes in the first row where it is at
 * least `gap` from the previous label in that row. Input positions in any unit; output row indexes
 * in input order.
 */
export function dodgeRows(positions: readonly number[], gap: number): number[] {
	const lastInRow: number[] = [];
	const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
	const rows = new Array<number>(positions.length).fill(0);
	for (const [position, index] of order) {
		let row = lastInRow.findIndex((last) => position - last >= gap);
		if (row === -1) row = lastInRow.length;
		lastInRow[row] = position;
		rows[index] = row;
	}
	return rows;
}

/**
 * Rows for labels of different widths, in px, so none overlap: each goes in the first row where
 * its left edge is at least `gap` past the right edge of the last label in that row. Spans are
 * centred on their positions; output row indexes in input order.
 */
export function dodgeSpans(
	spans: readonly { centre: number; width: number }[],
	gap: number
): number[] {
	const rightInRow: number[] = [];
	const order = spans.map((s, i) => [s, i] as const).sort((a, b) => a[0].centre - b[0].centre);
	const rows = new Array<number>(spans.length).fill(0);
	for (const [{ centre, width }, index] of order) {
		const left = centre - width / 2;
		let row = rightInRow.findIndex((right) => left - right >= gap);
		if (row === -1) row = rightInRow.length;
		rightInRow[row] = centre + width / 2;
		rows[index] = row;
	}
	return rows;
}

/**
 * Groups positions (sorted or not) into runs where each is within `gap` of the previous one, so
 * events too close to label apart share one label. Returns groups of input indexes, in order.
 */
export function clusterPositions(positions: readonly number[], gap: number): number[][] {
	const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
	const groups: number[][] = [];
	let previous = -Infinity;
	for (const [position, index] of order) {
		const current = groups.at(-1);
		if (current && position - previous < gap) current.push(index);
		else groups.push([index]);
		previous = position;
	}
	return groups;
}
