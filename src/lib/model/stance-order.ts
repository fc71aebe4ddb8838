/**
 * The order of one leader's stances, in their page's list and in their file: by axis, in the
 * axes' order, then by date. Its own module, so pages that rebuild a dataset from rows
 * (chart-rows.ts) sort the same way without loading the join.
 */
import { compareDates } from '../data/dates.ts';
import type { Axis } from '../data/schema.ts';
import type { StanceView } from './dataset.ts';

export function byAxisThenDate(
	axes: readonly Pick<Axis, 'id'>[]
): (a: StanceView, b: StanceView) => number {
	const axisOrder = new Map(axes.map((a, i) => [a.id, i]));
	return (a, b) =>
		(axisOrder.get(a.axis) ?? 0) - (axisOrder.get(b.axis) ?? 0) || compareDates(a.asOf, b.asOf);
}
