/**
 * When a timeline counts as dense: past this many marks, marks are drawn as plain dots and the
 * date line with its veil (one element) moves on a compositor layer of its own. Both pay off only
 * with thousands of marks (measured with `npm run bench`); with a few hundred they cost more than
 * they save.
 */
import type { StepSeries } from '../model/step-series.ts';

export const DENSE_MARKS = 300;

/** True when the series hold more than `DENSE_MARKS` points between them. */
export function isDense(series: readonly Pick<StepSeries, 'points'>[]): boolean {
	let marks = 0;
	for (const s of series) marks += s.points.length;
	return marks > DENSE_MARKS;
}
