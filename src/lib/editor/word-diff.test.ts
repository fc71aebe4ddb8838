import { describe, expect, it } from 'vitest';
import { diffWords, wordPieces } from './word-diff.ts';

/** A line with its changed parts in brackets: "the [old] word". */
const marked = (parts: { text: string; changed: boolean }[]) =>
	parts.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('');

describe('wordPieces', () => {
	it('cuts a line into words, spaces and single marks, losing nothing', () => {
		const line = '\t\t"position": 2, "summary": "It’s open-ish."';
		expect(wordPieces(line).join('')).toBe(line);
		expect(wordPieces('"position": 2,')).toEqual(['"', 'position', '"', ':', ' ', '2', ',']);
	});
});

describe('diffWords', () => {
	it('marks the one word that changed in a JSON line', () => {
		const diff = diffWords('\t\t\t"position": 2,', '\t\t\t"position": 3,');
		expect(marked(diff.before)).toBe('\t\t\t"position": [2],');
		expect(marked(diff.after)).toBe('\t\t\t"position": [3],');
	});

	it('finds a word changed in the middle of a long paragraph, and a word added', () => {
		const words = Array.from({ length: 300 }, (_, i) => `word${i}`);
		const before = words.join(' ');
		const after = [...words.slice(0, 150), 'changed', ...words.slice(151), 'more'].join(' ');
		const diff = diffWords(before, after);
		expect(diff.before.filter((p) => p.changed).map((p) => p.text)).toEqual(['word150']);
		expect(diff.after.filter((p) => p.changed).map((p) => p.text)).toEqual(['changed', ' more']);
		expect(diff.after.map((p) => p.text).join('')).toBe(after);
	});

	it('keeps an added word with the space before it, not the one after', () => {
		const diff = diffWords('"Open tools, closed weights"', '"Open tools, still closed weights"');
		expect(marked(diff.after)).toBe('"Open tools,[ still] closed weights"');
		expect(marked(diff.before)).toBe('"Open tools, closed weights"');
	});

	it('marks neighbouring changed words as one change, spaces between included', () => {
		const diff = diffWords('a quick brown fox', 'a slow red fox');
		expect(marked(diff.before)).toBe('a [quick brown] fox');
		expect(marked(diff.after)).toBe('a [slow red] fox');
	});

	it('marks nothing when the lines share no word', () => {
		expect(diffWords('alpha beta', 'gamma delta')).toEqual({
			before: [{ text: 'alpha beta', changed: false }],
			after: [{ text: 'gamma delta', changed: false }]
		});
	});
});
