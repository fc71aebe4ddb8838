import { describe, expect, it } from 'vitest';
import {
	CHANGESET_KEY_PREFIX,
	listChangesets,
	loadChangeset,
	removeChangeset,
	saveChangeset
} from './changeset-storage.ts';
import { memoryStorage } from './memory-storage.ts';

const leader = { text: '{ "id": "x" }', path: null };
const sources = { text: '{ "sources": [] }', path: 'data/sources.json' };

describe('changeset storage', () => {
	it('keeps every draft, the one shown and when, across a save and a load', () => {
		const storage = memoryStorage();
		const changeset = { drafts: [leader, sources], active: 1, saved: '2026-11-30T08:00:00Z' };
		expect(saveChangeset(storage, 'a', changeset)).toBe(true);
		expect(loadChangeset(storage, 'a')).toEqual(changeset);
		removeChangeset(storage, 'a');
		expect(loadChangeset(storage, 'a')).toBeNull();
	});

	it('keeps each changeset under its own key, so saving one never touches another', () => {
		const storage = memoryStorage();
		saveChangeset(storage, 'a', { drafts: [leader], active: 0, saved: '1' });
		saveChangeset(storage, 'b', { drafts: [sources], active: 0, saved: '2' });
		expect(loadChangeset(storage, 'a')?.drafts).toEqual([leader]);
		expect(listChangesets(storage).map((c) => c.id)).toEqual(['b', 'a']);
	});

	it('removes a changeset saved empty instead of keeping it', () => {
		const storage = memoryStorage();
		saveChangeset(storage, 'a', { drafts: [leader], active: 0, saved: '1' });
		saveChangeset(storage, 'a', { drafts: [{ text: '', path: null }], active: 0, saved: '2' });
		expect(storage.items.size).toBe(0);
	});

	it('reads a missing or unusable entry as none, and clamps the draft shown', () => {
		const storage = memoryStorage({
			[CHANGESET_KEY_PREFIX + 'bad']: '{not json',
			[CHANGESET_KEY_PREFIX + 'odd']: JSON.stringify({ drafts: [{ text: 3 }, leader], active: 9 }),
			[CHANGESET_KEY_PREFIX + 'none']: JSON.stringify({ drafts: [] })
		});
		expect(loadChangeset(storage, 'missing')).toBeNull();
		expect(loadChangeset(storage, 'bad')).toBeNull();
		expect(loadChangeset(storage, 'none')).toBeNull();
		expect(loadChangeset(storage, 'odd')).toEqual({ drafts: [leader], active: 0, saved: '' });
		expect(loadChangeset(undefined, 'odd')).toBeNull();
	});

	it('says so when the browser refuses to keep it', () => {
		const full = {
			...memoryStorage(),
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(saveChangeset(full, 'a', { drafts: [leader], active: 0, saved: '1' })).toBe(false);
		expect(saveChangeset(undefined, 'a', { drafts: [leader], active: 0, saved: '1' })).toBe(false);
	});
});
