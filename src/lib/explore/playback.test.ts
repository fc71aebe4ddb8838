import { describe, expect, it } from 'vitest';
import { adjacentChange, playbackIndex } from './playback.ts';

const base = {
	startIndex: 0,
	lastIndex: 100,
	speed: 'slow' as const,
	reducedMotion: false,
	changeIndexes: [0, 10, 40, 90]
};

describe('playbackIndex', () => {
	it('advances months at the chosen speed and stops at the last month', () => {
		expect(playbackIndex({ ...base, elapsedMs: 0 })).toBe(0);
		expect(playbackIndex({ ...base, elapsedMs: 1000 })).toBe(3);
		expect(playbackIndex({ ...base, elapsedMs: 1000, speed: 'fast' })).toBe(12);
		expect(playbackIndex({ ...base, elapsedMs: 60_000 })).toBe(100);
	});

	it('under reduced motion, jumps from change to change, then to the end', () => {
		const reduced = { ...base, reducedMotion: true, stepMs: 1000 };
		expect(playbackIndex({ ...reduced, elapsedMs: 999 })).toBe(0);
		expect(playbackIndex({ ...reduced, elapsedMs: 1000 })).toBe(10);
		expect(playbackIndex({ ...reduced, elapsedMs: 2000 })).toBe(40);
		expect(playbackIndex({ ...reduced, elapsedMs: 3000 })).toBe(90);
		expect(playbackIndex({ ...reduced, elapsedMs: 4000 })).toBe(100);
		expect(playbackIndex({ ...reduced, elapsedMs: 9000 })).toBe(100);
	});
});

describe('adjacentChange', () => {
	it('finds the previous and next change, or none', () => {
		expect(adjacentChange([0, 10, 40], 10, 1)).toBe(40);
		expect(adjacentChange([0, 10, 40], 10, -1)).toBe(0);
		expect(adjacentChange([0, 10, 40], 25, -1)).toBe(10);
		expect(adjacentChange([0, 10, 40], 40, 1)).toBeNull();
		expect(adjacentChange([0, 10, 40], 0, -1)).toBeNull();
	});
});
