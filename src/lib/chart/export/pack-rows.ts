/**
 * Rows for the marks of an exported spectrum. The model's `row` already keeps leaders at one level
 * apart; an export also draws names beside markers and trails back to earlier levels, which reach
 * across other levels. Each mark claims a horizontal span, and takes the first row (in the model's
 * row order, then display order) where that span meets no other.
 */

export interface Span {
	/** Left edge, in pixels. */
	lo: number;
	/** Right edge, in pixels. */
	hi: number;
	/** The model's row for the mark: marks with a lower row are placed first. */
	row: number;
}

/** The row of each span, in the order given; spans in one row are at least `gap` apart. */
export function packRows(spans: readonly Span[], gap = 0): number[] {
	const order = spans
		.map((span, index) => ({ span, index }))
		.sort((a, b) => a.span.row - b.span.row || a.index - b.index);
	const taken: Span[][] = [];
	const rows = new Array<number>(spans.length).fill(0);
	for (const { span, index } of order) {
		let row = 0;
		while (taken[row]?.some((s) => span.lo < s.hi + gap && s.lo < span.hi + gap)) row++;
		(taken[row] ??= []).push(span);
		rows[index] = row;
	}
	return rows;
}
