/**
 * The two JSON mistakes a newsroom makes most, each found as one cause instead of the cascade of
 * parser errors it sets off:
 *
 * - typographic quotation marks (“ ” ‘ ’) used as JSON syntax, as a word processor writes them:
 *   `{ “asOf”: “2025-01” }` is four parser errors, and one mistake;
 * - a straight `"` inside a string, which ends the string early: `"he said "open" models"`.
 *
 * Each is found from a parser error, by looking at the tokens of its line (and the line before),
 * and confirmed by repairing it: the mark or quote is replaced by a character of the same length
 * (so every offset stays where it was) and the text parsed again. A repair is kept only when the
 * error, and every error before the repaired spot, is gone; the repaired text then goes on to the
 * next error, so what follows a repaired mistake is neither reported twice nor hidden.
 *
 * Curly quotation marks inside a proper string are text, and never reported.
 */
import { createScanner, visit } from 'jsonc-parser';
import { lineIndexOf, lineStarts, STRICT } from './positions.ts';

/**
 * jsonc-parser's token kinds (its `SyntaxKind` is a const enum, which this build cannot import):
 * the values its scanner returns.
 */
const SyntaxKind = {
	OpenBraceToken: 1,
	CloseBraceToken: 2,
	OpenBracketToken: 3,
	CloseBracketToken: 4,
	CommaToken: 5,
	ColonToken: 6,
	StringLiteral: 10,
	Unknown: 16,
	EOF: 17
} as const;
type SyntaxKind = number;
/** jsonc-parser's `ScanError.UnexpectedEndOfString` (a const enum too). */
const UNEXPECTED_END_OF_STRING = 2;

/** One mistake found behind the parser's errors, at the character to fix. */
export interface SyntaxCause {
	offset: number;
	message: string;
}

/** The causes found, and the text with each repaired (the same length, the same lines). */
export interface ExplainedSyntax {
	causes: SyntaxCause[];
	repaired: string;
}

const DOUBLE_MARKS = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033']); // “ ” „ ‟ ″
const SINGLE_MARKS = new Set(['\u2018', '\u2019', '\u201A', '\u201B']); // ‘ ’ ‚ ‛
const STRAIGHT_QUOTE = '"';
/** What stands in for a `"` that ends a string early: any character a string may hold will do. */
const INNER_QUOTE_STANDIN = "'";

export function typographicMessage(mark: string): string {
	const pair = SINGLE_MARKS.has(mark) ? '‘ and ’' : '“ and ”';
	return `typographic quotation mark ${mark} used as JSON syntax: JSON needs straight quotes ("); replace ${pair} around keys and values`;
}

export const UNESCAPED_QUOTE_MESSAGE =
	'unescaped " ends the string early: write \\" for a quotation mark inside a string (or “ and ”, if the source uses curly quotes)';

/** Line of an offset, and where each line starts and ends. */
class Lines {
	readonly #starts: number[];

	constructor(private readonly text: string) {
		this.#starts = lineStarts(text);
	}

	/** 0-based line of `offset`. */
	of(offset: number): number {
		return lineIndexOf(this.#starts, offset);
	}

	start(line: number): number {
		return this.#starts[Math.max(0, line)] ?? this.text.length;
	}

	/** The offset of the line break that ends `line` (or the end of the text). */
	end(line: number): number {
		let end = this.#starts[line + 1] ?? this.text.length;
		while (end > this.start(line) && /[\r\n]/.test(this.text.charAt(end - 1))) end--;
		return end;
	}
}

interface Token {
	kind: SyntaxKind;
	offset: number;
	length: number;
	/** A string without its closing quote on the line. */
	unterminated: boolean;
}

/** The tokens from offset `from` to `to`, trivia left out. Strings never span lines, so a scan from a line's start is exact. */
function tokens(text: string, from: number, to: number): Token[] {
	const scanner = createScanner(text, true);
	scanner.setPosition(from);
	const out: Token[] = [];
	for (let kind: number = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
		const offset = scanner.getTokenOffset();
		if (offset >= to) break;
		out.push({
			kind,
			offset,
			length: scanner.getTokenLength(),
			unterminated:
				kind === SyntaxKind.StringLiteral &&
				(scanner.getTokenError() as number) === UNEXPECTED_END_OF_STRING
		});
	}
	return out;
}

/** The offsets of the parser's errors, in order. */
function errorOffsets(text: string): number[] {
	const offsets: number[] = [];
	visit(text, { onError: (_error, offset) => offsets.push(offset) }, STRICT);
	return offsets.sort((a, b) => a - b);
}

/**
 * How much text may be parsed again to try repairs, in characters: a few hundred tries on a file
 * an editor writes, and a file of a megabyte that is not JSON at all (a pasted document) still
 * answered in about a second. Mistakes beyond it get the parser's own words.
 */
const PARSE_BUDGET = 16_000_000;

/** Repairs tried on a copy of the text, within the budget. */
class Trials {
	#left = PARSE_BUDGET;

	constructor(private readonly lines: Lines) {}

	get exhausted(): boolean {
		return this.#left <= 0;
	}

	#errors(text: string): number[] {
		this.#left -= text.length;
		return errorOffsets(text);
	}

	/**
	 * `text` with the characters at `offsets` replaced by `by`, and its errors, when no error is
	 * left from `from` to `through`; undefined when one is, or when the budget is spent.
	 *
	 * The try reads the text only up to the end of the line of `through`: the parser reports an
	 * error at the token it stands on, and no token spans a line, so every error before that point
	 * is the same as in the whole text (the text ends there, so `through` must come before the line
	 * break). The whole text is read once the repair is kept.
	 */
	attempt(
		text: string,
		offsets: readonly number[],
		by: string,
		from: number,
		through: number
	): { text: string; errors: number[] } | undefined {
		if (this.exhausted) return undefined;
		let repaired = '';
		let at = 0;
		for (const offset of [...offsets].sort((a, b) => a - b)) {
			repaired += text.slice(at, offset) + by;
			at = offset + 1;
		}
		repaired += text.slice(at);
		const upTo = this.lines.end(this.lines.of(through));
		const next = this.#errors(repaired.slice(0, upTo)).find((e) => e >= from);
		if (next !== undefined && next <= through) return undefined;
		return { text: repaired, errors: this.#errors(repaired) };
	}
}

/** An apostrophe (it’s) is a letter's neighbour on both sides: text, never JSON syntax. */
function isApostrophe(text: string, offset: number): boolean {
	return /\p{L}/u.test(text.charAt(offset - 1)) && /\p{L}/u.test(text.charAt(offset + 1));
}

function isMark(text: string, offset: number): boolean {
	const c = text.charAt(offset);
	return DOUBLE_MARKS.has(c) || (SINGLE_MARKS.has(c) && !isApostrophe(text, offset));
}

const MARK_CLASS = '[\u201C\u201D\u201E\u201F\u2033\u2018\u2019\u201A\u201B]';
/** Inside a string, a mark then a colon or comma, then maybe a mark: `"asOf”: “` is a key and the start of a value. */
const CLOSES_THEN_SEPARATES = new RegExp(`(${MARK_CLASS})\\s*[:,]\\s*(${MARK_CLASS})?$`, 'u');
/** Inside a string that never closes: its last mark, then only punctuation: `"2025-01”,`. */
const CLOSES_AT_LINE_END = new RegExp(`(${MARK_CLASS})\\s*[,:}\\]]*\\s*$`, 'u');

/** The marks inside a string token that stand where its closing quote belongs. */
function marksClosingString(text: string, token: Token): number[] {
	const contentStart = token.offset + 1;
	const contentEnd = token.offset + token.length - (token.unterminated ? 0 : 1);
	const content = text.slice(contentStart, contentEnd);
	const match = (token.unterminated ? CLOSES_AT_LINE_END : CLOSES_THEN_SEPARATES).exec(content);
	if (!match) return [];
	const out = [contentStart + match.index];
	const second = match[2];
	if (second !== undefined) out.push(contentStart + match.index + match[0].length - second.length);
	return out;
}

interface Repair {
	offsets: number[];
	text: string;
	/** The errors of the repaired text. */
	errors: number[];
	cause: SyntaxCause;
	kind: 'typographic' | 'quote';
}

/** Typographic marks used as quotes around keys or values, near the error at `error`. */
function typographicMarks(
	text: string,
	lines: Lines,
	error: number,
	trials: Trials
): Repair | undefined {
	const line = lines.of(error);
	const from = lines.start(line - 1);
	const to = lines.end(line);
	const all: number[] = [];
	for (let i = from; i < to; i++) if (isMark(text, i)) all.push(i);
	if (all.length === 0) return undefined;

	// Marks outside any string are certainly syntax; marks where a string's closing quote belongs
	// probably are. Then, less and less sure: every mark on the error's line, and on both lines.
	const outside: number[] = [];
	const closing: number[] = [];
	for (const token of tokens(text, from, to)) {
		const inToken = all.filter((m) => m >= token.offset && m < token.offset + token.length);
		if (token.kind === SyntaxKind.Unknown) outside.push(...inToken);
		else if (token.kind === SyntaxKind.StringLiteral)
			closing.push(...marksClosingString(text, token).filter((m) => inToken.includes(m)));
	}
	const onErrorLine = all.filter((m) => m >= lines.start(line));
	const candidates = [
		[...outside, ...closing].sort((a, b) => a - b),
		outside,
		closing,
		onErrorLine.filter((m) => DOUBLE_MARKS.has(text.charAt(m))),
		onErrorLine,
		all
	];
	for (const offsets of candidates) {
		if (offsets.length === 0) continue;
		const first = offsets[0] ?? error;
		const last = Math.max(error, offsets.at(-1) ?? error);
		const repaired = trials.attempt(text, offsets, STRAIGHT_QUOTE, Math.min(first, error), last);
		if (repaired) {
			return {
				offsets,
				...repaired,
				kind: 'typographic',
				cause: { offset: first, message: typographicMessage(text.charAt(first)) }
			};
		}
	}
	return undefined;
}

function isEscaped(text: string, offset: number): boolean {
	let backslashes = 0;
	for (let i = offset - 1; i >= 0 && text.charAt(i) === '\\'; i--) backslashes++;
	return backslashes % 2 === 1;
}

/** Tokens that a string may be directly followed by; anything else after it is a sign of a quote inside it. */
const MAY_FOLLOW_A_STRING = new Set<number>([
	SyntaxKind.CommaToken,
	SyntaxKind.ColonToken,
	SyntaxKind.CloseBraceToken,
	SyntaxKind.CloseBracketToken,
	// A string after a string is a missing comma: `"a" "b"`.
	SyntaxKind.StringLiteral,
	SyntaxKind.OpenBraceToken,
	SyntaxKind.OpenBracketToken
]);

/** A `"` inside a string that ended it early, when the error is at the word after it. */
function unescapedQuote(
	text: string,
	lines: Lines,
	error: number,
	trials: Trials
): Repair | undefined {
	const line = lines.of(error);
	const lineEnd = lines.end(line);
	const onLine = tokens(text, lines.start(line), lineEnd);
	const at = onLine.findIndex((t) => t.offset === error);
	const before = onLine[at - 1];
	const after = onLine[at];
	if (
		!before ||
		!after ||
		before.kind !== SyntaxKind.StringLiteral ||
		before.unterminated ||
		MAY_FOLLOW_A_STRING.has(after.kind)
	)
		return undefined;

	const early = before.offset + before.length - 1; // the quote that ended the string
	const quotes: number[] = [];
	for (let i = early + 1; i < lineEnd; i++)
		if (text.charAt(i) === STRAIGHT_QUOTE && !isEscaped(text, i)) quotes.push(i);
	// The real closing quote is most likely one followed by what may follow a value.
	const endsValue = (q: number) => /^\s*([,}\]]|$)/.test(text.slice(q + 1, lineEnd));
	const closers = [...quotes.filter(endsValue), ...quotes.filter((q) => !endsValue(q))];
	// Best, the closing quote after which the whole line reads well; else one after which the
	// string at least ends well (the rest of the line has a mistake of its own).
	for (const wholeLine of [true, false]) {
		for (const close of closers) {
			const inner = [early, ...quotes.filter((q) => q < close)];
			const through = wholeLine ? lineEnd - 1 : close;
			const repaired = trials.attempt(text, inner, INNER_QUOTE_STANDIN, before.offset, through);
			if (repaired) {
				return {
					offsets: inner,
					...repaired,
					kind: 'quote',
					cause: { offset: early, message: UNESCAPED_QUOTE_MESSAGE }
				};
			}
		}
	}
	return undefined;
}

/**
 * The typographic marks and unescaped quotes behind the parser's errors in `text`, one cause per
 * mistake (typographic marks on neighbouring lines are one mistake, pasted at once), and the text
 * with all of them repaired, to read the errors that remain.
 */
export function explainSyntax(text: string): ExplainedSyntax {
	const lines = new Lines(text);
	const trials = new Trials(lines);
	const repairs: Repair[] = [];
	let current = text;
	let errors = errorOffsets(text);
	// Each error in turn; a repair changes nothing before it, so the errors after it are read again.
	for (let i = 0; i < errors.length && !trials.exhausted;) {
		const error = errors[i] ?? 0;
		const repair =
			typographicMarks(current, lines, error, trials) ??
			unescapedQuote(current, lines, error, trials);
		if (!repair) {
			i++;
			continue;
		}
		repairs.push(repair);
		current = repair.text;
		errors = repair.errors;
		const from = Math.min(error, ...repair.offsets);
		i = errors.findIndex((e) => e >= from);
		if (i < 0) break;
	}
	return { causes: clustered(repairs, lines), repaired: current };
}

/** One cause per cluster of typographic marks on neighbouring lines; each quote on its own. */
function clustered(repairs: Repair[], lines: Lines): SyntaxCause[] {
	const sorted = [...repairs].sort((a, b) => a.cause.offset - b.cause.offset);
	const causes: SyntaxCause[] = [];
	let cluster: { cause: SyntaxCause; firstLine: number; lastLine: number } | undefined;
	const close = () => {
		if (!cluster) return;
		const { cause, firstLine, lastLine } = cluster;
		causes.push(
			lastLine > firstLine
				? { ...cause, message: `${cause.message} (lines ${firstLine + 1} to ${lastLine + 1})` }
				: cause
		);
		cluster = undefined;
	};
	for (const repair of sorted) {
		if (repair.kind !== 'typographic') {
			close();
			causes.push(repair.cause);
			continue;
		}
		const firstLine = lines.of(Math.min(...repair.offsets));
		const lastLine = lines.of(Math.max(...repair.offsets));
		if (cluster && firstLine <= cluster.lastLine + 1) {
			cluster.lastLine = Math.max(cluster.lastLine, lastLine);
		} else {
			close();
			cluster = { cause: repair.cause, firstLine, lastLine };
		}
	}
	close();
	return causes.sort((a, b) => a.offset - b.offset);
}
