/**
 * The timelines as a standalone SVG document: one small multiple per shown axis, time across and
 * the five levels up, each shown leader's stances as a step line in their colour with their marker
 * at every stance. A vertical line marks the month shown and what comes after it is faded, so the
 * file says which moment it was saved at. Marks carry `data-stance-id`, events `data-event-id`.
 */
import type { Axis } from '../../data/schema.ts';
import { chartDomain } from '../../model/chart-state.ts';
import type { EventView } from '../../model/dataset.ts';
import { formatDate } from '../../model/format-date.ts';
import { decimalYear, endOfMonthYear } from '../../model/months.ts';
import {
	laneStep,
	markNudges,
	stepPath,
	stepSeries,
	type StepSeries
} from '../../model/step-series.ts';
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
import { haloSvg, markerSvg } from './marker-svg.ts';
import { escapeXml, textWidth, truncateText, wrapText } from './svg-text.ts';

const LEVEL = 42; // pixels between levels
const R = 5.5; // marker radius
const TICK_SIZE = 12;
const LEVEL_LABEL_MAX = 150;
const FADED_LINE = 0.3;
const FADED_MARK = 0.45;

/** The time and level scales, shared by every panel so the panels line up. */
interface Frame {
	x: (year: number) => number;
	start: number;
	end: number;
	left: number;
	right: number;
	/** The decimal year the shown month ends at: the vertical line. */
	shown: number;
	shownLabel: string;
	/** Label every `labelEvery`th year. */
	labelEvery: number;
	lane: number;
}

function makeFrame(input: ChartExportInput, parts: ChartParts): Frame {
	const months = chartDomain(input.dataset).months;
	const start = decimalYear(months[0] ?? input.month);
	const end = endOfMonthYear(months.at(-1) ?? input.month);
	const widest = Math.max(
		0,
		...parts.axes.flatMap((a) =>
			a.levels.map((l) => textWidth(truncateText(l.label, LEVEL_LABEL_MAX, TICK_SIZE), TICK_SIZE))
		)
	);
	const left = MARGIN + widest + 14;
	const right = WIDTH - MARGIN - 8;
	const x = (year: number) => left + ((year - start) / (end - start || 1)) * (right - left);
	const perYear = (right - left) / (end - start || 1);
	const yearLabel = textWidth('2026', TICK_SIZE) + 12;
	return {
		x,
		start,
		end,
		left,
		right,
		shown: Math.min(Math.max(endOfMonthYear(input.month), start), end),
		shownLabel: formatDate(input.month),
		labelEvery: perYear >= yearLabel ? 1 : perYear * 2 >= yearLabel ? 2 : 5,
		lane: laneStep(parts.leaders.length)
	};
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Year ticks and labels along the time axis at `axisY`, with faint year lines above it. */
function timeAxisSvg(f: Frame, top: number, axisY: number): string {
	let svg = `<line x1="${f.left}" x2="${f.right}" y1="${axisY}" y2="${axisY}" stroke="${INK.rule}" stroke-width="1.5"/>`;
	for (let year = Math.ceil(f.start); year <= Math.floor(f.end); year++) {
		const x = round(f.x(year));
		svg += `<line x1="${x}" x2="${x}" y1="${top}" y2="${axisY}" stroke="${INK.guide}"/>`;
		svg += `<line x1="${x}" x2="${x}" y1="${axisY}" y2="${axisY + 5}" stroke="${INK.rule}"/>`;
		if (year % f.labelEvery !== 0) continue;
		const nearEnd = f.right - x < 18;
		svg += textSvg(nearEnd ? x + 2 : x, axisY + 19, String(year), {
			size: TICK_SIZE,
			fill: INK.label,
			anchor: nearEnd ? 'end' : 'middle'
		});
	}
	return svg;
}

/** Small triangles on the time axis, one per dated event. */
function eventsSvg(events: EventView[], f: Frame, axisY: number): string {
	return events
		.map((event) => {
			const year = decimalYear(event.date);
			if (year < f.start || year > f.end) return '';
			const x = round(f.x(year));
			return `<path d="M${x},${axisY - 9}L${round(x + 4.5)},${axisY - 1.5}H${round(x - 4.5)}Z" fill="${INK.muted}" data-event-id="${escapeXml(event.id)}"/>`;
		})
		.join('');
}

/** One leader's step line, drawn twice: in full up to the shown month, faded after it. */
function lineSvg(
	s: StepSeries,
	f: Frame,
	y: (level: number) => number,
	colour: string,
	axisId: string,
	reference = false
) {
	const d = stepPath(s, f.x, (level) => y(level + s.lane * f.lane));
	// A reference leader's line is thinner as well as lighter, as on the page.
	const width = reference ? 1.25 : 2.25;
	const line = (clip: string, faded: string) =>
		`<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round" clip-path="url(#${clip}-${axisId})"${faded}/>`;
	return line('past', '') + line('future', ` opacity="${FADED_LINE}"`);
}

/** A marker at each of a leader's stances, on a white halo; faded after the shown month. */
function pointsSvg(
	s: StepSeries,
	f: Frame,
	y: (level: number) => number,
	parts: ChartParts,
	nudges: Map<string, number>
) {
	const style = parts.styles.get(s.leaderId);
	let svg = '';
	for (const point of s.points) {
		const at = {
			// Marks that would cover each other sit side by side, as on the page.
			x: f.x(point.x) + (nudges.get(point.stance.id) ?? 0) * (2 * R + 2),
			y: y(point.position + s.lane * f.lane),
			r: R,
			shape: style?.shape ?? 'circle'
		};
		const later = point.x >= f.shown;
		svg +=
			(later ? '' : haloSvg(at)) +
			markerSvg({
				...at,
				colour: style?.printColour ?? INK.text,
				evidence: point.stance.evidence,
				attrs: { 'data-stance-id': point.stance.id, 'data-leader-id': s.leaderId },
				...(later ? { opacity: FADED_MARK } : {})
			});
	}
	return svg;
}

function panelBlock(axis: Axis, input: ChartExportInput, parts: ChartParts, f: Frame): Block {
	let svg = textSvg(MARGIN, 18, truncateText(axis.label, CONTENT_WIDTH, 18, true), {
		size: 18,
		bold: true
	});
	const question = wrapText(axis.question, CONTENT_WIDTH, 13, 2);
	svg += linesSvg(MARGIN, 38, question, 17, { size: 13, fill: INK.muted });
	const bandTop = 38 + (question.length - 1) * 17 + 10;
	const plotTop = bandTop + 40; // the y of level 4
	const y = (level: number) => plotTop + (4 - level) * LEVEL;
	const axisY = y(0) + 24;
	const top = plotTop - 20;
	const shownX = round(f.x(f.shown));
	svg +=
		`<defs><clipPath id="past-${axis.id}"><rect x="0" y="0" width="${shownX}" height="${axisY}"/></clipPath>` +
		`<clipPath id="future-${axis.id}"><rect x="${shownX}" y="0" width="${WIDTH - shownX}" height="${axisY}"/></clipPath></defs>`;
	for (const level of axis.levels) {
		const ly = y(level.value);
		svg += `<line x1="${f.left}" x2="${f.right}" y1="${ly}" y2="${ly}" stroke="${INK.guide}"/>`;
		svg += textSvg(f.left - 10, ly + 4, truncateText(level.label, LEVEL_LABEL_MAX, TICK_SIZE), {
			size: TICK_SIZE,
			fill: INK.label,
			anchor: 'end'
		});
	}
	svg += timeAxisSvg(f, top, axisY);
	const ids = parts.leaders.map((l) => l.id);
	const series = stepSeries(input.dataset.stances, axis.id, ids, f.end);
	// Every line before any marker, so no line runs over a marker.
	for (const s of series) {
		const style = parts.styles.get(s.leaderId);
		svg += lineSvg(s, f, y, style?.printColour ?? INK.text, axis.id, style?.reference);
	}
	const nudges = markNudges(series);
	for (const s of series) svg += pointsSvg(s, f, y, parts, nudges);
	svg += eventsSvg(input.dataset.events, f, axisY);
	svg += `<line x1="${shownX}" x2="${shownX}" y1="${bandTop + 8}" y2="${axisY}" stroke="${INK.text}" stroke-width="1.5"/>`;
	const labelRight = shownX + 6 + textWidth(f.shownLabel, TICK_SIZE, true) > f.right + MARGIN - 4;
	svg += textSvg(labelRight ? shownX - 6 : shownX + 6, bandTop + 20, f.shownLabel, {
		size: TICK_SIZE,
		bold: true,
		anchor: labelRight ? 'end' : 'start'
	});
	return { svg: `<g data-axis="${axis.id}">${svg}</g>`, height: axisY + 24 };
}

function keyItems(f: Frame, events: boolean): KeyItem[] {
	const items: KeyItem[] = [
		{
			swatch: 10,
			label: `${f.shownLabel}, the date shown`,
			draw: (x, y) =>
				`<line x1="${x + 5}" x2="${x + 5}" y1="${y - 8}" y2="${y + 8}" stroke="${INK.text}" stroke-width="1.5"/>`
		}
	];
	if (events) {
		items.push({
			swatch: 10,
			label: 'a dated event (listed in the explore view)',
			draw: (x, y) =>
				`<path d="M${x + 5},${y - 5}L${x + 9.5},${y + 3.5}H${x + 0.5}Z" fill="${INK.muted}"/>`
		});
	}
	return items;
}

/** The timelines, with `input.month` marked, as a standalone SVG document. */
export function timelinesSvg(input: ChartExportInput): string {
	const parts = chartParts(input);
	const f = makeFrame(input, parts);
	const months = chartDomain(input.dataset).months;
	const span = `${formatDate(months[0] ?? input.month)} – ${formatDate(months.at(-1) ?? input.month)}`;
	const title = `Where AI lab leaders have stood on openness, ${span}`;
	const later = input.dataset.stances.some((s) => decimalYear(s.asOf) >= f.shown);
	const subtitle =
		`Each leader's stated stances over time, from closed (bottom) to open (top). ` +
		`The vertical line marks ${f.shownLabel}` +
		(later ? '; later stances are faded.' : '.');
	const blocks = [
		headerBlock(title, subtitle),
		...parts.axes.map((axis) => panelBlock(axis, input, parts, f)),
		footerBlock(parts, input.dataset, {
			heading: 'Marks',
			items: keyItems(f, input.dataset.events.length > 0)
		})
	];
	return svgDocument(title, subtitle, blocks);
}
