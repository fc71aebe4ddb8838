import { describe, expect, it } from 'vitest';
import { elapsedDuration, formatElapsed } from './elapsed.ts';

describe('formatElapsed', () => {
	it('shows minutes and seconds, and hours when there are any', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(5_999)).toBe('0:05');
		expect(formatElapsed(245_000)).toBe('4:05');
		expect(formatElapsed(3_729_000)).toBe('1:02:09');
	});

	it('never shows a negative time', () => {
		expect(formatElapsed(-3000)).toBe('0:00');
	});
});

describe('elapsedDuration', () => {
	it('writes the clock as an HTML duration, never negative', () => {
		expect(elapsedDuration(0)).toBe('PT0S');
		expect(elapsedDuration(5_999)).toBe('PT5S');
		expect(elapsedDuration(245_000)).toBe('PT4M5S');
		expect(elapsedDuration(3_605_000)).toBe('PT1H0M5S');
		expect(elapsedDuration(3_729_000)).toBe('PT1H2M9S');
		expect(elapsedDuration(-3000)).toBe('PT0S');
	});
});
