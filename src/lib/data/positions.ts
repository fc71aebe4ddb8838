/**
 * Where things are in a JSON file's text: the line and column of a JSON path, and the JSON syntax
 * errors of a file that does not parse. Everything is read with jsonc-parser (the parser VS Code
 * uses), never by scanning the text by hand, so a position always agrees with what an editor shows.
 *
 * Lines and columns are 1-based; a column counts UTF-16 code units, as editors do.
 * Runs in the browser as well as in Node (no node: imports).
 */
import {
	findNodeAtLocation,
	parseTree,
	printParseErrorCode,
	visit,
	type Node,
	type ParseErrorCode,
	type ParseOptions
} from 'jsonc-parser';

/** A path into a JSON value: object keys and array indexes, e.g. `['stances', 2, 'position']`. */
export type JsonPath = readonly (string | number)[];

/** A 1-based line and column. */
export interface LineColumn {
	line: number;
	column: number;
}

/** One JSON syntax error, in words, at the offset where the parser found it. */
export interface SyntaxProblem extends LineColumn {
	offset: number;
	message: string;
}

/** Strict JSON: the data files are read by tools that reject comments and trailing commas. */
const STRICT: ParseOptions = {
	allowTrailingComma: false,
	disallowComments: true,
	allowEmptyContent: false
};

/** Offsets at which each line starts; computed once per text and only when a position is needed. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		// \r\n is one line break; a lone \r (old Mac files) is one too, as editors count it.
		if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10))
			starts.push(i + 1);
	}
	return starts;
}

/**
 * Finds positions in one file's text. The jsonc-parser tree and the line table are built on first
 * use and kept, so a file with many problems is parsed once and a file with none is never parsed.
 */
export class JsonLocator {
	readonly #text: string;
	#tree: Node | undefined | null = null;
	#lines: number[] | undefined;

	constructor(text: string) {
		this.#text = text;
	}

	/** The 1-based line and column of a 0-based offset. */
	positionOfOffset(offset: number): LineColumn {
		this.#lines ??= lineStarts(this.#text);
		const lines = this.#lines;
		// Binary search for the last line that starts at or before the offset.
		let low = 0;
		let high = lines.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((lines[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - (lines[low] ?? 0) + 1 };
	}

	/**
	 * The offset of what `path` names.
	 * - `target: 'value'` (default): the value's first character. When the path does not exist (a
	 *   missing key), the nearest enclosing value that does exist: usually the object lacking the key.
	 * - `target: 'key'`: the property name of the last key in `path` (for an unknown key); falls back
	 *   to the value rules when there is no such property.
	 */
	offsetOf(path: JsonPath, target: 'value' | 'key' = 'value'): number {
		if (this.#tree === null) this.#tree = parseTree(this.#text, [], STRICT);
		const root = this.#tree;
		if (!root) return 0;
		for (let depth = path.length; depth >= 0; depth--) {
			const node = findNodeAtLocation(root, path.slice(0, depth));
			if (!node) continue;
			const property = node.parent?.type === 'property' ? node.parent : undefined;
			const key = property?.children?.[0];
			if (target === 'key' && depth === path.length && key) return key.offset;
			return node.offset;
		}
		return root.offset;
	}

	/** The 1-based line and column of what `path` names (see `offsetOf`). */
	positionOf(path: JsonPath, target: 'value' | 'key' = 'value'): LineColumn {
		return this.positionOfOffset(this.offsetOf(path, target));
	}
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
 * Every JSON syntax error in `text`, in the order found, at most one per offset (the parser often
 * reports a second, consequential error at the same place). Empty when the text is valid JSON.
 *
 * Uses jsonc-parser's `visit` (what its `parse` is built on) with the same strict options, because
 * the visitor also tells what came just before an error: that turns "expected a value" after a
 * comma into "unexpected trailing comma", and names where an unclosed brace was opened.
 */
export function findSyntaxErrors(text: string): SyntaxProblem[] {
	if (text.trim() === '') {
		return [
			{ offset: 0, line: 1, column: 1, message: 'the file is empty: expected a JSON object' }
		];
	}
	const locator = new JsonLocator(text);
	const found = new Map<number, string>();
	const reported = new Set<string>();
	const open: Container[] = []; // the objects and arrays not closed yet, innermost last
	let lastClosed: Container | undefined; // the container just ended (closed or not: see below)
	let lastComma = -1; // offset of the comma just read, -1 once anything else is read

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
	const begin = (kind: Container['kind']) => (offset: number) => {
		open.push({ kind, offset });
		lastComma = -1;
	};
	const end = () => {
		// jsonc-parser ends a container before it reports that its closer is missing.
		lastClosed = open.pop();
		lastComma = -1;
	};
	const value = () => {
		lastComma = -1;
	};

	visit(
		text,
		{
			onObjectBegin: begin('object'),
			onArrayBegin: begin('array'),
			onObjectEnd: end,
			onArrayEnd: end,
			onObjectProperty: value,
			onLiteralValue: value,
			onSeparator: (character, offset) => {
				lastComma = character === ',' ? offset : -1;
			},
			onError: (error: ParseErrorCode, offset: number) => {
				const name = printParseErrorCode(error);
				const here = text.charAt(offset);
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
