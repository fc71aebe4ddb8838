import { describe, expect, it } from 'vitest';
import { activeStepAt } from './active-step.ts';

describe('activeStepAt', () => {
	it('is the first step before any has reached the trigger line', () => {
		expect(activeStepAt([500, 1500, 2500], 400)).toBe(0);
	});

	it('is the last step whose top has passed the line', () => {
		expect(activeStepAt([-900, 100, 1100], 400)).toBe(1);
		expect(activeStepAt([-2000, -1000, -10], 400)).toBe(2);
	});

	it('counts a step whose top is exactly on the line', () => {
		expect(activeStepAt([-600, 400, 1400], 400)).toBe(1);
	});

	it('is 0 with no steps', () => {
		expect(activeStepAt([], 400)).toBe(0);
	});
});
