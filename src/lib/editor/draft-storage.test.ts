import { describe, expect, it } from 'vitest';
import {
	DRAFT_STORAGE_KEY,
	clearStoredDraft,
	loadStoredDraft,
	saveStoredDraft
} from './draft-storage.ts';

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
		items
	};
}

describe('draft storage', () => {
	it('keeps the text and the chosen file across a save and a load', () => {
		const storage = memoryStorage();
		expect(saveStoredDraft(storage, { text: '{ "id": "x" }', path: 'data/sources.json' })).toBe(
			true
		);
		expect(loadStoredDraft(storage)).toEqual({ text: '{ "id": "x" }', path: 'data/sources.json' });
		clearStoredDraft(storage);
		expect(loadStoredDraft(storage)).toBeNull();
	});

	it('reads a missing or unusable entry as no draft', () => {
		expect(loadStoredDraft(undefined)).toBeNull();
		expect(loadStoredDraft(memoryStorage())).toBeNull();
		expect(loadStoredDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: 'not json' }))).toBeNull();
		expect(loadStoredDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: '{"text": 3}' }))).toBeNull();
		expect(
			loadStoredDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: '{"text": "a", "path": 1}' }))
		).toEqual({ text: 'a', path: null });
	});

	it('reports a refused write (storage full) instead of throwing', () => {
		const full = {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(saveStoredDraft(full, { text: 'a', path: null })).toBe(false);
		expect(saveStoredDraft(undefined, { text: 'a', path: null })).toBe(false);
	});
});
