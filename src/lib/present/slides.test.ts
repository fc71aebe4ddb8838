import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryFile } from '../data/schema.ts';
import { chartDomain } from '../model/chart-state.ts';
import { testDataset } from '../server/test-dataset.ts';
import { joinStory } from '../story/join-story.ts';
import type { StoryStepView } from '../story/story.ts';
import { slideFromAddress } from './slide-address.ts';
import { joinCalls } from '../practice/story-calls.ts';
import { slideHref, stepQuotes, stepSlideIndexes, storySlides } from './slides.ts';

const dataset = testDataset();
const file = StoryFile.parse(JSON.parse(readFileSync('tests/fixtures/story/story.json', 'utf8')));
const story = joinStory(file, dataset, chartDomain(dataset));

describe('storySlides', () => {
	const slides = storySlides(story);

	it('makes a title slide, one slide per step in order, and a closing Discuss slide', () => {
		expect(slides.map((s) => s.kind)).toEqual(['title', 'step', 'step', 'step', 'discuss']);
		expect(slides.map((s) => s.title)).toEqual([
			'A test story',
			...story.steps.map((s) => s.title),
			'Discuss'
		]);
		expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
	});

	it("carries each slide's speaker notes: the opening, each step's, the discussion's", () => {
		expect(slides[0]?.notes).toEqual(story.opening);
		expect(slides[3]?.notes).toEqual(story.steps[2]?.notes);
		expect(slides[1]?.notes).toBeUndefined();
		expect(slides[4]?.notes).toEqual(story.discussion?.notes);
	});

	it("puts the story's discussion questions on the closing slide", () => {
		const closing = slides.at(-1);
		expect(closing?.kind === 'discuss' && closing.questions).toEqual([
			'Where is the line?',
			'What should open mean?'
		]);
	});

	it("falls back to each step's question when the story has no discussion", () => {
		const { discussion: _, ...withoutDiscussion } = story;
		const closing = storySlides(withoutDiscussion).at(-1);
		expect(closing).toMatchObject({ kind: 'discuss', title: 'Discuss' });
		expect(closing?.kind === 'discuss' && closing.questions).toEqual(['Why did the line move?']);
	});

	it('gives a step slide the quotes of its step, each with the citation holding its words', () => {
		const slide = slides[2];
		expect(slide?.kind).toBe('step');
		if (slide?.kind !== 'step') return;
		expect(slide.quotes.map((q) => q.text)).toEqual(['share the weights with a few partners']);
		for (const quote of slide.quotes) expect(quote.citation.quote).toContain(quote.text);
	});
});

describe('stepQuotes', () => {
	it('lists a quote used twice in a step once, in reading order', () => {
		const step = story.steps[0] as StoryStepView;
		const twice: StoryStepView = { ...step, paragraphs: [...step.paragraphs, ...step.paragraphs] };
		expect(stepQuotes(twice).map((q) => q.text)).toEqual(stepQuotes(step).map((q) => q.text));
		expect(stepQuotes(step)).toHaveLength(1);
	});
});

describe('Your call slides', () => {
	const scorable = dataset.stances.find((s) => s.citations.some((c) => c.speaker === undefined))!;
	const first = story.steps[0]!.id;
	const calls = joinCalls(
		[
			{ id: 'one', after: first, stance: scorable.id, hint: 'Look at the verbs.' },
			{ id: 'two', after: first, stance: scorable.id }
		],
		dataset
	);
	const slides = storySlides(story, calls);

	it('follow the step they name, in the order given', () => {
		expect(slides.map((s) => s.id)).toEqual([
			'title',
			`step-${first}`,
			'call-one',
			'call-two',
			...story.steps.slice(1).map((s) => `step-${s.id}`),
			'discuss'
		]);
	});

	it("give the presenter the dataset's level, the rationale and the hint in the notes", () => {
		const call = slides[2]!;
		expect(call.kind).toBe('call');
		expect(call.notes?.points).toEqual([
			`The dataset: level ${scorable.position}, ${scorable.levelLabel} (${scorable.evidence} evidence).`,
			`Why: ${scorable.rationale}`,
			'A hint, if the class is stuck: Look at the verbs.'
		]);
		expect(slides[3]!.notes?.points).toHaveLength(2);
	});

	it('leave each step a link to its own slide, counted past the calls', () => {
		const indexes = stepSlideIndexes(
			story.steps.map((s) => s.id),
			calls.map((c) => c.after)
		);
		story.steps.forEach((step, i) => {
			const href = slideHref(indexes[i]!);
			const index = slideFromAddress(new URL(href, 'https://example.org'), slides.length);
			expect(slides[index]).toMatchObject({ kind: 'step', title: step.title });
		});
	});
});
