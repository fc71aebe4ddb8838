/**
 * Dates in the dataset carry the precision their source gives: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
 * These helpers compare such dates by the span of time each one covers.
 */

/** True when a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string names a real calendar date. */
export function isRealDate(date: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return false;
	const year = Number(match[1]);
	const month = match[2] === undefined ? 1 : Number(match[2]);
	const day = match[3] === undefined ? 1 : Number(match[3]);
	if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a date covers, as "YYYY-MM-DD" ("2024-05" starts on "2024-05-01"). */
export function startOf(date: string): string {
	if (date.length === 4) return `${date}-01-01`;
	if (date.length === 7) return `${date}-01`;
	return date;
}

/** The last day a date covers, as "YYYY-MM-DD" ("2024-02" ends on "2024-02-29"). */
export function endOf(date: string): string {
	if (date.length === 4) return `${date}-12-31`;
	if (date.length === 7) {
		const [year, month] = date.split('-').map(Number) as [number, number];
		return `${date}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
	}
	return date;
}

/** True when every day of `date` is after `today` (a "YYYY-MM-DD" string). */
export function isFuture(date: string, today: string): boolean {
	return startOf(date) > today;
}

/** Today as "YYYY-MM-DD" in UTC. */
export function todayUtc(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/**
 * Orders dates by when they start, then by precision (a month sorts before its days), so a
 * stance dated "2024-05" comes before one dated "2024-05-15".
 */
export function compareDates(a: string, b: string): number {
	const byStart = startOf(a).localeCompare(startOf(b));
	return byStart !== 0 ? byStart : a.length - b.length;
}
