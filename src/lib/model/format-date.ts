/**
 * Shows a dataset date at the precision it was recorded with: "2023", "Nov 2023" or "29 May 2025".
 * A month-precise date is shown as that month, never as its first day.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(date: string): string {
	const [year, month, day] = date.split('-');
	if (month === undefined) return year ?? date;
	const name = MONTHS[Number(month) - 1];
	if (name === undefined) return date;
	return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
