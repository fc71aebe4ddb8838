/**
 * Two clocks, apart: where an earlier release placed each leader at the month shown, beside where
 * the data places them now. A point placed differently by the two is a re-scoring by the editors
 * (or a stance added or removed since), never a leader's move, which the time control shows.
 */
import { monthOf } from './months.ts';
import type { ReleasedPosition } from './release.ts';
import type { StanceView } from './dataset.ts';

/** Where a release placed one leader on one axis at a month. */
export interface Ghost {
	leaderId: string;
	axis: string;
	position: number;
	asOf: string;
}

/**
 * Each leader's latest position on `axis` at the end of `month` in a release (positions sorted by
 * date, as `releasedPositions` gives them), by leader id.
 */
export function ghostsAt(
	positions: readonly ReleasedPosition[],
	month: string,
	axis: string
): Map<string, Ghost> {
	const ghosts = new Map<string, Ghost>();
	for (const [, leaderId, onAxis, asOf, position] of positions) {
		if (monthOf(asOf) > month) break;
		if (onAxis === axis) ghosts.set(leaderId, { leaderId, axis, position, asOf });
	}
	return ghosts;
}

/** A leader placed differently by a release than by the data now, at one month on one axis. */
export interface Replaced {
	leaderId: string;
	axis: string;
	/** The release's position then; undefined: the release had no point. */
	then?: number;
	/** The data's position now; undefined: the data has no point. */
	now?: number;
}

/**
 * The leaders of `leaderIds` whose point at `month` on `axis` differs between a release and the
 * stances drawn now (`current`: each leader's stance as of the month, by leader id).
 */
export function replacedAt(
	ghosts: ReadonlyMap<string, Ghost>,
	current: ReadonlyMap<string, Pick<StanceView, 'position'>>,
	leaderIds: readonly string[],
	axis: string
): Replaced[] {
	return leaderIds.flatMap((leaderId) => {
		const then = ghosts.get(leaderId)?.position;
		const now = current.get(leaderId)?.position;
		if (then === now) return [];
		return [
			{
				leaderId,
				axis,
				...(then === undefined ? {} : { then }),
				...(now === undefined ? {} : { now })
			}
		];
	});
}
