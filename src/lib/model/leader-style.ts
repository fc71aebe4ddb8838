/**
 * How each leader is drawn: a colour and a shape, both from their place in the display order, so
 * a leader looks the same in every view. Colour is never the only cue: every mark has its
 * leader's shape and, on the spectra, their name beside it.
 */

/** Marker shapes, chosen to stay distinct at 10 px. */
export const SHAPES = [
	'circle',
	'square',
	'triangle',
	'diamond',
	'triangle-down',
	'plus',
	'star'
] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * Series colours for light and dark backgrounds: Okabe–Ito hues, darkened or lightened until
 * each has at least 3:1 contrast with the page in its theme.
 */
export const SERIES_PALETTE = [
	{ light: '#0072B2', dark: '#56B4E9' },
	{ light: '#D55E00', dark: '#FF8C42' },
	{ light: '#007D5A', dark: '#3CC99B' },
	{ light: '#AA3399', dark: '#E08AD0' },
	{ light: '#8F6500', dark: '#E8B93A' },
	{ light: '#444444', dark: '#CFCFCF' },
	{ light: '#C2185B', dark: '#FF7AA8' }
] as const;
export const SERIES_COLOURS = SERIES_PALETTE.length;

export interface LeaderStyle {
	/**
	 * A CSS colour that follows the light or dark theme: `light-dark(…, …)`; a reference leader's
	 * is mixed with the page's surface (`color-mix`), so it draws lighter in either theme.
	 */
	colour: string;
	/**
	 * The light-theme colour as hex, for exports that must stand alone (SVG, PNG); the downloads
	 * mix a reference leader's with their white page (`printStyles`, in export/chart-frame.ts).
	 */
	printColour: string;
	shape: Shape;
	/** A reference leader: drawn lighter, and named in italics wherever a name is drawn. */
	reference: boolean;
}

/**
 * How much of their colour a reference leader's marks and lines keep, the rest being the page:
 * lighter than the cast, so the cast stays the story, and still their hue, so each stays apart.
 * Colour is never the only cue: their names are in italics, their timeline lines thinner, and
 * the key says what lighter means.
 */
export const REFERENCE_STRENGTH = 0.55;

/** A CSS colour drawn as a reference leader's: mixed with the page's surface, in either theme. */
export function referenceColour(colour: string): string {
	return `color-mix(in srgb, ${colour} ${Math.round(REFERENCE_STRENGTH * 100)}%, var(--surface))`;
}

/**
 * The style of every leader, by id, from their place in `leaderIds` (the display order: the cast,
 * then the reference leaders, so adding a reference leader changes no cast member's style). Past
 * seven leaders, colours and shapes repeat out of step.
 */
export function leaderStyles(
	leaderIds: readonly string[],
	referenceIds: Iterable<string> = []
): Map<string, LeaderStyle> {
	const references = new Set(referenceIds);
	return new Map(
		leaderIds.map((id, i) => {
			const { light, dark } = SERIES_PALETTE[i % SERIES_COLOURS] ?? SERIES_PALETTE[0];
			const reference = references.has(id);
			const colour = `light-dark(${light}, ${dark})`;
			const style: LeaderStyle = {
				colour: reference ? referenceColour(colour) : colour,
				printColour: light,
				// Shapes advance once per full turn of the colours, so the eighth leader
				// differs from the first in shape even though the colour repeats.
				shape: SHAPES[(i + Math.floor(i / SERIES_COLOURS)) % SHAPES.length] ?? 'circle',
				reference
			};
			return [id, style];
		})
	);
}

/** An SVG path for a shape centred on (0, 0) that fits a circle of radius `r`. */
export function shapePath(shape: Shape, r: number): string {
	const n = (v: number) => Math.round(v * 100) / 100;
	switch (shape) {
		case 'circle':
			return `M${n(-r)},0A${n(r)},${n(r)} 0 1,0 ${n(r)},0A${n(r)},${n(r)} 0 1,0 ${n(-r)},0Z`;
		case 'square': {
			const s = r * 0.85;
			return `M${n(-s)},${n(-s)}H${n(s)}V${n(s)}H${n(-s)}Z`;
		}
		case 'triangle':
			return `M0,${n(-r)}L${n(r * 0.95)},${n(r * 0.7)}H${n(-r * 0.95)}Z`;
		case 'triangle-down':
			return `M0,${n(r)}L${n(r * 0.95)},${n(-r * 0.7)}H${n(-r * 0.95)}Z`;
		case 'diamond':
			return `M0,${n(-r)}L${n(r)},0L0,${n(r)}L${n(-r)},0Z`;
		case 'plus': {
			const t = r * 0.38;
			return `M${n(-t)},${n(-r)}H${n(t)}V${n(-t)}H${n(r)}V${n(t)}H${n(t)}V${n(r)}H${n(-t)}V${n(t)}H${n(-r)}V${n(-t)}H${n(-t)}Z`;
		}
		case 'star': {
			const points: string[] = [];
			for (let i = 0; i < 10; i++) {
				const radius = i % 2 === 0 ? r : r * 0.45;
				const angle = (Math.PI / 5) * i - Math.PI / 2;
				points.push(`${n(Math.cos(angle) * radius)},${n(Math.sin(angle) * radius)}`);
			}
			return `M${points.join('L')}Z`;
		}
	}
}
