/**
 * Stage three for the timelines: each leader's stances on one axis as a step series. A stance
 * holds from its date until the leader's next stance on that axis, and the last one holds to the
 * end of the time axis. Each shown leader gets a lane, a small fixed offset within a level, so
 * leaders who share a level draw side by side instead of on top of each other.
 */
import type { AxisId } from '../data/schema.ts';
import type { StanceView } from './dataset.ts';
import { decimalYear } from './months.ts';

export interface StepPoint {
	stance: StanceView;
	/** When the stance starts to hold, as a decimal year. */
	x: number;
	position: number;
}

export interface StepSeries {
	leaderId: string;
	axis: AxisId;
	/** In date order. */
	points: StepPoint[];
	/** Where the last stance stops being drawn (the end of the time axis). */
	end: number;
	/** The leader's lane, centred on 0: from -(n-1)/2 to (n-1)/2 for n shown leaders. */
	lane: number;
}

/** The step series of every shown leader with at least one stance on `axis`. */
export function stepSeries(
	stances: readonly StanceView[],
	axis: AxisId,
	leaderIds: readonly string[],
	end: number
): StepSeries[] {
	const centre = (leaderIds.length - 1) / 2;
	const byLeader = new Map<string, StepPoint[]>();
	for (const stance of stances) {
		if (stance.axis !== axis) continue;
		const points = byLeader.get(stance.leaderId) ?? [];
		points.push({ stance, x: decimalYear(stance.asOf), position: stance.position });
		byLeader.set(stance.leaderId, points);
	}
	const series: StepSeries[] = [];
	leaderIds.forEach((leaderId, index) => {
		const points = byLeader.get(leaderId);
		if (!points) return;
		points.sort((a, b) => a.x - b.x);
		series.push({ leaderId, axis, points, end, lane: index - centre });
	});
	return series;
}

/**
 * The SVG path of a step series in whatever units `x` and `y` map to: horizontal runs at each
 * level joined by vertical risers where the stance changes.
 */
export function stepPath(
	series: Pick<StepSeries, 'points' | 'end'>,
	x: (year: number) => number,
	y: (position: number) => number
): string {
	const [first, ...rest] = series.points;
	if (!first) return '';
	const round = (n: number) => Math.round(n * 1000) / 1000;
	let d = `M${round(x(first.x))},${round(y(first.position))}`;
	for (const point of rest) {
		d += `H${round(x(point.x))}V${round(y(point.position))}`;
	}
	return `${d}H${round(x(series.end))}`;
}

/**
 * How far apart neighbouring lanes sit, in levels. All lanes together span at most 0.6 of a
 * level, so a leader's line always stays nearer its own level than the next one.
 */
export function laneStep(laneCount: number): number {
	return laneCount <= 1 ? 0 : Math.min(0.12, 0.6 / (laneCount - 1));
}

/**
 * Sideways nudges for marks that would cover each other: points of different leaders at the same
 * level within `windowYears` of each other form a group, and each member gets an offset centred
 * on 0 (-0.5 and 0.5 for a pair), in mark widths. Lines keep their true dates; only marks move
 * apart, so both stay visible and clickable.
 */
export function markNudges(
	series: readonly StepSeries[],
	windowYears = 2 / 12
): Map<string, number> {
	const points = series
		.flatMap((s) => s.points)
		.sort((a, b) => a.position - b.position || a.x - b.x);
	const nudges = new Map<string, number>();
	let group: StepPoint[] = [];
	const flush = () => {
		group.forEach((p, i) => nudges.set(p.stance.id, i - (group.length - 1) / 2));
		group = [];
	};
	for (const point of points) {
		const last = group.at(-1);
		if (last && (last.position !== point.position || point.x - last.x > windowYears)) flush();
		group.push(point);
	}
	flush();
	return nudges;
}
