import { describe, expect, it } from 'vitest';
import { elapsedMs, resetStopwatch, startStopwatch, togglePause } from './stopwatch.ts';

describe('the presenter’s stopwatch', () => {
	it('counts from the start', () => {
		const watch = startStopwatch(1000);
		expect(elapsedMs(watch, 1000)).toBe(0);
		expect(elapsedMs(watch, 61_000)).toBe(60_000);
	});

	it('stands still while paused, and runs on from there', () => {
		const paused = togglePause(startStopwatch(0), 10_000);
		expect(elapsedMs(paused, 50_000)).toBe(10_000);
		const running = togglePause(paused, 50_000);
		expect(elapsedMs(running, 50_000)).toBe(10_000);
		expect(elapsedMs(running, 55_000)).toBe(15_000);
	});

	it('resets to zero and keeps running, or keeps paused', () => {
		const running = resetStopwatch(startStopwatch(0), 30_000);
		expect(elapsedMs(running, 35_000)).toBe(5000);
		const paused = resetStopwatch(togglePause(startStopwatch(0), 10_000), 30_000);
		expect(elapsedMs(paused, 90_000)).toBe(0);
		expect(paused.pausedAt).not.toBeNull();
	});
});
