import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcut-key.ts';

const press = (key: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
	shortcutFor({ key, ctrlKey: false, altKey: false, metaKey: false, target: null, ...extra });

describe('shortcutFor', () => {
	it('maps the documented keys', () => {
		expect(press('?')).toBe('help');
		expect(press('p')).toBe('play');
		expect(press('[')).toBe('previous');
		expect(press(',')).toBe('previous');
		expect(press(']')).toBe('next');
		expect(press('.')).toBe('next');
		expect(press('x')).toBeNull();
	});

	it('leaves typing in form fields and browser shortcuts alone', () => {
		expect(press('p', { target: { tagName: 'INPUT' } as unknown as EventTarget })).toBeNull();
		expect(press('p', { target: { tagName: 'SELECT' } as unknown as EventTarget })).toBeNull();
		expect(press('p', { ctrlKey: true })).toBeNull();
		expect(press('.', { metaKey: true })).toBeNull();
	});
});
