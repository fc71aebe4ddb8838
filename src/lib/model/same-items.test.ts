import { describe, expect, it } from 'vitest';
import { keepSame, sameItems } from './same-items.ts';

describe('sameItems', () => {
	it('compares items in order', () => {
		expect(sameItems(['a', 'b'], ['a', 'b'])).toBe(true);
		expect(sameItems(['a', 'b'], ['b', 'a'])).toBe(false);
		expect(sameItems(new Set(['a']), new Set(['a', 'b']))).toBe(false);
		expect(sameItems([], new Set())).toBe(true);
	});
});

describe('keepSame', () => {
	it('returns the earlier object while the items are the same', () => {
		const stable = keepSame<Set<string>>();
		const first = stable(new Set(['a']));
		expect(stable(new Set(['a']))).toBe(first);
		const second = stable(new Set(['a', 'b']));
		expect(second).not.toBe(first);
		expect([...second]).toEqual(['a', 'b']);
		expect(stable(new Set(['a', 'b']))).toBe(second);
	});
});
