import { describe, expect, it } from 'vitest';
import { DRAFT_STORAGE_KEY } from './draft-storage.ts';
import { EditorDraft, STORAGE_REFUSED } from './editor-draft.svelte.ts';
import { NEW_LEADER, STANCE_TEMPLATE, newLeaderTemplate } from './templates.ts';

const SOURCES = 'data/sources.json';
const SOURCES_TEXT = '{\n\t"sources": []\n}\n';
const LEADER_TEXT = '{\n\t"id": "ada-lovelace",\n\t"stances": []\n}\n';
const published = new Map([
	[SOURCES, SOURCES_TEXT],
	['data/leaders/ada-lovelace.json', LEADER_TEXT]
]);

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
		items
	};
}

const refusingStorage = {
	getItem: () => null,
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {}
};

function restoredDraft(text = '', storage = memoryStorage()) {
	const draft = new EditorDraft(published);
	draft.restore(storage);
	if (text !== '') draft.edit(text);
	return { draft, storage };
}

describe('EditorDraft', () => {
	it('restores the draft kept in storage, with the file it is checked as', () => {
		const storage = memoryStorage({
			[DRAFT_STORAGE_KEY]: JSON.stringify({ text: '{"x":1}', path: SOURCES })
		});
		const draft = new EditorDraft(published);
		expect(draft.restored).toBe(false);
		draft.restore(storage);
		expect(draft.restored).toBe(true);
		expect(draft.text).toBe('{"x":1}');
		expect(draft.path).toBe(SOURCES);
		expect(draft.stored).toEqual({ text: '{"x":1}', path: SOURCES });
	});

	it('saves nothing before the stored draft is read, so it is never overwritten', () => {
		const storage = memoryStorage({
			[DRAFT_STORAGE_KEY]: JSON.stringify({ text: 'kept', path: null })
		});
		const draft = new EditorDraft(published);
		draft.edit('');
		draft.save();
		expect(storage.items.get(DRAFT_STORAGE_KEY)).toBe(JSON.stringify({ text: 'kept', path: null }));
	});

	it('keeps the draft in storage, and removes an empty one', () => {
		const { draft, storage } = restoredDraft('{"y":2}');
		draft.checkAs(SOURCES);
		draft.save();
		expect(JSON.parse(storage.items.get(DRAFT_STORAGE_KEY) ?? '')).toEqual({
			text: '{"y":2}',
			path: SOURCES
		});
		draft.edit('');
		draft.checkAs('');
		draft.save();
		expect(storage.items.has(DRAFT_STORAGE_KEY)).toBe(false);
	});

	it('says so when the browser will not keep the draft, until the next edit', () => {
		const draft = new EditorDraft(published);
		draft.restore(refusingStorage);
		draft.edit('{}');
		draft.save();
		expect(draft.notice).toBe(STORAGE_REFUSED);
		draft.edit('{ }');
		expect(draft.notice).toBe('');
	});

	it('starts from a published file or the new-leader template, without asking when nothing is lost', () => {
		const { draft } = restoredDraft();
		draft.checkAs(SOURCES);
		draft.startFrom(NEW_LEADER);
		expect(draft.text).toBe(newLeaderTemplate());
		expect(draft.path).toBe('');
		draft.startFrom(SOURCES);
		expect(draft.text).toBe(SOURCES_TEXT);
		draft.startFrom('data/nothing-here.json');
		expect(draft.text).toBe(SOURCES_TEXT);
		expect(draft.confirmation).toBeNull();
	});

	it('asks before replacing a draft that holds work, and leaves it when the editor cancels', () => {
		const { draft } = restoredDraft('{ "my": "work" }');
		draft.startFrom(SOURCES);
		expect(draft.confirmation?.question).toMatch(/^Replace your draft with data\/sources\.json\?/);
		expect(draft.confirmation?.label).toBe('Replace the draft');
		expect(draft.text).toBe('{ "my": "work" }');
		draft.cancel();
		expect(draft.confirmation).toBeNull();
		expect(draft.text).toBe('{ "my": "work" }');
	});

	it('replaces the draft once the editor confirms', () => {
		const { draft } = restoredDraft('{ "my": "work" }');
		draft.refuse('That is too large.');
		draft.startFrom(NEW_LEADER);
		draft.confirm();
		expect(draft.text).toBe(newLeaderTemplate());
		expect(draft.notice).toBe('');
		expect(draft.confirmation).toBeNull();
	});

	it('loads a file from disk, and says why when it cannot', async () => {
		const { draft } = restoredDraft();
		await draft.openFile(new File(['{ "events": [] }\r\n'], 'events.json'));
		expect(draft.text).toBe('{ "events": [] }\n');
		await draft.openFile(new File([new Uint8Array([0x7b, 0, 0x7d])], 'image.png'));
		expect(draft.notice).toMatch(/^image\.png: That is not a text file/);
		expect(draft.text).toBe('{ "events": [] }\n');
	});

	it('asks before clearing; once confirmed the draft, its file and its storage are gone', () => {
		let cleared = 0;
		const storage = memoryStorage();
		const draft = new EditorDraft(published, () => cleared++);
		draft.restore(storage);
		draft.edit('{ "my": "work" }');
		draft.checkAs(SOURCES);
		draft.save();
		draft.clear();
		expect(draft.confirmation?.label).toBe('Clear the draft');
		expect(draft.text).toBe('{ "my": "work" }');
		draft.confirm();
		expect(draft.stored).toEqual({ text: '', path: null });
		expect(storage.items.has(DRAFT_STORAGE_KEY)).toBe(false);
		expect(cleared).toBe(1);
	});

	it('adds a stance to a leader draft and says where its id is', () => {
		const { draft } = restoredDraft(LEADER_TEXT);
		const offset = draft.addStance();
		expect(offset).toBeDefined();
		expect(
			draft.text.slice(offset, offset === undefined ? 0 : offset + STANCE_TEMPLATE.id.length)
		).toBe(STANCE_TEMPLATE.id);
		const other = restoredDraft(SOURCES_TEXT).draft;
		expect(other.addStance()).toBeUndefined();
		expect(other.text).toBe(SOURCES_TEXT);
	});

	it('takes the text laid out as the repo stores it', () => {
		const { draft } = restoredDraft('{"sources":[]}');
		draft.layOut(SOURCES_TEXT);
		expect(draft.text).toBe(SOURCES_TEXT);
	});
});
