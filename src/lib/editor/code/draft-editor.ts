/**
 * The draft's code editor (CodeMirror 6), as DraftCode.svelte drives it: JSON highlighting, line
 * numbers, bracket matching, folding, search, history, completion, and the validator's problems
 * underlined in place. Loaded by a dynamic import on /editor only.
 *
 * Keyboard: Tab accepts a completion when the list is open and otherwise leaves the editor, as
 * everywhere on the page (indentation is not typed with Tab: the download is laid out anyway).
 * Text set from outside (`replaceText`) is one undoable change; typing is reported with
 * `onchange`, and never comes back in.
 */
import {
	acceptCompletion,
	autocompletion,
	completionKeymap,
	completionStatus
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Annotation, EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import {
	EditorView,
	highlightActiveLine,
	highlightActiveLineGutter,
	keymap,
	lineNumbers
} from '@codemirror/view';
import type { Problem } from '../../data/validate.ts';
import { checkInsertion } from '../input-guard.ts';
import { draftCompletion } from './completion.ts';
import { minimalChange } from './minimal-change.ts';
import { problemDiagnostics } from './problem-diagnostics.ts';
import { draftTheme } from './theme.ts';

export interface DraftEditorOptions {
	parent: HTMLElement;
	text: string;
	/** Which draft the text is: each draft keeps its own undo history. */
	draft: string;
	/** Attributes of the editable element: its id, label and description. */
	attributes: Record<string, string>;
	/** The file the draft is checked as, for completion; read at each completion. */
	path: () => string;
	/** The bundled data files, for the ids completion offers. */
	files: () => readonly { path: string; text: string }[];
	/** The editor typed, pasted, cut, undid: the whole new text. */
	onchange: (text: string) => void;
	/** A paste, drop or typing refused (too large, binary), with the reason in words. */
	onrefuse: (message: string) => void;
}

export interface DraftEditor {
	/** Replaces the text with `text` as one undoable change, keeping what did not change. */
	replaceText(text: string): void;
	/**
	 * Shows the draft `draft`, whose text is `text`, with its own undo history (and cursor) as it
	 * was left: an undo never brings one draft's text into another.
	 */
	showDraft(draft: string, text: string): void;
	/** Shows the validator's problems of `checkedText` (skipped when the text has changed since). */
	setProblems(problems: readonly Problem[], checkedText?: string): void;
	/** Focuses the editor with the cursor at a 0-based offset, scrolled into view. */
	moveToOffset(offset: number): void;
	/** Focuses the editor, its cursor where it was. */
	focus(): void;
	/** Focuses the editor with the cursor at a 1-based line and column, scrolled into view. */
	moveTo(line: number, column: number): void;
	destroy(): void;
}

/** Marks a change that came from outside (the desk's actions): not reported back, not guarded. */
const fromOutside = Annotation.define<boolean>();

/** Refuses input that would make the draft too large, or binary, before it lands. */
function guardInput(onrefuse: (message: string) => void) {
	return EditorState.transactionFilter.of((tr: Transaction) => {
		if (!tr.docChanged || tr.annotation(fromOutside) || !tr.isUserEvent('input')) return tr;
		let inserted = '';
		tr.changes.iterChanges((_fromA, _toA, _fromB, _toB, text) => {
			inserted += text.sliceString(0);
		});
		const start = tr.startState.doc.length;
		const replaced = start - (tr.newDoc.length - inserted.length);
		const checked = checkInsertion(start, replaced, inserted);
		if (checked.ok) return tr;
		queueMicrotask(() => onrefuse(checked.message));
		return [];
	});
}

/** Tab accepts an open completion; otherwise it is not handled, so focus moves on. */
const tabAccepts = keymap.of([
	{ key: 'Tab', run: (view) => completionStatus(view.state) === 'active' && acceptCompletion(view) }
]);

export function createDraftEditor(options: DraftEditorOptions): DraftEditor {
	const extensions = [
		EditorState.tabSize.of(2),
		lineNumbers(),
		highlightActiveLineGutter(),
		foldGutter(),
		lintGutter(),
		history(),
		indentOnInput(),
		bracketMatching(),
		highlightActiveLine(),
		highlightSelectionMatches(),
		search({ top: true }),
		json(),
		autocompletion({ override: [draftCompletion(options.path, options.files)] }),
		guardInput(options.onrefuse),
		tabAccepts,
		keymap.of([
			...completionKeymap,
			...searchKeymap,
			...historyKeymap,
			...foldKeymap,
			...lintKeymap,
			...defaultKeymap
		]),
		EditorView.contentAttributes.of({
			...options.attributes,
			// Focusable as a field is: axe then knows the scrolling region holds a tab stop.
			tabindex: '0',
			spellcheck: 'false',
			autocorrect: 'off',
			autocapitalize: 'off'
		}),
		// A dropped file is opened by the desk (it may replace the draft, and asks first), not
		// inserted where it fell.
		EditorView.domEventHandlers({
			drop: (event) => event.dataTransfer?.types.includes('Files') ?? false
		}),
		EditorView.updateListener.of((update) => {
			if (update.docChanged && !update.transactions.some((t) => t.annotation(fromOutside)))
				options.onchange(update.state.doc.toString());
		}),
		draftTheme
	];
	const view = new EditorView({
		state: EditorState.create({ doc: options.text, extensions }),
		parent: options.parent
	});
	/** The state each draft was left in, by draft: its text, cursor and history. */
	const left = new Map<string, EditorState>();
	let shown = options.draft;

	function moveToOffset(offset: number): void {
		const at = Math.max(0, Math.min(offset, view.state.doc.length));
		view.dispatch({
			selection: EditorSelection.cursor(at),
			effects: EditorView.scrollIntoView(at, { y: 'center', x: 'nearest' })
		});
		view.focus();
	}

	return {
		replaceText(text) {
			const change = minimalChange(view.state.doc.toString(), text);
			if (change === null) return;
			view.dispatch({
				changes: change,
				annotations: [fromOutside.of(true)],
				userEvent: 'set',
				scrollIntoView: false
			});
		},
		showDraft(draft, text) {
			if (draft === shown) return;
			left.set(shown, view.state);
			shown = draft;
			const kept = left.get(draft);
			view.setState(
				kept && kept.doc.toString() === text ? kept : EditorState.create({ doc: text, extensions })
			);
		},
		setProblems(problems, checkedText) {
			const doc = view.state.doc;
			if (
				checkedText !== undefined &&
				(checkedText.length !== doc.length || checkedText !== doc.toString())
			)
				return;
			view.dispatch(setDiagnostics(view.state, problemDiagnostics(doc, problems)));
		},
		moveToOffset,
		focus: () => view.focus(),
		moveTo(line, column) {
			const doc = view.state.doc;
			const at = doc.line(Math.min(Math.max(1, line), doc.lines));
			moveToOffset(at.from + Math.min(Math.max(0, column - 1), at.length));
		},
		destroy: () => view.destroy()
	};
}
