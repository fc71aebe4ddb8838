/**
 * What every exported chart shares: its input, the page geometry and ink, the header (title and
 * the date shown), the footer (a key and the source line naming the dataset version) and the SVG
 * document around them. A chart is built as blocks of known height stacked top to bottom, so the
 * document's height always fits its content.
 */
import type { Axis, AxisId } from '../../data/schema.ts';
import type { Dataset, LeaderView } from '../../model/dataset.ts';
import { formatDate } from '../../model/format-date.ts';
import { leaderStyles, REFERENCE_STRENGTH, type LeaderStyle } from '../../model/leader-style.ts';
import { EVIDENCE, EVIDENCE_KINDS, FOR_REFERENCE, REFERENCE_KEY } from '../../vocabulary.ts';
import { markerSvg } from './marker-svg.ts';
import { escapeXml, textWidth, truncateText, wrapText } from './svg-text.ts';

/** What an exported chart shows: the same choices as a `ChartState`, resolved against a dataset. */
export interface ChartExportInput {
	dataset: Dataset;
	/** Leaders shown, in display order; empty means every leader, as in `ChartState`. */
	leaderIds: string[];
	/** The month shown, "YYYY-MM". */
	month: string;
	/** An earlier month to draw trails from on the spectra, or null. */
	fromMonth: string | null;
	/** One axis in focus, or null for all four. */
	axis: AxisId | null;
}

export const WIDTH = 1200;
export const MARGIN = 40;
export const CONTENT_WIDTH = WIDTH - 2 * MARGIN;
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/** Light-theme ink, as hex: an export stands alone, with no page styles to inherit. */
export const INK = {
	text: '#1b1d21',
	label: '#33363c',
	muted: '#555b66',
	rule: '#a8a49b',
	guide: '#e6e3dc'
} as const;

/** A piece of a chart drawn from y = 0 down, and how tall it is. */
export interface Block {
	svg: string;
	height: number;
}

/** The leaders and axes an input shows, and every leader's style. */
export interface ChartParts {
	leaders: LeaderView[];
	axes: Axis[];
	/** By the dataset's full leader order, so colours match the page whoever is shown. */
	styles: Map<string, LeaderStyle>;
}

export function chartParts(input: ChartExportInput): ChartParts {
	const { dataset } = input;
	const byId = new Map(dataset.leaders.map((l) => [l.id, l]));
	const leaders =
		input.leaderIds.length === 0
			? dataset.leaders
			: input.leaderIds.flatMap((id) => byId.get(id) ?? []);
	return {
		leaders,
		axes: input.axis === null ? dataset.axes : dataset.axes.filter((a) => a.id === input.axis),
		styles: printStyles(
			leaderStyles(
				dataset.leaders.map((l) => l.id),
				dataset.leaders.filter((l) => l.role === 'reference').map((l) => l.id)
			)
		)
	};
}

/** `hex` mixed with white, keeping `share` of it, as a hex colour (the downloads' white page). */
export function mixWithWhite(hex: string, share: number): string {
	const channel = (at: number) => {
		const value = Number.parseInt(hex.slice(at, at + 2), 16);
		return Math.round(value * share + 255 * (1 - share))
			.toString(16)
			.padStart(2, '0');
	};
	return `#${channel(1)}${channel(3)}${channel(5)}`.toUpperCase();
}

/** Styles for a download: a reference leader's print colour mixed with the white page, lighter. */
export function printStyles(styles: Map<string, LeaderStyle>): Map<string, LeaderStyle> {
	return new Map(
		[...styles].map(([id, style]) => [
			id,
			style.reference
				? { ...style, printColour: mixWithWhite(style.printColour, REFERENCE_STRENGTH) }
				: style
		])
	);
}

interface TextOptions {
	size: number;
	fill?: string;
	bold?: boolean;
	anchor?: 'start' | 'middle' | 'end';
	italic?: boolean;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** One line of text; the text is escaped. */
export function textSvg(x: number, y: number, text: string, o: TextOptions): string {
	const attrs = [
		`x="${round(x)}"`,
		`y="${round(y)}"`,
		`font-size="${o.size}"`,
		`fill="${o.fill ?? INK.text}"`,
		o.bold ? 'font-weight="700"' : '',
		o.italic ? 'font-style="italic"' : '',
		o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : ''
	].filter(Boolean);
	return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** Lines of text, one under another, the first baseline at `y`. */
export function linesSvg(
	x: number,
	y: number,
	lines: string[],
	lineHeight: number,
	o: TextOptions
): string {
	return lines.map((line, i) => textSvg(x, y + i * lineHeight, line, o)).join('');
}

/** The title and, under it, what the chart shows and when. */
export function headerBlock(title: string, subtitle: string): Block {
	const titleLines = wrapText(title, CONTENT_WIDTH, 26, 2, true);
	const subLines = wrapText(subtitle, CONTENT_WIDTH, 15, 3);
	const subTop = 26 + (titleLines.length - 1) * 32 + 26;
	return {
		svg:
			linesSvg(MARGIN, 26, titleLines, 32, { size: 26, bold: true }) +
			linesSvg(MARGIN, subTop, subLines, 20, { size: 15, fill: INK.muted }),
		height: subTop + (subLines.length - 1) * 20 + 6
	};
}

/** One entry of a key: a small drawing (centred on y) and its label. */
export interface KeyItem {
	/** Width of the drawing, before the label. */
	swatch: number;
	draw: (x: number, y: number) => string;
	label: string;
	italic?: boolean;
}

const KEY_SIZE = 13;
const KEY_LINE = 22;

/** A titled row of key entries that wraps onto more lines when it runs out of width. */
function keyRow(heading: string, items: KeyItem[], top: number): Block {
	const headingWidth = Math.max(textWidth(heading, KEY_SIZE, true) + 12, 84);
	const left = MARGIN + headingWidth;
	const right = MARGIN + CONTENT_WIDTH;
	let x = left;
	let line = 0;
	let svg = textSvg(MARGIN, top + 4.5, heading, { size: KEY_SIZE, bold: true, fill: INK.label });
	for (const item of items) {
		const label = truncateText(item.label, right - left - item.swatch - 6, KEY_SIZE);
		const width = item.swatch + 6 + textWidth(label, KEY_SIZE);
		if (x > left && x + width > right) {
			x = left;
			line += 1;
		}
		const y = top + line * KEY_LINE;
		svg += item.draw(x, y);
		svg += textSvg(x + item.swatch + 6, y + 4.5, label, {
			size: KEY_SIZE,
			fill: INK.label,
			...(item.italic ? { italic: true } : {})
		});
		x += width + 22;
	}
	return { svg, height: (line + 1) * KEY_LINE };
}

/** Key entries for the three kinds of evidence, drawn in neutral ink. */
function evidenceItems(): KeyItem[] {
	return EVIDENCE_KINDS.map((evidence) => ({
		swatch: 14,
		label: EVIDENCE[evidence].key,
		draw: (x, y) => markerSvg({ x: x + 7, y, r: 6.5, shape: 'circle', colour: INK.muted, evidence })
	}));
}

/**
 * Key entries for the shown leaders: shape and colour, with the full name (in italics for a
 * reference leader), and, when any reference leader is shown, what their lighter marks mean.
 */
function leaderItems(parts: ChartParts): KeyItem[] {
	const references = parts.leaders.some((l) => parts.styles.get(l.id)?.reference);
	const referenceKey: KeyItem = {
		swatch: 14,
		label: `${FOR_REFERENCE}: ${REFERENCE_KEY}`,
		draw: (x, y) =>
			markerSvg({
				x: x + 7,
				y,
				r: 6.5,
				shape: 'circle',
				colour: mixWithWhite(INK.muted, REFERENCE_STRENGTH),
				evidence: 'explicit',
				attrs: { 'data-key': 'reference' }
			})
	};
	return [
		...parts.leaders.map((leader) => leaderItem(parts, leader)),
		...(references ? [referenceKey] : [])
	];
}

function leaderItem(parts: ChartParts, leader: LeaderView): KeyItem {
	const style = parts.styles.get(leader.id);
	return {
		swatch: 14,
		label: leader.name,
		italic: style?.reference === true,
		draw: (x, y) =>
			style
				? markerSvg({
						x: x + 7,
						y,
						r: 6.5,
						shape: style.shape,
						colour: style.printColour,
						evidence: 'explicit'
					})
				: ''
	};
}

/** The source line: the dataset, its version and date, and where the quotes are. */
export function sourceLine(dataset: Dataset): string {
	const name = dataset.meta.title ?? 'Openness Spectrum dataset';
	return (
		`Source: ${name} v${dataset.meta.version} (updated ${formatDate(dataset.meta.updated)}). ` +
		'Every point cites a verbatim quote; see /data.'
	);
}

/** The key (evidence, leaders, any chart-specific entries) and the source line, under a rule. */
export function footerBlock(
	parts: ChartParts,
	dataset: Dataset,
	extra: { heading: string; items: KeyItem[] } | null
): Block {
	let svg = `<line x1="${MARGIN}" x2="${MARGIN + CONTENT_WIDTH}" y1="0" y2="0" stroke="${INK.guide}"/>`;
	let y = 24;
	const rows: (readonly [string, KeyItem[]])[] = [
		['Evidence', evidenceItems()],
		['Leaders', leaderItems(parts)],
		...(extra ? ([[extra.heading, extra.items]] as const) : [])
	];
	for (const [heading, items] of rows) {
		if (items.length === 0) continue;
		const row = keyRow(heading, items, y);
		svg += row.svg;
		y += row.height;
	}
	const source = wrapText(sourceLine(dataset), CONTENT_WIDTH, 13, 3);
	svg += linesSvg(MARGIN, y + 14, source, 18, { size: 13, fill: INK.muted });
	return { svg, height: y + 14 + (source.length - 1) * 18 + 4 };
}

/** A standalone SVG document: white page, system fonts, blocks stacked with a gap between. */
export function svgDocument(title: string, description: string, blocks: Block[]): string {
	const GAP = 28;
	let y = MARGIN - 8;
	let body = '';
	for (const block of blocks) {
		body += `<g transform="translate(0,${round(y)})">${block.svg}</g>`;
		y += block.height + GAP;
	}
	const height = Math.ceil(y - GAP + MARGIN - 12);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" ` +
		`viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" ` +
		`font-family="${FONT}">` +
		`<title id="chart-title">${escapeXml(title)}</title>` +
		`<desc id="chart-desc">${escapeXml(description)}</desc>` +
		`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
		body +
		'</svg>'
	);
}
