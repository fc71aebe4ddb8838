import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryFile } from '../data/schema.ts';
import { chartDomain } from '../model/chart-state.ts';
import { testDataset } from '../server/test-dataset.ts';
import { joinStory } from './join-story.ts';

const dataset = testDataset();
const domain = chartDomain(dataset);
const file = StoryFile.parse(JSON.parse(readFileSync('tests/fixtures/story/story.json', 'utf8')));

describe('joinStory', () => {
	const story = joinStory(file, dataset, domain);

	it('keeps the headline, dek and date, and the steps in order', () => {
		expect(story.title).toBe('A test story');
		expect(story.published).toBe('2025-06-01');
		expect(story.steps.map((s) => s.id)).toEqual(['start', 'closing', 'timelines']);
	});

	it('joins each quote to its stance and the citation holding its words', () => {
		const [text, quote, end] = story.steps[1]?.paragraphs[0] ?? [];
		expect(text).toEqual({ kind: 'text', text: 'Later: ' });
		expect(end).toEqual({ kind: 'text', text: ' only.' });
		expect(quote?.kind).toBe('quote');
		if (quote?.kind !== 'quote') return;
		expect(quote.text).toBe('share the weights with a few partners');
		expect(quote.stance.id).toBe('lovelace-weights-2023');
		expect(quote.stance.leaderName).toBe('Ada Lovelace');
		expect(quote.citation.quote).toBe(
			'we share the weights with a few partners ... and that is it'
		);
		expect(quote.citation.source.id).toBeTruthy();
	});

	it("fills each step's chart state from the defaults: the spectra, all axes and leaders", () => {
		expect(story.steps.map((s) => s.state)).toEqual([
			{
				date: '2015-12',
				from: null,
				view: 'spectrum',
				axis: null,
				leaders: [],
				highlight: ['ada-lovelace'],
				stance: null,
				evidence: 'all',
				compare: null,
				newSince: false
			},
			{
				date: '2023-11',
				from: '2015-12',
				view: 'spectrum',
				axis: 'weights',
				leaders: ['ada-lovelace', 'alan-turing'],
				highlight: ['ada-lovelace'],
				stance: null,
				evidence: 'all',
				compare: null,
				newSince: false
			},
			{
				date: '2025-03',
				from: null,
				view: 'timelines',
				axis: null,
				leaders: [],
				highlight: [],
				stance: null,
				evidence: 'all',
				compare: null,
				newSince: false
			}
		]);
		expect(story.steps[0]?.annotation).toBe('Lovelace at the open end');
		expect(story.steps[1]?.annotation).toBeUndefined();
	});

	it("passes the presenter's notes through, and leaves them out where the file has none", () => {
		expect(story.steps[2]?.notes).toEqual({
			points: ["Follow Lovelace's weights line down from the open end.", 'Turing starts in 2019.'],
			question: 'Why did the line move?'
		});
		expect('notes' in (story.steps[0] ?? {})).toBe(false);
		expect(story.opening).toEqual({ points: ['Two leaders, three steps.'] });
		expect(story.discussion).toEqual({
			title: 'Discuss',
			questions: ['Where is the line?', 'What should open mean?'],
			notes: { points: ['Take one answer from each side.'], question: 'Who drew the line?' }
		});

		const { opening: _opening, discussion: _discussion, ...bare } = file;
		const without = joinStory(bare, dataset, domain);
		expect('opening' in without).toBe(false);
		expect('discussion' in without).toBe(false);
	});

	it('throws on a quote the validator should have caught', () => {
		const broken = structuredClone(file);
		broken.methodology = [[{ quote: 'words nobody said', stance: 'lovelace-weights-2015' }]];
		expect(() => joinStory(broken, dataset, domain)).toThrow(
			'joinStory: "words nobody said" is not in stance "lovelace-weights-2015"'
		);
	});
});
