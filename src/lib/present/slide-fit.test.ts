import { describe, expect, it } from 'vitest';
import { fitZoom } from './slide-fit.ts';

describe('fitZoom', () => {
	it('fills a 16:9 screen exactly, at any size', () => {
		expect(fitZoom(1280, 720)).toBe(1);
		expect(fitZoom(1920, 1080)).toBe(1.5);
		expect(fitZoom(3840, 2160)).toBe(3);
	});

	it('letterboxes other shapes: the tighter side decides', () => {
		expect(fitZoom(1440, 900)).toBe(1.125);
		expect(fitZoom(1280, 1024)).toBe(1);
		expect(fitZoom(375, 740)).toBeCloseTo(375 / 1280);
	});

	it('scales a thumbnail by its width alone', () => {
		expect(fitZoom(320)).toBe(0.25);
	});

	it('never gives a zoom that would hide the slide', () => {
		expect(fitZoom(0, 0)).toBe(1);
		expect(fitZoom(Number.NaN, 720)).toBe(1);
	});
});
