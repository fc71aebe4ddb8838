import { describe, expect, it } from 'vitest';
import { formatElapsed } from './elapsed.ts';

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
