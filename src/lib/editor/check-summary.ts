/**
 * The check's outcome in one sentence, for the live region: a screen reader hears it once the
 * editor stops typing (the check is debounced), and everyone sees it above the problem list.
 */
import type { Problem } from '../data/validate.ts';
import type { StanceChanges } from './changed-stances.ts';

function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function stanceChanges(changes: StanceChanges): string {
	const changed = [
		changes.added.length > 0 ? `${changes.added.length} new` : '',
		changes.changed.length > 0 ? `${changes.changed.length} changed` : ''
	].filter(Boolean);
	return changed.length > 0 ? ` Stances: ${changed.join(', ')}.` : '';
}

export function checkSummary(
	path: string,
	result: { errors: Problem[]; warnings: Problem[]; changes: StanceChanges }
): string {
	const { errors, warnings, changes } = result;
	const warned = warnings.length > 0 ? ` and ${count(warnings.length, 'warning')}` : '';
	if (errors.length > 0) return `${count(errors.length, 'error')}${warned}, checked as ${path}.`;
	return `No errors${warned}: ${path} is valid with the rest of the dataset.${stanceChanges(changes)}`;
}

/** The same for several drafts checked together (`files`: one per draft checked). */
export function changesetSummary(
	files: readonly { path: string; changes: StanceChanges }[],
	result: { errors: Problem[]; warnings: Problem[] }
): string {
	const { errors, warnings } = result;
	const warned = warnings.length > 0 ? ` and ${count(warnings.length, 'warning')}` : '';
	const paths = files.map((f) => f.path).join(', ');
	if (errors.length > 0) {
		const where = [...new Set(errors.map((e) => e.file))];
		return `${count(errors.length, 'error')}${warned} in ${count(where.length, 'file')} (${where.join(', ')}), checking ${count(files.length, 'draft')} together.`;
	}
	const changes = {
		added: files.flatMap((f) => f.changes.added),
		changed: files.flatMap((f) => f.changes.changed)
	};
	return `No errors${warned}: the ${files.length} drafts (${paths}) are valid together with the rest of the dataset.${stanceChanges(changes)}`;
}
