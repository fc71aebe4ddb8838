/**
 * How a mark is painted for its kind of evidence, in one place for the screen (MarkShape) and the
 * downloads (export/marker-svg.ts): explicit is filled, reported is hollow with a solid outline,
 * inferred is hollow with a dashed outline, and a ghost (where a leader stood earlier) is hollow,
 * dotted and faint. Widths and dashes are fractions of the radius of the circle the shape fits in,
 * so a mark reads the same at any size. Change a mark's look here and both change.
 */
import type { EvidenceKind } from '../vocabulary.ts';

export type MarkKind = EvidenceKind | 'ghost';

export interface MarkPaint {
	/** Filled with the leader's colour; otherwise filled with the page's surface. */
	filled: boolean;
	/** Outline width, as a fraction of the radius. */
	stroke: number;
	/** Dash and gap, as fractions of the radius; none for a solid outline. */
	dash?: readonly [number, number];
	opacity?: number;
}

export const MARK_PAINT: Readonly<Record<MarkKind, MarkPaint>> = {
	explicit: { filled: true, stroke: 0.25 },
	reported: { filled: false, stroke: 0.39 },
	inferred: { filled: false, stroke: 0.34, dash: [0.42, 0.26] },
	ghost: { filled: false, stroke: 0.25, dash: [0.27, 0.27], opacity: 0.6 }
};

const round = (n: number) => Math.round(n * 100) / 100;

/** The paint at radius `r`, in SVG attribute values. */
export function paintAt(kind: MarkKind, r: number) {
	const paint = MARK_PAINT[kind];
	return {
		filled: paint.filled,
		strokeWidth: round(paint.stroke * r),
		dasharray: paint.dash ? `${round(paint.dash[0] * r)} ${round(paint.dash[1] * r)}` : undefined,
		opacity: paint.opacity
	};
}
