/**
 * One leader's marker as SVG: their shape in their print colour, drawn by the kind of evidence so
 * the kinds differ without colour: explicit is filled, reported is hollow with a solid outline,
 * inferred is hollow with a dashed outline. A ghost (where a leader stood earlier) is hollow and
 * faint whatever its evidence.
 */
import type { EvidenceKind } from '../../data/schema.ts';
import { shapePath, type Shape } from '../../model/leader-style.ts';
import { escapeXml } from './svg-text.ts';

export interface MarkerOptions {
	x: number;
	y: number;
	/** Radius of the circle the shape fits in. */
	r: number;
	shape: Shape;
	/** A hex colour. */
	colour: string;
	evidence: EvidenceKind | 'ghost';
	/** Extra attributes, such as `data-stance-id`; values are escaped. */
	attrs?: Record<string, string>;
	opacity?: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A white outline drawn under a marker, so markers that touch stay apart. */
export function haloSvg(m: Pick<MarkerOptions, 'x' | 'y' | 'r' | 'shape'>): string {
	return `<path d="${shapePath(m.shape, m.r)}" transform="translate(${round(m.x)},${round(m.y)})" fill="#ffffff" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"/>`;
}

export function markerSvg(m: MarkerOptions): string {
	const paint =
		m.evidence === 'explicit'
			? `fill="${m.colour}" stroke="#ffffff" stroke-width="1"`
			: m.evidence === 'reported'
				? `fill="#ffffff" stroke="${m.colour}" stroke-width="2"`
				: m.evidence === 'inferred'
					? `fill="#ffffff" stroke="${m.colour}" stroke-width="2" stroke-dasharray="${round(m.r * 0.42)} ${round(m.r * 0.24)}"`
					: `fill="#ffffff" stroke="${m.colour}" stroke-width="1.5"`;
	const extra = Object.entries(m.attrs ?? {})
		.map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
		.join('');
	const faint = m.opacity ?? (m.evidence === 'ghost' ? 0.55 : undefined);
	const opacity = faint === undefined ? '' : ` opacity="${faint}"`;
	return `<path d="${shapePath(m.shape, m.r)}" transform="translate(${round(m.x)},${round(m.y)})" ${paint}${opacity}${extra}/>`;
}
