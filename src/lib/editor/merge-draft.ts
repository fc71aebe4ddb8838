/**
 * The bundled data files with the draft in place: it replaces the file at its path, or joins them
 * as a new file (a new leader). The validator then checks the draft against everything else.
 */
import { byPath } from '../data/data-paths.ts';
import type { DataFile } from '../data/validate.ts';

export function mergeDraft(bundled: readonly DataFile[], draft: DataFile): DataFile[] {
	return [...bundled.filter((f) => f.path !== draft.path), draft].sort(byPath);
}
