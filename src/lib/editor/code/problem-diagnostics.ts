/**
 * The validator's problems as the editor's diagnostics: each at its line and column (1-based,
 * columns in UTF-16 code units, as the validator and CodeMirror both count), spanning the token
 * that starts there (a string with its quotes, a number, a word) or else one character, so the
 * underline shows what the message is about. The message is the validator's own, with the JSON
 * path as `npm run validate` prints it.
 */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Problem } from '../../data/validate.ts';

/** A word, number or literal: letters, digits and what numbers carry. */
const WORD = /[\w.+-]/;

/** Where a token starting at `column` (0-based) of `text` ends (exclusive). */
export function tokenEnd(text: string, column: number): number {
	const first = text[column];
	if (first === undefined) return column;
	if (first === '"') {
		for (let i = column + 1; i < text.length; i++) {
			if (text[i] === '\\') i++;
			else if (text[i] === '"') return i + 1;
		}
		return text.length;
	}
	if (!WORD.test(first)) return column + 1;
	let end = column + 1;
	while (end < text.length && WORD.test(text[end] ?? '')) end++;
	return end;
}

/** The range of `doc` a problem underlines: the token at its place, or the character before a line's end. */
export function problemRange(
	doc: Text,
	line: number,
	column: number
): { from: number; to: number } {
	const at = doc.line(Math.min(Math.max(1, line), doc.lines));
	const col = Math.min(Math.max(0, column - 1), at.length);
	if (col < at.length) return { from: at.from + col, to: at.from + tokenEnd(at.text, col) };
	// At the end of a line (a missing comma, an unclosed object): the last character, if any.
	return at.length > 0 ? { from: at.to - 1, to: at.to } : { from: at.from, to: at.from };
}

/** Diagnostics for the problems of this draft, in the order given. */
export function problemDiagnostics(doc: Text, problems: readonly Problem[]): Diagnostic[] {
	return problems.map((p) => ({
		...problemRange(doc, p.line, p.column),
		severity: p.severity,
		source: p.path === '' ? '(root)' : p.path,
		message: p.message
	}));
}
