import { describe, expect, it } from 'vitest';
import { swipeCommand } from './swipe.ts';

describe('swipeCommand', () => {
	it('turns a page: left is next, right is previous', () => {
		expect(swipeCommand(-120, 10)).toBe('next');
		expect(swipeCommand(120, -10)).toBe('previous');
	});

	it('ignores taps, short drags and scrolls up or down', () => {
		expect(swipeCommand(0, 0)).toBeNull();
		expect(swipeCommand(-40, 0)).toBeNull();
		expect(swipeCommand(-100, 80)).toBeNull();
	});
});
