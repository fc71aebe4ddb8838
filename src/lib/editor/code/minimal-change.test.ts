import { describe, expect, it } from 'vitest';
import { minimalChange } from './minimal-change.ts';

/** Applies a change as the editor would. */
function apply(before: string, after: string): string {
	const change = minimalChange(before, after);
	return change === null
		? before
		: before.slice(0, change.from) + change.insert + before.slice(change.to);
}

describe('minimalChange', () => {
	it('is null for equal texts', () => {
		expect(minimalChange('{}', '{}')).toBeNull();
	});

	it('replaces only what differs between the shared start and end', () => {
		expect(minimalChange('{"a": 1, "b": 2}', '{"a": 1, "c": 3, "b": 2}')).toEqual({
			from: 10,
			to: 10,
			insert: 'c": 3, "'
		});
		expect(minimalChange('abcdef', 'abXdef')).toEqual({ from: 2, to: 3, insert: 'X' });
		expect(minimalChange('abc', '')).toEqual({ from: 0, to: 3, insert: '' });
	});

	it('never counts the same characters as both shared start and shared end', () => {
		expect(minimalChange('aa', 'aaa')).toEqual({ from: 2, to: 2, insert: 'a' });
		expect(apply('aa', 'aaa')).toBe('aaa');
		expect(apply('aaa', 'a')).toBe('a');
	});

	it('keeps surrogate pairs whole', () => {
		const change = minimalChange('x😀y', 'x😃y');
		expect(change).toEqual({ from: 1, to: 3, insert: '😃' });
	});

	it('turns any text into any other', () => {
		const texts = ['', 'a', 'ab', 'ba', '{\n}\n', '{\n\t"x": 1\n}\n', 'x😀', '😀x'];
		for (const a of texts) for (const b of texts) expect(apply(a, b)).toBe(b);
	});
});
