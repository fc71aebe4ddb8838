import { describe, expect, it } from 'vitest';
import { editedDataset, lovelaceRescored, publishedStory } from './impact-fixtures.ts';
import { changeSummary, SUBJECT_MAX } from './change-summary.ts';

const published = editedDataset();

describe('changeSummary', () => {
	it('says a re-scored stance in the subject, and its level by name in the body', () => {
		const message = changeSummary({ before: published, after: lovelaceRescored() });
		const [subject, blank, ...body] = message.split('\n');
		expect(subject).toBe('Re-score Ada Lovelace on model weights (2023-11): 1 → 2');
		expect(blank).toBe('');
		expect(body.join('\n')).toContain(
			'Ada Lovelace:\n- Changed lovelace-weights-2023 (Model weights, 2023-11): level 1 (Guarded) → 2 (Mixed)'
		);
	});

	it('lists stances added and removed by leader, sources, events, the story and the version', () => {
		const after = editedDataset('/ada-lovelace.json', (text) =>
			text
				.replace('"id": "lovelace-access-2024"', '"id": "lovelace-access-2024-05"')
				.replace('"asOf": "2023-11"', '"asOf": "2023-12"')
		);
		const story = publishedStory();
		const [first] = story.steps;
		if (first) first.title = 'Where it began';
		const message = changeSummary({
			before: published,
			after: { ...after, meta: { ...after.meta, version: '1.1.0' } },
			stories: { before: publishedStory(), after: story }
		});
		const [subject] = message.split('\n');
		expect(subject).toBe('Add 1 stance, change 1, remove 1, edit story step start, bump to 1.1.0');
		expect(message).toContain('- Added lovelace-access-2024-05 (Access, 2024-05): level 2 (');
		expect(message).toContain(
			'- Changed lovelace-weights-2023 (Model weights, 2023-12): held 2023-11 → 2023-12'
		);
		expect(message).toContain(
			'- Removed lovelace-access-2024 (Access, 2024-05), which was at level 2 ('
		);
		expect(message).toContain('Story\n- Changed step start: Where it began');
		expect(message).toContain('Dataset version 1.0.0 → 1.1.0');
	});

	it('lists sources and events by id', () => {
		const after = editedDataset('/sources.json', (text) =>
			text.replace(/"title": "[^"]*"/, '"title": "A retitled source"')
		);
		const events = editedDataset('/events.json', (text) =>
			text.replace(/"label": "[^"]*"/, '"label": "A relabelled event"')
		);
		expect(changeSummary({ before: published, after })).toMatch(
			/^Update 1 source\n\nSources\n- Changed [a-z0-9-]+: .*, "A retitled source"$/
		);
		expect(changeSummary({ before: published, after: events })).toMatch(
			/^Update 1 event\n\nEvents\n- Changed [a-z0-9-]+: A relabelled event \(2024-05-13\)$/
		);
	});

	it('keeps the subject within 72 characters, and says when nothing changed', () => {
		const long = 'A very long name '.repeat(6).trim();
		const after = editedDataset('/ada-lovelace.json', (t) =>
			t.replace('"name": "Ada Lovelace"', `"name": "${long}"`)
		);
		const rescored = { ...lovelaceRescored() };
		rescored.stances = rescored.stances.map((s) => ({
			...s,
			leaderName: after.leaders[0]?.name ?? ''
		}));
		rescored.leaders = rescored.leaders.map((l) => ({
			...l,
			stances: l.stances.map((s) => ({ ...s, leaderName: long }))
		}));
		const [subject] = changeSummary({ before: published, after: rescored }).split('\n');
		expect(subject?.length).toBe(SUBJECT_MAX);
		expect(subject?.endsWith('…')).toBe(true);
		expect(changeSummary({ before: published, after: editedDataset() })).toBe(
			'No change to the published data'
		);
	});
});

describe('changeSummary of a story edit', () => {
	it('names the one step edited in the subject', () => {
		const story = publishedStory();
		const [, closing] = story.steps;
		if (closing) closing.annotation = 'Lovelace closes up';
		expect(
			changeSummary({
				before: published,
				after: published,
				stories: { before: publishedStory(), after: story }
			})
		).toBe('Edit story step closing\n\nStory\n- Changed step closing: Closing up');
	});
});
