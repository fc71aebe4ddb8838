/**
 * The presenter's clock: time elapsed since the talk began, which can be paused (a question from
 * the class) and reset. Pure: each function takes the time now, so tests need no clock.
 */
export interface Stopwatch {
	/** When the clock would have started, had it never paused (ms). */
	started: number;
	/** When it was paused, or null while it runs. */
	pausedAt: number | null;
}

export const startStopwatch = (now: number): Stopwatch => ({ started: now, pausedAt: null });

export function elapsedMs(watch: Stopwatch, now: number): number {
	return (watch.pausedAt ?? now) - watch.started;
}

/** Pauses a running clock, or runs a paused one on from where it stopped. */
export function togglePause(watch: Stopwatch, now: number): Stopwatch {
	if (watch.pausedAt === null) return { ...watch, pausedAt: now };
	return { started: watch.started + (now - watch.pausedAt), pausedAt: null };
}

/** Back to zero, paused or running as it was. */
export function resetStopwatch(watch: Stopwatch, now: number): Stopwatch {
	return { started: now, pausedAt: watch.pausedAt === null ? null : now };
}
