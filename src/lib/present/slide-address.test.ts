import { describe, expect, it } from 'vitest';
import { clampSlide, slideFromAddress, slideHash } from './slide-address.ts';

const at = (address: string) => slideFromAddress(new URL(address, 'https://example.org'), 11);

describe('slideFromAddress', () => {
	it('reads the slide from the hash, counted from 1', () => {
		expect(at('/present#1')).toBe(0);
		expect(at('/present#4')).toBe(3);
		expect(at('/present#11')).toBe(10);
	});

	it('reads ?slide= too, which wins over a hash', () => {
		expect(at('/present?slide=4')).toBe(3);
		expect(at('/present?slide=2#7')).toBe(1);
	});

	it('opens the first slide for no number or anything else', () => {
		expect(at('/present')).toBe(0);
		expect(at('/present#')).toBe(0);
		expect(at('/present#intro')).toBe(0);
		expect(at('/present?slide=-3')).toBe(0);
		expect(at('/present?slide=2.5')).toBe(0);
		expect(at('/present#0')).toBe(0);
	});

	it('opens the last slide for a number past the end', () => {
		expect(at('/present#12')).toBe(10);
		expect(at('/present?slide=9999')).toBe(10);
	});
});

describe('slideHash', () => {
	it('writes the number people count by, and reads back', () => {
		expect(slideHash(0)).toBe('#1');
		expect(slideHash(3)).toBe('#4');
		expect(at(`/present${slideHash(7)}`)).toBe(7);
	});
});

describe('clampSlide', () => {
	it('keeps an index within the deck', () => {
		expect(clampSlide(-1, 5)).toBe(0);
		expect(clampSlide(5, 5)).toBe(4);
		expect(clampSlide(2, 5)).toBe(2);
		expect(clampSlide(3, 0)).toBe(0);
	});
});
