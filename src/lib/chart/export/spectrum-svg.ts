/**
 * The spectra as a standalone SVG document: for each shown axis, a closed-to-open line with its
 * five levels, and each shown leader's marker and name at their level as of one month, with a
 * trail back to where they stood at an earlier month. Marks carry `data-stance-id`, so tests (and
 * anyone reading the file) can tell which stances are drawn.
 */
import type { Axis } from '../../data/schema.ts';
import { formatDate } from '../../model/format-date.ts';
import { layoutSpectrum, type SpectrumMark } from '../../model/spectrum-layout.ts';
import {
	chartParts,
	CONTENT_WIDTH,
	footerBlock,
	headerBlock,
	INK,
	linesSvg,
	MARGIN,
	svgDocument,
	textSvg,
	WIDTH,
	type Block,
	type ChartExportInput,
	type ChartParts,
	type KeyItem
} from './chart-frame.ts';
import { markerSvg } from './marker-svg.ts';
import { packRows } from './pack-rows.ts';
import { textWidth, truncateText, wrapText } from './svg-text.ts';

const R = 8; // marker radius
const NAME_SIZE = 14;
const NAME_GAP = 6; // between a marker and its name
const NAME_MAX = 170; // longer names are cut with an ellipsis
const ROW = 28;
const LEVEL_SIZE = 13;

/** A mark placed in pixels: where its marker, name and trail go, and which row it takes. */
interface PlacedMark {
	mark: SpectrumMark;
	x: number;
	name: string;
	/** Which side of the marker the name sits: away from the trail, so the two never cross. */
	side: 'left' | 'right';
	ghostX: number | null;
	row: number;
}

/** The x of each level, shared by every panel so the levels line up down the page. */
function levelScale(parts: ChartParts) {
	const names = parts.leaders.map((l) => truncateText(l.shortName, NAME_MAX, NAME_SIZE));
	const widest = Math.max(0, ...names.map((n) => textWidth(n, NAME_SIZE)));
	const pad = Math.max(R + NAME_GAP + widest, 64);
	const left = MARGIN + pad;
	const step = (WIDTH - MARGIN - pad - left) / 4;
	return { x: (level: number) => left + level * step, step, pad };
}

function placeMarks(
	marks: SpectrumMark[],
	parts: ChartParts,
	x: (level: number) => number
): PlacedMark[] {
	const placed = marks.map((mark) => {
		const leader = parts.leaders.find((l) => l.id === mark.leaderId);
		const name = truncateText(leader?.shortName ?? mark.leaderId, NAME_MAX, NAME_SIZE);
		const side: 'left' | 'right' =
			mark.fromPosition !== undefined && mark.fromPosition > mark.position ? 'left' : 'right';
		return {
			mark,
			x: x(mark.position),
			name,
			side,
			ghostX: mark.fromPosition === undefined ? null : x(mark.fromPosition),
			row: 0
		};
	});
	const rows = packRows(
		placed.map((p) => {
			const reach = R + NAME_GAP + textWidth(p.name, NAME_SIZE);
			let lo = p.side === 'left' ? p.x - reach : p.x - R;
			let hi = p.side === 'right' ? p.x + reach : p.x + R;
			if (p.ghostX !== null) {
				lo = Math.min(lo, p.ghostX - R);
				hi = Math.max(hi, p.ghostX + R);
			}
			return { lo, hi, row: p.mark.row };
		}),
		10
	);
	return placed.map((p, i) => ({ ...p, row: rows[i] ?? 0 }));
}

/** The trail, marker and name of one leader, centred on row y. */
function markSvg(p: PlacedMark, parts: ChartParts, y: number): string {
	const style = parts.styles.get(p.mark.leaderId);
	const colour = style?.printColour ?? INK.text;
	const shape = style?.shape ?? 'circle';
	let svg = '';
	if (p.ghostX !== null) {
		const towards = Math.sign(p.x - p.ghostX);
		svg +=
			`<line x1="${p.ghostX + towards * (R + 2)}" x2="${p.x - towards * (R + 3)}" y1="${y}" y2="${y}" ` +
			`stroke="${colour}" stroke-width="1.5" stroke-dasharray="4 3" opacity="0.5"/>`;
		svg += markerSvg({
			x: p.ghostX,
			y,
			r: R - 1,
			shape,
			colour,
			evidence: 'ghost',
			attrs: { 'data-trail-for': p.mark.stance.id }
		});
	}
	svg += markerSvg({
		x: p.x,
		y,
		r: R,
		shape,
		colour,
		evidence: p.mark.stance.evidence,
		attrs: { 'data-stance-id': p.mark.stance.id, 'data-leader-id': p.mark.leaderId }
	});
	const nameX = p.side === 'right' ? p.x + R + NAME_GAP : p.x - R - NAME_GAP;
	svg += textSvg(nameX, y + 5, p.name, {
		size: NAME_SIZE,
		fill: INK.label,
		anchor: p.side === 'right' ? 'start' : 'end',
		// A reference leader's name is in italics, as on the page.
		italic: style?.reference === true
	});
	return svg;
}

/** One axis: its name and question, the level line, and the placed marks in `rows` rows. */
function panelBlock(
	axis: Axis,
	placed: PlacedMark[],
	rows: number,
	scale: ReturnType<typeof levelScale>,
	parts: ChartParts
): Block {
	let svg = textSvg(MARGIN, 18, truncateText(axis.label, CONTENT_WIDTH, 18, true), {
		size: 18,
		bold: true
	});
	const question = wrapText(axis.question, CONTENT_WIDTH, 13, 2);
	svg += linesSvg(MARGIN, 38, question, 17, { size: 13, fill: INK.muted });
	const labelWidth = Math.min(scale.step - 12, 2 * scale.pad);
	const levelLines = axis.levels.map((l) => wrapText(l.label, labelWidth, LEVEL_SIZE, 2));
	const lineCount = Math.max(1, ...levelLines.map((l) => l.length));
	const labelTop = 38 + (question.length - 1) * 17 + 28;
	const baseline = labelTop + (lineCount - 1) * 16 + 12;
	const firstRow = baseline + 24;
	const bottom = firstRow + (rows - 1) * ROW + R + 4;
	const [x0, x4] = [scale.x(0), scale.x(4)];
	levelLines.forEach((lines, level) => {
		const x = scale.x(level);
		// Bottom-align two-line labels so every label sits just above the line.
		const top = labelTop + (lineCount - lines.length) * 16;
		svg += linesSvg(x, top, lines, 16, { size: LEVEL_SIZE, fill: INK.label, anchor: 'middle' });
		svg += `<line x1="${x}" x2="${x}" y1="${baseline + 6}" y2="${bottom}" stroke="${INK.guide}"/>`;
		svg += `<line x1="${x}" x2="${x}" y1="${baseline - 5}" y2="${baseline + 5}" stroke="${INK.rule}" stroke-width="1.5"/>`;
	});
	svg += `<line x1="${x0}" x2="${x4}" y1="${baseline}" y2="${baseline}" stroke="${INK.rule}" stroke-width="1.5"/>`;
	if (placed.length === 0) {
		svg += textSvg((x0 + x4) / 2, firstRow + 5, 'No stated stance yet', {
			size: NAME_SIZE,
			fill: INK.muted,
			anchor: 'middle',
			italic: true
		});
	}
	for (const p of placed) svg += markSvg(p, parts, firstRow + p.row * ROW);
	return { svg: `<g data-axis="${axis.id}">${svg}</g>`, height: bottom };
}

/** The key entry for trails: a ghost joined to a marker. */
function trailItem(fromLabel: string): KeyItem {
	return {
		swatch: 44,
		label: `moved since ${fromLabel} (faint: the level then)`,
		draw: (x, y) =>
			markerSvg({ x: x + 6, y, r: 5.5, shape: 'circle', colour: INK.muted, evidence: 'ghost' }) +
			`<line x1="${x + 14}" x2="${x + 29}" y1="${y}" y2="${y}" stroke="${INK.muted}" stroke-width="1.5" stroke-dasharray="4 3" opacity="0.6"/>` +
			markerSvg({ x: x + 38, y, r: 6, shape: 'circle', colour: INK.muted, evidence: 'explicit' })
	};
}

/** The spectra at `input.month` as a standalone SVG document. */
export function spectrumSvg(input: ChartExportInput): string {
	const parts = chartParts(input);
	const ids = parts.leaders.map((l) => l.id);
	const monthLabel = formatDate(input.month);
	const fromLabel = input.fromMonth === null ? null : formatDate(input.fromMonth);
	const title = `Where AI lab leaders stand on openness, ${monthLabel}`;
	const subtitle =
		`Each leader's latest stated stance as of ${monthLabel}` +
		(fromLabel === null ? '' : `; trails from ${fromLabel}`) +
		'. Levels run from closed (left) to open (right).';
	const scale = levelScale(parts);
	const panels = parts.axes.map((axis) => {
		const marks = layoutSpectrum(input.dataset.stances, axis.id, ids, input.month, input.fromMonth);
		return { axis, placed: placeMarks(marks, parts, scale.x) };
	});
	const moved = panels.some((p) => p.placed.some((m) => m.ghostX !== null));
	const blocks = [
		headerBlock(title, subtitle),
		...panels.map((p) =>
			panelBlock(p.axis, p.placed, Math.max(1, ...p.placed.map((m) => m.row + 1)), scale, parts)
		),
		footerBlock(
			parts,
			input.dataset,
			fromLabel !== null && moved ? { heading: 'Trails', items: [trailItem(fromLabel)] } : null
		)
	];
	return svgDocument(title, subtitle, blocks);
}
