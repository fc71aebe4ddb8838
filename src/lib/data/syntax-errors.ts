/**
 * The JSON syntax errors of a file that does not parse, in words an editor of the data
 * understands, each at the character to fix.
 *
 * Typographic quotation marks used as JSON syntax and a `"` that ends a string early are each one
 * mistake, found behind the parser's errors (syntax-causes.ts) and reported once; the errors that
 * remain are read from the text with those repaired, so none of their cascade is reported. A
 * missing comma is reported at the end of the line that lacks it.
 *
 * Runs in the browser as well as in Node (no node: imports).
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { JsonLocator, STRICT, type LineColumn } from './positions.ts';
import { explainSyntax } from './syntax-causes.ts';

/** One JSON syntax error, in words, at the offset where it is to be fixed. */
export interface SyntaxProblem extends LineColumn {
	offset: number;
	message: string;
}

interface Container {
	kind: 'object' | 'array';
	offset: number;
}
const CLOSER = { object: '}', array: ']' } as const;

type ErrorName = ReturnType<typeof printParseErrorCode>;

/** jsonc-parser's error names, in words an editor of the data understands. */
const PLAIN: Record<ErrorName, string> = {
	InvalidSymbol:
		'unexpected text: strings need double quotes, and only true, false and null are bare words',
	InvalidNumberFormat: 'invalid number',
	PropertyNameExpected: 'expected a property name in double quotes',
	ValueExpected: 'expected a value',
	ColonExpected: 'missing colon after the property name',
	CommaExpected: 'missing comma',
	CloseBraceExpected: 'missing closing brace',
	CloseBracketExpected: 'missing closing bracket',
	EndOfFileExpected: 'unexpected text after the end of the JSON',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON (and this one is never closed)',
	UnexpectedEndOfString: 'unterminated string: missing closing double quote',
	UnexpectedEndOfNumber: 'incomplete number',
	InvalidUnicode: 'invalid unicode escape in string',
	InvalidEscapeCharacter: 'invalid escape in string (a backslash must be written \\\\)',
	InvalidCharacter: 'invalid character in string (a line break or tab must be written \\n or \\t)',
	'<unknown ParseErrorCode>': 'invalid JSON'
};

/**
 * Every JSON syntax error in `text`, in the order of the text, at most one per offset (the parser
 * often reports a second, consequential error at the same place). Empty when the text is valid JSON.
 *
 * The causes syntax-causes.ts finds come first; the rest is read from the text with those repaired,
 * with jsonc-parser's `visit` (what its `parse` is built on) and the same strict options, because
 * the visitor also tells what came just before an error: that turns "expected a value" after a
 * comma into "unexpected trailing comma", puts a missing comma after the value that lacks it, and
 * names where an unclosed brace was opened.
 */
export function findSyntaxErrors(text: string): SyntaxProblem[] {
	if (text.trim() === '') {
		return [
			{ offset: 0, line: 1, column: 1, message: 'the file is empty: expected a JSON object' }
		];
	}
	const locator = new JsonLocator(text);
	const { causes, repaired } = explainSyntax(text);
	const found = new Map<number, string>(causes.map((c) => [c.offset, c.message]));
	const reported = new Set<string>();
	const open: Container[] = []; // the objects and arrays not closed yet, innermost last
	let lastClosed: Container | undefined; // the container just ended (closed or not: see below)
	let lastComma = -1; // offset of the comma just read, -1 once anything else is read
	let lastEnd = -1; // where the last token read ends

	const report = (offset: number, message: string, once = false) => {
		// One error per place; an unclosed container is named once however many errors follow it.
		if (found.has(offset) || (once && reported.has(message))) return;
		found.set(offset, message);
		if (once) reported.add(message);
	};
	const unclosed = (container: Container) => {
		const { line, column } = locator.positionOfOffset(container.offset);
		const what =
			container.kind === 'object' ? 'missing closing brace "}"' : 'missing closing bracket "]"';
		return `${what} for the ${container.kind === 'object' ? '"{"' : '"["'} at ${line}:${column}`;
	};
	const begin = (kind: Container['kind']) => (offset: number, length: number) => {
		open.push({ kind, offset });
		lastComma = -1;
		lastEnd = offset + length;
	};
	const end = (offset: number, length: number) => {
		// jsonc-parser ends a container before it reports that its closer is missing.
		lastClosed = open.pop();
		lastComma = -1;
		lastEnd = offset + length;
	};
	const value = (_value: unknown, offset: number, length: number) => {
		lastComma = -1;
		lastEnd = offset + length;
	};
	const onEarlierLine = (before: number, offset: number) =>
		before >= 0 && locator.positionOfOffset(before).line < locator.positionOfOffset(offset).line;

	visit(
		repaired,
		{
			onObjectBegin: begin('object'),
			onArrayBegin: begin('array'),
			onObjectEnd: end,
			onArrayEnd: end,
			onObjectProperty: value,
			onLiteralValue: value,
			onSeparator: (character, offset, length) => {
				lastComma = character === ',' ? offset : -1;
				lastEnd = offset + length;
			},
			onError: (error: ParseErrorCode, offset: number) => {
				const name = printParseErrorCode(error);
				const here = repaired.charAt(offset);
				const inside = open.at(-1);
				const expectsMore =
					name === 'PropertyNameExpected' || name === 'ValueExpected' || name === 'CommaExpected';
				if (name === 'CloseBraceExpected' || name === 'CloseBracketExpected') {
					report(offset, lastClosed ? unclosed(lastClosed) : PLAIN[name], true);
				} else if (
					expectsMore &&
					inside &&
					(here === '}' || here === ']') &&
					here !== CLOSER[inside.kind]
				) {
					// A "}" inside an array (or "]" inside an object): the array was never closed.
					report(offset, unclosed(inside), true);
				} else if (
					expectsMore &&
					name !== 'CommaExpected' &&
					lastComma >= 0 &&
					(here === '}' || here === ']')
				) {
					// Reported at the comma itself: that is what has to go.
					report(lastComma, 'unexpected trailing comma');
				} else if (expectsMore && lastComma >= 0 && here === ',') {
					report(offset, 'unexpected extra comma');
				} else if (name === 'CommaExpected' && onEarlierLine(lastEnd, offset)) {
					// Said where the comma goes: after the value that ends the line, not before the next.
					report(lastEnd, 'missing comma at the end of this line');
				} else {
					report(offset, PLAIN[name]);
				}
			}
		},
		STRICT
	);

	return [...found.entries()]
		.sort(([a], [b]) => a - b)
		.map(([offset, message]) => ({ offset, message, ...locator.positionOfOffset(offset) }));
}
