/**
 * The bundled data files with the drafts in place: each replaces the file at its path, or joins
 * them as a new file (a new leader). The validator then checks the drafts against everything else.
 */
import { byPath } from '../data/data-paths.ts';
import type { DataFile } from '../data/validate.ts';

export function mergeDrafts(bundled: readonly DataFile[], drafts: readonly DataFile[]): DataFile[] {
	const replaced = new Set(drafts.map((d) => d.path));
	return [...bundled.filter((f) => !replaced.has(f.path)), ...drafts].sort(byPath);
}
