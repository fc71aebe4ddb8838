/**
 * The editor's checker: the drafts merged into the bundled data files, run through the same
 * validator as `npm run validate` and the build, then joined into the model the charts draw.
 *
 * Reached only through desk-check.ts, which runs in the /editor page's worker (check.worker.ts),
 * so zod and the validator reach no other page. `zod-jitless.ts` comes first: it must configure
 * zod before the schema is built.
 */
import './zod-jitless.ts';
import { formatDataFile } from '../data/format.ts';
import { validateDataset, type DataFile, type Problem } from '../data/validate.ts';
import type { Dataset } from '../model/dataset.ts';
import { joinDataset } from '../model/join.ts';
import { changedStances, type StanceChanges } from './changed-stances.ts';
import { mergeDrafts } from './merge-draft.ts';

export { formatProblem } from '../data/validate.ts';

function parsedOrUndefined(text: string | undefined): unknown {
	if (text === undefined) return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** What the check says of one draft of a changeset. */
export interface DraftFileCheck {
	path: string;
	/** The problems in this file. */
	errors: Problem[];
	warnings: Problem[];
	/** The draft laid out as the repo stores it (what the download holds); set when it is JSON. */
	formatted?: string;
	/** The leader the draft is, when it is a leader file. */
	leaderId?: string;
	/** Stances the draft adds or changes against the bundled file. */
	changes: StanceChanges;
}

/** What the check says of several drafts checked together. */
export interface DraftsCheck {
	/** Every problem in the merged dataset, in the drafts' files or, through them, in others. */
	errors: Problem[];
	warnings: Problem[];
	/** The merged dataset, joined: set only when there is no error. */
	dataset?: Dataset;
	/** One per draft, in order. */
	files: DraftFileCheck[];
}

/**
 * Checks `drafts` (each the file at its path, which it replaces or adds) together among the
 * `bundled` files. `options.today` as for `validateDataset`.
 */
export function checkDrafts(
	bundled: readonly DataFile[],
	drafts: readonly DataFile[],
	options: { today?: string } = {}
): DraftsCheck {
	const { errors, warnings, dataset } = validateDataset(mergeDrafts(bundled, drafts), options);
	const files = drafts.map((draft): DraftFileCheck => {
		const value = parsedOrUndefined(draft.text);
		const leader = /^data\/leaders\/([^/]+)\.json$/.exec(draft.path)?.[1];
		const before = parsedOrUndefined(bundled.find((f) => f.path === draft.path)?.text);
		return {
			path: draft.path,
			errors: errors.filter((p) => p.file === draft.path),
			warnings: warnings.filter((p) => p.file === draft.path),
			...(value === undefined ? {} : { formatted: formatDataFile(value) }),
			...(leader === undefined ? {} : { leaderId: leader }),
			changes: leader === undefined ? { added: [], changed: [] } : changedStances(before, value)
		};
	});
	return {
		errors,
		warnings,
		...(dataset && errors.length === 0 ? { dataset: joinDataset(dataset) } : {}),
		files
	};
}
