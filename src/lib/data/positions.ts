/**
 * Where things are in a JSON file's text: the line and column of an offset or a JSON path. Read
 * with jsonc-parser (the parser VS Code uses), so a position always agrees with what an editor
 * shows. (The syntax errors of a file that does not parse: syntax-errors.ts.)
 *
 * Lines and columns are 1-based; a column counts UTF-16 code units, as editors do.
 * Runs in the browser as well as in Node (no node: imports).
 */
import { findNodeAtLocation, parseTree, type Node, type ParseOptions } from 'jsonc-parser';

/** A path into a JSON value: object keys and array indexes, e.g. `['stances', 2, 'position']`. */
export type JsonPath = readonly (string | number)[];

/** A 1-based line and column. */
export interface LineColumn {
	line: number;
	column: number;
}

/** Strict JSON: the data files are read by tools that reject comments and trailing commas. */
export const STRICT: ParseOptions = {
	allowTrailingComma: false,
	disallowComments: true,
	allowEmptyContent: false
};

/** Offsets at which each line starts; computed once per text and only when a position is needed. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		// \r\n is one line break; a lone \r (old Mac files) is one too, as editors count it.
		if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10))
			starts.push(i + 1);
	}
	return starts;
}

/** The 0-based line an offset is on, given where each line starts (`lineStarts`). */
export function lineIndexOf(starts: readonly number[], offset: number): number {
	// Binary search for the last line that starts at or before the offset.
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) low = mid;
		else high = mid - 1;
	}
	return low;
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
		const line = lineIndexOf(this.#lines, offset);
		return { line: line + 1, column: offset - (this.#lines[line] ?? 0) + 1 };
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
