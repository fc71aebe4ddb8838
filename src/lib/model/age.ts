/**
 * How old a point is at the month shown. A stance's newest evidence on record is the stance
 * itself (a later one on the same axis would replace it), so its age is the number of months from
 * the date it held from to the month shown. Past the dataset's limit (`staleAfterMonths` in
 * meta.json, 36 unless set) the point is stale: drawn faded, and its name and panel say when it was
 * last on record. A date of a year counts from its last month, so a point is never called old
 * sooner than its date allows.
 */
import type { MetaFile } from '../data/schema.ts';
import { STALE_AFTER_MONTHS } from '../vocabulary.ts';
import type { StanceView } from './dataset.ts';
import { formatDate } from './format-date.ts';
import { monthIndex, monthOf } from './months.ts';

/** The dataset's limit, in months. */
export function staleAfterMonths(meta: Pick<MetaFile, 'staleAfterMonths'>): number {
	return meta.staleAfterMonths ?? STALE_AFTER_MONTHS;
}

/** The last month a date may mean: its own month, or December of a year. */
function latestMonthOf(date: string): string {
	return date.length === 4 ? `${date}-12` : monthOf(date);
}

/** Whole months from the date a stance held from to `month` ("YYYY-MM"); 0 when not after it. */
export function ageInMonths(asOf: string, month: string): number {
	return Math.max(0, monthIndex(month) - monthIndex(latestMonthOf(asOf)));
}

/** True when the stance is more than `limit` months old at `month`. */
export function isStale(stance: Pick<StanceView, 'asOf'>, month: string, limit: number): boolean {
	return ageInMonths(stance.asOf, month) > limit;
}

/** "last on record Jun 2020": what a stale point's name and panel add. */
export function lastOnRecord(stance: Pick<StanceView, 'asOf'>): string {
	return `last on record ${formatDate(stance.asOf)}`;
}

/** How many of `stances` are stale at `month`. */
export function staleCount(
	stances: Iterable<Pick<StanceView, 'asOf'>>,
	month: string,
	limit: number
): number {
	let count = 0;
	for (const stance of stances) if (isStale(stance, month, limit)) count++;
	return count;
}

/** "older than 3 years" (or "older than 18 months"): the limit in words. */
export function limitInWords(limit: number): string {
	return limit % 12 === 0
		? `older than ${limit / 12} year${limit === 12 ? '' : 's'}`
		: `older than ${limit} months`;
}
