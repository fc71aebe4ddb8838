import { describe, expect, it } from 'vitest';
import { deckCommand } from './deck-keys.ts';

const press = (key: string, options: { shift?: boolean; ctrl?: boolean; tag?: string } = {}) =>
	deckCommand({
		key,
		shiftKey: options.shift ?? false,
		ctrlKey: options.ctrl ?? false,
		altKey: false,
		metaKey: false,
		target: { tagName: options.tag ?? 'BODY' } as unknown as EventTarget
	});

describe('deckCommand', () => {
	it('reads the keys of a keyboard and of a clicker', () => {
		expect(['ArrowRight', ' ', 'PageDown'].map((k) => press(k))).toEqual(['next', 'next', 'next']);
		expect(['ArrowLeft', 'PageUp'].map((k) => press(k))).toEqual(['previous', 'previous']);
		expect(press(' ', { shift: true })).toBe('previous');
		expect([press('Home'), press('End')]).toEqual(['first', 'last']);
		expect([press('o'), press('O'), press('Escape')]).toEqual(['overview', 'overview', 'escape']);
		expect([press('b'), press('B'), press('.')]).toEqual(['blank', 'blank', 'blank']);
		expect([press('s'), press('f'), press('?')]).toEqual(['notes', 'fullscreen', 'help']);
		expect([press('4'), press('0'), press('Enter')]).toEqual(['digit-4', 'digit-0', 'enter']);
	});

	it('ignores other keys', () => {
		expect(press('x')).toBeNull();
		expect(press('Tab')).toBeNull();
	});

	it('never takes browser shortcuts or typing in a field', () => {
		expect(press('f', { ctrl: true })).toBeNull();
		expect(press('ArrowRight', { tag: 'INPUT' })).toBeNull();
		expect(press('s', { tag: 'TEXTAREA' })).toBeNull();
	});

	it('lets Space and Enter press a focused button, and Enter follow a link, but not the arrows', () => {
		expect(press(' ', { tag: 'BUTTON' })).toBeNull();
		expect(press('Enter', { tag: 'BUTTON' })).toBeNull();
		expect(press('Enter', { tag: 'A' })).toBeNull();
		expect(press('ArrowRight', { tag: 'BUTTON' })).toBe('next');
	});

	it('moves on with Space from a quote or a mark (links), where a closed panel leaves focus', () => {
		expect(press(' ', { tag: 'A' })).toBe('next');
		expect(press(' ', { tag: 'a' })).toBe('next');
	});

	it('reads R as the reveal of a Your call slide, and Backspace as taking a digit back', () => {
		expect([press('r'), press('R'), press('Backspace')]).toEqual(['reveal', 'reveal', 'erase']);
	});
});
