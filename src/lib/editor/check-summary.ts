/**
 * The check's outcome in one sentence, for the live region: a screen reader hears it once the
 * editor stops typing (the check is debounced), and everyone sees it above the problem list.
 */
import type { Problem } from '../data/validate.ts';
import type { StanceChanges } from './changed-stances.ts';

function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function checkSummary(
	path: string,
	result: { errors: Problem[]; warnings: Problem[]; changes: StanceChanges }
): string {
	const { errors, warnings, changes } = result;
	const warned = warnings.length > 0 ? ` and ${count(warnings.length, 'warning')}` : '';
	if (errors.length > 0) return `${count(errors.length, 'error')}${warned}, checked as ${path}.`;
	const changed = [
		changes.added.length > 0 ? `${changes.added.length} new` : '',
		changes.changed.length > 0 ? `${changes.changed.length} changed` : ''
	].filter(Boolean);
	const stances = changed.length > 0 ? ` Stances: ${changed.join(', ')}.` : '';
	return `No errors${warned}: ${path} is valid with the rest of the dataset.${stances}`;
}
