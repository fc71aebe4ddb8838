/**
 * What a story step's chart draws, as plain values that can be compared between two datasets:
 * the frame (month, trail month, view, axis, leaders shown and highlighted, the annotation), each
 * leader's point on each spectrum it shows (level, trail, kind of evidence, faded when stale, its
 * row), and on the timelines each leader's line (every stance's date, level and evidence), the
 * events and the time range. Two steps draw the same chart when their pieces are equal, whatever
 * objects they were made from.
 */
import type { AxisId, StepChart } from '../../data/schema.ts';
import { chartFacts } from '../../chart/chart-model.ts';
import { isStale, staleAfterMonths } from '../../model/age.ts';
import { chartDomain, shownLeaderIds, type ChartState } from '../../model/chart-state.ts';
import type { Dataset } from '../../model/dataset.ts';
import { layoutSpectrum } from '../../model/spectrum-layout.ts';
import { stepChartState } from '../../story/step-state.ts';

/** One thing a chart draws. `leaderId` is set for a leader's point or line. */
export interface DrawnPiece {
	/** Names the piece: the same piece in another dataset has the same key. */
	key: string;
	leaderId?: string;
	/** What the reader sees of it that the words could speak of: level, trail, evidence, age. */
	value: string;
	/** Where it is placed beside the others (a spectrum's row): drawn, but never worth words. */
	layout: string;
}

/** A step's chart: its state, and every piece it draws. */
export interface DrawnStep {
	state: ChartState;
	pieces: DrawnPiece[];
}

/** What a dataset's charts share, worked out once for all its steps. */
export interface DrawingContext {
	dataset: Dataset;
	domain: ReturnType<typeof chartDomain>;
	spectrumRows: number;
	staleAfter: number;
}

/** Contexts already worked out: the published dataset's is asked for at every check of a draft. */
const contexts = new WeakMap<Dataset, DrawingContext>();

export function drawingContext(dataset: Dataset): DrawingContext {
	const known = contexts.get(dataset);
	if (known) return known;
	const ctx = {
		dataset,
		domain: chartDomain(dataset),
		spectrumRows: chartFacts(dataset).spectrumRows,
		staleAfter: staleAfterMonths(dataset.meta)
	};
	contexts.set(dataset, ctx);
	return ctx;
}

function spectrumPieces(ctx: DrawingContext, state: ChartState, axis: AxisId): DrawnPiece[] {
	const leaderIds = shownLeaderIds(state, ctx.domain);
	return layoutSpectrum(
		ctx.dataset.stances,
		axis,
		leaderIds,
		state.date,
		state.from,
		ctx.spectrumRows
	).map((mark) => ({
		key: `spectrum|${axis}|${mark.leaderId}`,
		leaderId: mark.leaderId,
		value: JSON.stringify([
			mark.position,
			mark.fromPosition ?? null,
			mark.stance.evidence,
			isStale(mark.stance, state.date, ctx.staleAfter)
		]),
		layout: String(mark.row)
	}));
}

function timelinePieces(ctx: DrawingContext, state: ChartState, axis: AxisId): DrawnPiece[] {
	return shownLeaderIds(state, ctx.domain).map((leaderId) => ({
		key: `timeline|${axis}|${leaderId}`,
		leaderId,
		value: JSON.stringify(
			ctx.dataset.stances
				.filter((s) => s.leaderId === leaderId && s.axis === axis)
				.map((s) => [s.asOf, s.position, s.evidence])
		),
		layout: ''
	}));
}

/** What `chart` (a step's, with its `annotation`) draws from `ctx`'s dataset. */
export function drawnStep(
	ctx: DrawingContext,
	chart: StepChart,
	annotation: string | undefined
): DrawnStep {
	const state = stepChartState(chart, ctx.domain);
	const axes = ctx.domain.axisIds.filter((id) => state.axis === null || id === state.axis);
	const frame: DrawnPiece = {
		key: 'frame',
		value: JSON.stringify([
			state.date,
			state.from,
			state.view,
			state.axis,
			shownLeaderIds(state, ctx.domain),
			state.highlight,
			annotation ?? null
		]),
		layout: ''
	};
	const pieces = [frame];
	if (state.view !== 'timelines') {
		for (const axis of axes) pieces.push(...spectrumPieces(ctx, state, axis));
	}
	if (state.view !== 'spectrum') {
		pieces.push({
			key: 'timeline-range',
			value: JSON.stringify([ctx.domain.months[0], ctx.domain.months.at(-1)]),
			layout: ''
		});
		pieces.push({
			key: 'events',
			value: JSON.stringify(ctx.dataset.events.map((e) => [e.id, e.date, e.label])),
			layout: ''
		});
		for (const axis of axes) pieces.push(...timelinePieces(ctx, state, axis));
	}
	return { state, pieces };
}

/** How two drawings of a step differ: whether anything drawn did, and whose points moved. */
export interface DrawingChange {
	changed: boolean;
	/** Leaders whose point or line differs in what it shows (not only in its row), in `after`'s order. */
	leaderIds: string[];
}

export function compareDrawings(before: DrawnStep, after: DrawnStep): DrawingChange {
	const old = new Map(before.pieces.map((p) => [p.key, p]));
	const keys = new Set(after.pieces.map((p) => p.key));
	let changed = before.pieces.some((p) => !keys.has(p.key));
	const leaderIds: string[] = [];
	const moved = (leaderId: string | undefined) => {
		if (leaderId !== undefined && !leaderIds.includes(leaderId)) leaderIds.push(leaderId);
	};
	for (const piece of after.pieces) {
		const was = old.get(piece.key);
		if (!was || was.value !== piece.value) {
			changed = true;
			moved(piece.leaderId);
		} else if (was.layout !== piece.layout) changed = true;
	}
	// A point that is no longer drawn (a stance removed, or moved later than the step's month).
	for (const piece of before.pieces) if (!keys.has(piece.key)) moved(piece.leaderId);
	return { changed, leaderIds };
}
