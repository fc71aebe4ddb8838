/**
 * The words that differ between two versions of one line: the changes view marks them inside a
 * changed line pair (`<del>` in the line removed, `<ins>` in the line added), so a one-word edit
 * in a story paragraph, which is one long line, is found at a glance.
 *
 * Lines are cut into words, runs of spaces and single marks of punctuation; the longest common
 * subsequence of those pieces is kept, the rest is marked.
 */

/** A run of a line's text, marked when the other version lacks it. */
export interface WordPart {
	text: string;
	changed: boolean;
}

export interface WordDiff {
	before: WordPart[];
	after: WordPart[];
}

/** Pieces of text beyond which two lines are marked as wholly different (a table of 4M cells). */
const MAX_CELLS = 4_000_000;

/** A line cut into words, runs of white space, and single other characters. */
export function wordPieces(line: string): string[] {
	return line.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}

/** For each piece of `a` and of `b`, whether it is in their longest common subsequence. */
function commonPieces(a: string[], b: string[]): { inA: boolean[]; inB: boolean[] } {
	const n = a.length;
	const m = b.length;
	const inA = Array<boolean>(n).fill(false);
	const inB = Array<boolean>(m).fill(false);
	let start = 0;
	while (start < n && start < m && a[start] === b[start]) {
		inA[start] = inB[start] = true;
		start++;
	}
	let end = 0;
	while (end < n - start && end < m - start && a[n - 1 - end] === b[m - 1 - end]) {
		inA[n - 1 - end] = inB[m - 1 - end] = true;
		end++;
	}
	const rows = n - start - end;
	const cols = m - start - end;
	if (rows * cols > MAX_CELLS) return { inA, inB };
	const width = cols + 1;
	const table = new Uint32Array((rows + 1) * width);
	const at = (i: number, j: number) => table[i * width + j] ?? 0;
	for (let i = rows - 1; i >= 0; i--) {
		for (let j = cols - 1; j >= 0; j--) {
			table[i * width + j] =
				a[start + i] === b[start + j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
		}
	}
	let i = 0;
	let j = 0;
	while (i < rows && j < cols) {
		if (a[start + i] === b[start + j]) {
			inA[start + i] = inB[start + j] = true;
			i++;
			j++;
		} else if (at(i + 1, j) >= at(i, j + 1)) i++;
		else j++;
	}
	return { inA, inB };
}

/**
 * Pieces joined into parts. White space kept between two changes is marked with them, so "a b"
 * replaced by "c d" reads as one change, not two.
 */
function parts(pieces: string[], kept: boolean[]): WordPart[] {
	const changed = pieces.map((_, i) => !kept[i]);
	// A change that ends in the same white space as kept just before it reads better shifted
	// back by one: "closed [still ]weights" becomes "closed[ still] weights". Same text, same
	// count of kept pieces.
	for (let i = 0; i < pieces.length; i++) {
		if (!changed[i] || changed[i - 1] !== false) continue;
		let end = i;
		while (changed[end + 1]) end++;
		const space = pieces[end];
		if (space !== undefined && /^\s+$/.test(space) && pieces[i - 1] === space) {
			changed[i - 1] = true;
			changed[end] = false;
		}
		i = end;
	}
	pieces.forEach((piece, i) => {
		if (/^\s+$/.test(piece) && changed[i - 1] && changed[i + 1]) changed[i] = true;
	});
	const out: WordPart[] = [];
	pieces.forEach((text, i) => {
		const last = out.at(-1);
		if (last && last.changed === changed[i]) last.text += text;
		else out.push({ text, changed: changed[i] ?? false });
	});
	return out;
}

/**
 * The parts of `before` and `after` that differ. When the two share nothing but white space, no
 * word is marked: the lines are simply different, as the line diff already says.
 */
export function diffWords(before: string, after: string): WordDiff {
	const a = wordPieces(before);
	const b = wordPieces(after);
	const { inA, inB } = commonPieces(a, b);
	const sharesWords = a.some((piece, i) => inA[i] && !/^\s+$/.test(piece));
	if (!sharesWords) {
		return {
			before: before === '' ? [] : [{ text: before, changed: false }],
			after: after === '' ? [] : [{ text: after, changed: false }]
		};
	}
	return { before: parts(a, inA), after: parts(b, inB) };
}
