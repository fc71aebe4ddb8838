/**
 * One leader's marker as SVG: their shape in their print colour, painted by the kind of evidence
 * exactly as on screen (mark-paint.ts), so the kinds differ without colour.
 */
import type { EvidenceKind } from '../../data/schema.ts';
import { shapePath, type Shape } from '../../model/leader-style.ts';
import { paintAt } from '../mark-paint.ts';
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
	// The same paint as on screen (mark-paint.ts), on the download's white page.
	const p = paintAt(m.evidence, m.r);
	const dash = p.dasharray === undefined ? '' : ` stroke-dasharray="${p.dasharray}"`;
	const paint = `fill="${p.filled ? m.colour : '#ffffff'}" stroke="${m.colour}" stroke-width="${p.strokeWidth}" stroke-linejoin="round"${dash}`;
	const extra = Object.entries(m.attrs ?? {})
		.map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
		.join('');
	const faint = m.opacity ?? p.opacity;
	const opacity = faint === undefined ? '' : ` opacity="${faint}"`;
	return `<path d="${shapePath(m.shape, m.r)}" transform="translate(${round(m.x)},${round(m.y)})" ${paint}${opacity}${extra}/>`;
}
