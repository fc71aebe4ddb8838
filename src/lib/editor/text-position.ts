/**
 * Between the validator's line and column and a textarea's offsets. A textarea holds only \n line
 * breaks (drafts are normalised on the way in), and columns count UTF-16 code units, as the
 * validator's do, so an offset is the start of the line plus the column.
 */

/** The 0-based offset of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
	let start = 0;
	for (let l = 1; l < line; l++) {
		const next = text.indexOf('\n', start);
		if (next < 0) return text.length;
		start = next + 1;
	}
	const end = text.indexOf('\n', start);
	const lineEnd = end < 0 ? text.length : end;
	return Math.min(start + Math.max(0, column - 1), lineEnd);
}

/** How many lines the text shows: one more than its line breaks. */
export function lineCount(text: string): number {
	let count = 1;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
	return count;
}
