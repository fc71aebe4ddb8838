import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../data/validate.ts';
import { problemDiagnostics, problemRange, tokenEnd } from './problem-diagnostics.ts';

const doc = Text.of(['{', '\t"id": "a\\"b",', '\t"position": -12.5e3,', '\t"ok": true', '', '}']);
const text = (range: { from: number; to: number }) => doc.sliceString(range.from, range.to);

describe('tokenEnd', () => {
	it('spans a string with its quotes, escapes included', () => {
		expect(tokenEnd('"a\\"b", 1', 0)).toBe(6);
		expect(tokenEnd('"unclosed', 0)).toBe(9);
	});
	it('spans a number or a word, else one character', () => {
		expect(tokenEnd('-12.5e3,', 0)).toBe(7);
		expect(tokenEnd('true}', 0)).toBe(4);
		expect(tokenEnd('{"a"', 0)).toBe(1);
	});
});

describe('problemRange', () => {
	it('underlines the token at the line and column', () => {
		expect(text(problemRange(doc, 2, 2))).toBe('"id"');
		expect(text(problemRange(doc, 2, 8))).toBe('"a\\"b"');
		expect(text(problemRange(doc, 3, 14))).toBe('-12.5e3');
		expect(text(problemRange(doc, 4, 8))).toBe('true');
		expect(text(problemRange(doc, 6, 1))).toBe('}');
	});

	it("takes the line's last character at its end, and an empty place on an empty line", () => {
		expect(text(problemRange(doc, 4, 12))).toBe('e');
		expect(text(problemRange(doc, 4, 99))).toBe('e');
		const empty = problemRange(doc, 5, 1);
		expect(empty.from).toBe(doc.line(5).from);
		expect(empty.to).toBe(empty.from);
	});

	it('keeps a place past the end of the text inside it', () => {
		expect(text(problemRange(doc, 40, 1))).toBe('}');
		expect(problemRange(doc, 0, 0)).toEqual({ from: 0, to: 1 });
	});
});

describe('problemDiagnostics', () => {
	it("keeps the validator's message, severity and JSON path", () => {
		const problem = (p: Partial<Problem>): Problem => ({
			file: 'data/leaders/a.json',
			line: 3,
			column: 14,
			path: 'position',
			message: 'must be a level of the axis',
			severity: 'error',
			...p
		});
		expect(
			problemDiagnostics(doc, [
				problem({}),
				problem({ line: 1, column: 1, path: '', severity: 'warning' })
			])
		).toEqual([
			{
				from: doc.line(3).from + 13,
				to: doc.line(3).from + 20,
				severity: 'error',
				source: 'position',
				message: 'must be a level of the axis'
			},
			{
				from: 0,
				to: 1,
				severity: 'warning',
				source: '(root)',
				message: 'must be a level of the axis'
			}
		]);
	});
});
