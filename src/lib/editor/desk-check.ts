/**
 * One check of the editor's draft, as the page shows it: which file it is (read from the text
 * unless the editor chose one), what the validator finds, and a sentence for the live region.
 * The module the /editor page loads on demand: through check-draft.ts it holds zod and the
 * validator, so nothing else on the site needs to.
 */
import type { DataFile } from '../data/validate.ts';
import { checkDraft, type DraftCheck } from './check-draft.ts';
import { checkSummary } from './check-summary.ts';
import { detectDraftPath, type DraftPathGuess } from './draft-path.ts';
import { withNewStance } from './templates.ts';

/** A check of the draft `text`, checked as `path`. */
export interface CheckedDraft extends DraftCheck {
	path: string;
	text: string;
	/** Whether "Add a stance" can add one (a leader file that parses). */
	canAddStance: boolean;
}

export interface DeskCheck {
	/** What the text says it is; undefined when it does not say. */
	guess?: DraftPathGuess;
	/** Null when there was nothing to check, or no file to check it as. */
	checked: CheckedDraft | null;
	/** The outcome in one sentence. */
	status: string;
}

/**
 * Checks `text` as the file `chosenPath` ('' to read it from the text) among the `bundled`
 * files. `options.today` as for `validateDataset`.
 */
export function checkDeskDraft(
	bundled: readonly DataFile[],
	text: string,
	chosenPath: string,
	options: { today?: string } = {}
): DeskCheck {
	if (text.trim() === '') {
		return {
			checked: null,
			status: 'The draft is empty: paste a file, open or drop one, or start from a file above.'
		};
	}
	const guess = detectDraftPath(text);
	const path = chosenPath || guess?.path;
	if (!path) {
		return {
			...(guess ? { guess } : {}),
			checked: null,
			status: guess
				? `Not checked: this is ${guess.reason}. Fix the id, or choose the file under "Check it as".`
				: 'Not checked: the text does not say which data file it is. Choose one under "Check it as".'
		};
	}
	const result = checkDraft(bundled, { path, text }, options);
	return {
		...(guess ? { guess } : {}),
		checked: { ...result, path, text, canAddStance: withNewStance(text) !== undefined },
		status: checkSummary(path, result)
	};
}
