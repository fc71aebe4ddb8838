/**
 * Where playback is after some time has passed: pure, so the animation loop stays a thin shell
 * and the pacing can be tested without a clock.
 */

/** Months advanced per second at each speed the reader can choose. */
export const SPEEDS = { slow: 3, medium: 6, fast: 12 } as const;
export type Speed = keyof typeof SPEEDS;

/**
 * The month index after `elapsedMs` of playing from `startIndex`, never past the last month.
 * Under reduced motion there is no continuous movement: playback steps from one change to the
 * next (`changeIndexes`, sorted) every `stepMs`.
 */
export function playbackIndex(options: {
	startIndex: number;
	elapsedMs: number;
	lastIndex: number;
	speed: Speed;
	reducedMotion: boolean;
	changeIndexes: readonly number[];
	stepMs?: number;
}): number {
	const { startIndex, elapsedMs, lastIndex, speed, reducedMotion, changeIndexes } = options;
	if (!reducedMotion) {
		return Math.min(lastIndex, startIndex + Math.floor((elapsedMs / 1000) * SPEEDS[speed]));
	}
	const steps = Math.floor(elapsedMs / (options.stepMs ?? 1500));
	const ahead = [...changeIndexes.filter((i) => i > startIndex), lastIndex];
	return steps === 0 ? startIndex : (ahead[Math.min(steps, ahead.length) - 1] ?? lastIndex);
}

/** The nearest change strictly before or after `index`, or null when there is none. */
export function adjacentChange(
	changeIndexes: readonly number[],
	index: number,
	direction: -1 | 1
): number | null {
	if (direction === 1) return changeIndexes.find((i) => i > index) ?? null;
	return changeIndexes.findLast((i) => i < index) ?? null;
}
