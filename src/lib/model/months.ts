/**
 * The chart's clock runs in months: every view shows the dataset as of the end of one month.
 * Dataset dates carry their own precision ("YYYY", "YYYY-MM", "YYYY-MM-DD"); a stance starts to
 * hold in the month its date starts ("2026" starts in "2026-01").
 */

/** The month ("YYYY-MM") a dataset date starts in. */
export function monthOf(date: string): string {
	return date.length === 4 ? `${date}-01` : date.slice(0, 7);
}

/** True for a well-formed "YYYY-MM" with a real month. */
export function isMonth(value: string): boolean {
	const match = /^(\d{4})-(\d{2})$/.exec(value);
	if (!match) return false;
	const month = Number(match[2]);
	return Number(match[1]) >= 1900 && month >= 1 && month <= 12;
}

/** Months since year 0, so months can be counted and compared as numbers. */
export function monthIndex(month: string): number {
	return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The month a `monthIndex` counts. */
export function monthFromIndex(index: number): string {
	const year = Math.floor(index / 12);
	const month = index - year * 12 + 1;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
	const months: string[] = [];
	for (let i = monthIndex(first); i <= monthIndex(last); i++) months.push(monthFromIndex(i));
	return months;
}

/**
 * A dataset date as a decimal year for the time axis: the start of the span it covers
 * ("2025-10" is 2025.75), so a step line changes level where the stance starts to hold.
 */
export function decimalYear(date: string): number {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	const startOfMonth = year + (month - 1) / 12;
	if (date.length < 10) return startOfMonth;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return startOfMonth + (day - 1) / days / 12;
}

/** The decimal year at which a month ends (where a chart that shows that month stops). */
export function endOfMonthYear(month: string): number {
	return decimalYear(monthFromIndex(monthIndex(month) + 1));
}
