import { describe, expect, it } from 'vitest';
import { lineCount, offsetOf } from './text-position.ts';

describe('offsetOf', () => {
	const text = '{\n\t"id": 1,\n\t"x": []\n}';

	it('finds a line and column', () => {
		expect(offsetOf(text, 1, 1)).toBe(0);
		expect(offsetOf(text, 2, 2)).toBe(3);
		expect(text.slice(offsetOf(text, 3, 7))).toBe('[]\n}');
	});

	it('clamps a column past the end of its line, and a line past the end of the text', () => {
		expect(offsetOf(text, 2, 99)).toBe(text.indexOf('\n', 2));
		expect(offsetOf(text, 40, 1)).toBe(text.length);
	});
});

describe('lineCount', () => {
	it('counts the lines a textarea shows', () => {
		expect(lineCount('')).toBe(1);
		expect(lineCount('a\nb')).toBe(2);
		expect(lineCount('a\nb\n')).toBe(3);
	});
});
