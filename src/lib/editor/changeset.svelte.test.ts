import { describe, expect, it } from 'vitest';
import { Changeset } from './changeset.svelte.ts';
import { NEW_LEADER, STANCE_TEMPLATE, newLeaderTemplate } from './templates.ts';

const SOURCES = 'data/sources.json';
const SOURCES_TEXT = '{\n\t"sources": []\n}\n';
const ADA = 'data/leaders/ada-lovelace.json';
const LEADER_TEXT = '{\n\t"id": "ada-lovelace",\n\t"stances": []\n}\n';
const published = new Map([
	[SOURCES, SOURCES_TEXT],
	[ADA, LEADER_TEXT]
]);

function changesetWith(...texts: string[]) {
	const changeset = new Changeset(published);
	texts.forEach((text, i) => {
		if (i > 0) changeset.addDraft();
		changeset.edit(text);
	});
	return changeset;
}

const file = (text: string | Uint8Array, name: string) => new File([text as BlobPart], name);

describe('Changeset', () => {
	it('starts with one empty draft, and keeps nothing worth keeping', () => {
		const changeset = new Changeset(published);
		expect(changeset.drafts).toHaveLength(1);
		expect(changeset.active.text).toBe('');
		expect(changeset.hasWork).toBe(false);
		expect(changeset.stored('t')).toEqual({
			drafts: [{ text: '', path: null }],
			active: 0,
			saved: 't'
		});
	});

	it('restores the drafts kept, the one shown and the files chosen', () => {
		const changeset = new Changeset(published);
		changeset.restore({
			drafts: [
				{ text: LEADER_TEXT, path: null },
				{ text: '{"x":1}', path: SOURCES }
			],
			active: 1,
			saved: 't'
		});
		expect(changeset.drafts.map((d) => [d.chosen, d.known])).toEqual([
			['', ADA],
			[SOURCES, SOURCES]
		]);
		expect(changeset.active.text).toBe('{"x":1}');
		expect(changeset.stored('u')).toEqual({
			drafts: [
				{ text: LEADER_TEXT, path: null },
				{ text: '{"x":1}', path: SOURCES }
			],
			active: 1,
			saved: 'u'
		});
	});

	it('starts from a published file in the draft shown when it holds no work, else beside it', () => {
		const changeset = new Changeset(published);
		changeset.startFrom(NEW_LEADER);
		expect(changeset.active.text).toBe(newLeaderTemplate());
		changeset.startFrom(SOURCES);
		expect(changeset.drafts).toHaveLength(1);
		expect(changeset.active).toMatchObject({ text: SOURCES_TEXT, known: SOURCES });
		changeset.edit('{ "sources": [1] }');
		changeset.startFrom(ADA);
		expect(changeset.drafts.map((d) => d.text)).toEqual(['{ "sources": [1] }', LEADER_TEXT]);
		expect(changeset.active.text).toBe(LEADER_TEXT);
		// A file that has a draft already shows that draft: nothing is replaced.
		changeset.startFrom(SOURCES);
		expect(changeset.active.text).toBe('{ "sources": [1] }');
		changeset.startFrom('data/nothing-here.json');
		expect(changeset.drafts).toHaveLength(2);
		expect(changeset.confirmation).toBeNull();
	});

	it('opens several files together, refusing the bad ones with a notice', async () => {
		const changeset = new Changeset(published);
		await changeset.openFiles([
			file('{ "events": [] }\r\n', 'events.json'),
			file(new Uint8Array([0x7b, 0, 0x7d]), 'image.png'),
			file(LEADER_TEXT, 'ada-lovelace.json')
		]);
		expect(changeset.drafts.map((d) => [d.known, d.text])).toEqual([
			['data/events.json', '{ "events": [] }\n'],
			[ADA, LEADER_TEXT]
		]);
		expect(changeset.notice).toMatch(/^image\.png: That is not a text file/);
	});

	it('asks before a file replaces a draft of the same data file that holds work', async () => {
		const changeset = changesetWith('{ "sources": ["mine"] }');
		changeset.recognise(changeset.active.key, SOURCES);
		await changeset.openFiles([file('{ "sources": ["theirs"] }', 'sources.json')]);
		expect(changeset.confirmation?.question).toMatch(/^Replace your drafts with sources\.json\?/);
		expect(changeset.active.text).toBe('{ "sources": ["mine"] }');
		changeset.confirm();
		expect(changeset.drafts.map((d) => d.text)).toEqual(['{ "sources": ["theirs"] }']);
	});

	it('writes the stance form’s files into their drafts, or new ones, and shows the first', () => {
		const changeset = new Changeset(published);
		changeset.startFrom(SOURCES);
		changeset.startFrom(ADA);
		changeset.write([
			{ path: ADA, text: '{ "id": "ada-lovelace", "stances": [1] }' },
			{ path: SOURCES, text: '{ "sources": [1] }' },
			{ path: 'data/changes.json', text: '{ "changes": [] }' }
		]);
		expect(changeset.drafts.map((d) => [d.known, d.text])).toEqual([
			[ADA, '{ "id": "ada-lovelace", "stances": [1] }'],
			[SOURCES, '{ "sources": [1] }'],
			['data/changes.json', '{ "changes": [] }']
		]);
		expect(changeset.active.known).toBe(ADA);
	});

	it('asks before closing a draft that holds work, and never leaves the changeset without one', () => {
		const changeset = changesetWith('{ "mine": 1 }', SOURCES_TEXT);
		const [work, plain] = changeset.drafts;
		if (!work || !plain) throw new Error('two drafts expected');
		changeset.close(plain.key);
		expect(changeset.confirmation).toBeNull();
		expect(changeset.drafts).toEqual([work]);
		changeset.close(work.key);
		expect(changeset.confirmation?.label).toBe('Close the draft');
		changeset.cancel();
		expect(changeset.drafts).toEqual([work]);
		changeset.close(work.key);
		changeset.confirm();
		expect(changeset.drafts.map((d) => d.text)).toEqual(['']);
	});

	it('asks before clearing every draft', () => {
		const changeset = changesetWith('{ "mine": 1 }', '{ "mine": 2 }');
		changeset.tell('Something happened.');
		changeset.clear();
		expect(changeset.confirmation?.label).toBe('Clear the drafts');
		expect(changeset.drafts).toHaveLength(2);
		changeset.confirm();
		expect(changeset.stored('t').drafts).toEqual([{ text: '', path: null }]);
		expect(changeset.notice).toBe('');
	});

	it('checks the draft shown as a chosen file, and finds drafts by their file', () => {
		const changeset = changesetWith('{}', '{ "x": 1 }');
		changeset.checkAs(SOURCES);
		expect(changeset.draftFor(SOURCES)?.text).toBe('{ "x": 1 }');
		changeset.select(changeset.drafts[0]?.key ?? '');
		expect(changeset.active.text).toBe('{}');
		changeset.edit('{ }');
		expect(changeset.drafts.map((d) => d.text)).toEqual(['{ }', '{ "x": 1 }']);
	});

	it('adds a stance to a leader draft and says where its id is', () => {
		const changeset = changesetWith(LEADER_TEXT);
		const offset = changeset.addStance();
		expect(offset).toBeDefined();
		const text = changeset.active.text;
		expect(text.slice(offset, (offset ?? 0) + STANCE_TEMPLATE.id.length)).toBe(STANCE_TEMPLATE.id);
		const other = changesetWith(SOURCES_TEXT);
		expect(other.addStance()).toBeUndefined();
		expect(other.active.text).toBe(SOURCES_TEXT);
	});

	it('takes the text laid out as the repo stores it', () => {
		const changeset = changesetWith('{"sources":[]}');
		changeset.layOut(SOURCES_TEXT);
		expect(changeset.active.text).toBe(SOURCES_TEXT);
	});
});
