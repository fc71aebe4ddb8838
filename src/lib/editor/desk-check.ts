/**
 * One check of the editor's changeset, as the page shows it: which file each draft is (read from
 * its text unless the editor chose one), what the validator finds in all of them together, whether
 * the changeset needs a new version, and a sentence for the live region.
 * The module the /editor page's checker runs: through check-draft.ts it holds zod and the
 * validator, so nothing else on the site needs to.
 */
import type { DataFile, Problem } from '../data/validate.ts';
import type { Dataset } from '../model/dataset.ts';
import { checkDrafts, type DraftFileCheck } from './check-draft.ts';
import { changesetSummary, checkSummary } from './check-summary.ts';
import { detectDraftPath, type DraftPathGuess } from './draft-path.ts';
import { releaseAdvice, type ReleaseAdvice } from './release-advice.ts';
import { withNewStance } from './templates.ts';

/** A draft as the desk sends it to be checked. */
export interface DeskDraft {
	key: string;
	text: string;
	/** The file the editor chose to check it as; '' to tell it from the text. */
	chosen: string;
}

/** A check of one draft: its file's problems, layout and stance changes, and the text checked. */
export interface CheckedDraft extends DraftFileCheck {
	text: string;
	/** Whether "Add a stance" can add one (a leader file that parses). */
	canAddStance: boolean;
}

export interface DraftOutcome {
	key: string;
	/** What the text says it is; undefined when it does not say. */
	guess?: DraftPathGuess;
	/** Null when there was nothing to check, or no file to check it as. */
	checked: CheckedDraft | null;
	/** This draft's outcome in one sentence. */
	status: string;
}

export interface ChangesetCheck {
	/** One per draft sent, in order. */
	drafts: DraftOutcome[];
	/** Every problem of the drafts checked together (in their files or, through them, others). */
	errors: Problem[];
	warnings: Problem[];
	/** The merged dataset, joined: set when drafts were checked and none has an error. */
	dataset?: Dataset;
	/** The drafts checked, laid out as the download holds them (the text where not JSON). */
	files: DataFile[];
	/** The published dataset, joined: what the changeset is compared with (unless not asked for). */
	published?: Dataset;
	/** Set when the changeset changes data but not meta.json's version. */
	release?: ReleaseAdvice;
	/** The outcome in one sentence. */
	status: string;
}

/** The last bundled files checked alone, and their dataset. */
let published: { files: readonly DataFile[]; dataset: Dataset | undefined } | undefined;

function sameFiles(a: readonly DataFile[], b: readonly DataFile[]): boolean {
	return (
		a === b ||
		(a.length === b.length && a.every((f, i) => f.path === b[i]?.path && f.text === b[i]?.text))
	);
}

/**
 * The `bundled` files' dataset, joined; undefined if they do not validate (a broken build).
 * Checked once for the same files, even when they arrive as a copy (a message to the worker).
 */
export function publishedDataset(bundled: readonly DataFile[]): Dataset | undefined {
	if (!published || !sameFiles(published.files, bundled))
		published = { files: bundled, dataset: checkDrafts(bundled, []).dataset };
	return published.dataset;
}

const EMPTY = 'The draft is empty: paste a file, open or drop one, or start from a file above.';

/** Where a draft stands before it is checked: the file it is, or why it is not checked. */
function place(draft: DeskDraft): { outcome: DraftOutcome; path?: string } {
	const told = (guess: DraftPathGuess | undefined) => (guess ? { guess } : {});
	if (draft.text.trim() === '')
		return { outcome: { key: draft.key, checked: null, status: EMPTY } };
	const guess = detectDraftPath(draft.text);
	const path = draft.chosen || guess?.path;
	const status = path
		? ''
		: guess
			? `Not checked: this is ${guess.reason}. Fix the id, or choose the file under "Check it as".`
			: 'Not checked: the text does not say which data file it is. Choose one under "Check it as".';
	return {
		outcome: { key: draft.key, ...told(guess), checked: null, status },
		...(path ? { path } : {})
	};
}

/**
 * Checks the changeset's `drafts` together among the `bundled` files: each as the file it chose
 * or its text names. An empty draft is left out; a second draft of the same file is not checked.
 * `options.today` as for `validateDataset`; `options.withPublished: false` leaves the published
 * dataset out of the answer (a caller that has it already).
 */
export function checkChangeset(
	bundled: readonly DataFile[],
	drafts: readonly DeskDraft[],
	options: { today?: string; withPublished?: boolean } = {}
): ChangesetCheck {
	const { withPublished = true, ...validation } = options;
	// Asked for once by the desk: the same dataset would otherwise be copied back at every check.
	const before = withPublished ? publishedDataset(bundled) : undefined;
	const outcomes: DraftOutcome[] = [];
	const checkable: { outcome: DraftOutcome; file: DataFile }[] = [];
	for (const draft of drafts) {
		const { outcome, path } = place(draft);
		outcomes.push(outcome);
		if (path === undefined) continue;
		if (checkable.some((c) => c.file.path === path))
			outcome.status = `Not checked: another draft is already ${path}. Close one of them, or choose another file under "Check it as".`;
		else checkable.push({ outcome, file: { path, text: draft.text } });
	}
	if (checkable.length === 0) {
		const shown = outcomes.find((o) => o.status !== EMPTY) ?? outcomes[0];
		return {
			drafts: outcomes,
			errors: [],
			warnings: [],
			files: [],
			...(before ? { published: before } : {}),
			status: shown?.status ?? EMPTY
		};
	}

	const files = checkable.map((c) => c.file);
	const { errors, warnings, dataset, files: checks } = checkDrafts(bundled, files, validation);
	const checked = checkable.map(({ outcome, file }, i) => {
		const check = checks[i] ?? {
			path: file.path,
			errors: [],
			warnings: [],
			changes: { added: [], changed: [] }
		};
		outcome.checked = {
			...check,
			text: file.text,
			canAddStance: withNewStance(file.text) !== undefined
		};
		outcome.status = checkSummary(file.path, check);
		return { ...check, text: check.formatted ?? file.text };
	});
	const release = releaseAdvice(bundled, files);
	const [only] = checked;
	return {
		drafts: outcomes,
		errors,
		warnings,
		...(dataset ? { dataset } : {}),
		...(before ? { published: before } : {}),
		files: checked.map(({ path, text }) => ({ path, text })),
		...(release ? { release } : {}),
		status:
			only && checked.length === 1
				? checkSummary(only.path, { errors, warnings, changes: only.changes })
				: changesetSummary(checked, { errors, warnings })
	};
}
