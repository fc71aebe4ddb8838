/**
 * The bundled story against the bundled dataset: every step's chart state is one the explore view
 * can show (so "explore this view" opens exactly it), every leader it highlights is on the chart
 * at that step, and every quote is attributed by name in its step's words. The presentation
 * (/present) has notes for every slide: each step's, the title slide's and the closing one's.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { stancesAsOf } from '../model/as-of.ts';
import { chartDomain, shownLeaderIds } from '../model/chart-state.ts';
import { chartStateToParams } from '../model/chart-state-url.ts';
import { parseChartState } from '../model/chart-state-parse.ts';
import { joinDataset } from '../model/join.ts';
import { parsedDatasetFrom } from '../server/dataset-from.ts';
import { joinStory } from './join-story.ts';

const parsed = parsedDatasetFrom(readDataDir('data'));
const dataset = joinDataset(parsed);
const domain = chartDomain(dataset);

describe('the bundled story', () => {
	if (!parsed.story) throw new Error('data/story/story.json is missing');
	const story = joinStory(parsed.story, dataset, domain);

	it('has steps', () => {
		expect(story.steps.length).toBeGreaterThanOrEqual(5);
	});

	it("has the presenter's notes for the title slide", () => {
		expect(story.opening?.points.length).toBeGreaterThan(0);
	});

	it('ends the presentation with a discussion: questions for the class, and notes', () => {
		expect(story.discussion?.title).toBe('Discuss');
		expect(story.discussion?.questions.length).toBeGreaterThanOrEqual(3);
		expect(story.discussion?.notes?.points.length).toBeGreaterThan(0);
	});

	// The story's general claims, against the data they summarise. They are about the cast, the
	// leaders the story follows; the reference leaders are shown beside them only where a step says.
	const cast = dataset.leaders.filter((l) => l.role === 'cast');
	const references = dataset.leaders.filter((l) => l.role === 'reference');
	const weights = dataset.stances.filter((s) => s.axis === 'weights');
	const castWeights = weights.filter((s) => s.leaderRole === 'cast');
	const everAtThreshold = new Set(
		castWeights.filter((s) => s.position === 2).map((s) => s.leaderId)
	);
	const NUMBER = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
	const wordsOf = (step: (typeof story.steps)[number] | undefined) =>
		step?.paragraphs
			.flat()
			.map((s) => s.text)
			.join('') ?? '';

	it('says in the dek how many of the cast have backed releasing weights only up to a line', () => {
		const claim = `${NUMBER[everAtThreshold.size]} of the ${NUMBER[cast.length]} leaders this story follows`;
		expect(parsed.story?.dek.toLowerCase()).toContain(claim);
	});

	it('says at the end that none of the cast stands above the middle of the weights axis today', () => {
		const last = story.steps.at(-1);
		const latest = [...stancesAsOf(castWeights, last?.state.date ?? '').values()];
		expect(latest.length).toBe(cast.length);
		expect(Math.max(...latest.map((s) => s.position))).toBe(2);
		const words = wordsOf(last);
		expect(words).toContain(
			`On weights none of the ${NUMBER[cast.length]} stands above the middle`
		);
		expect(words).toContain(
			`${NUMBER[everAtThreshold.size]?.replace(/^./, (c) => c.toUpperCase())} of them have`
		);
	});

	it('says at the end where the open end stands: the reference leaders, shown beside the cast', () => {
		const last = story.steps.at(-1);
		if (!last) throw new Error('no steps');
		expect(references.length).toBeGreaterThan(0);
		expect(shownLeaderIds(last.state, domain)).toEqual(domain.leaderIds);
		const latest = [
			...stancesAsOf(
				weights.filter((s) => s.leaderRole === 'reference'),
				last.state.date
			).values()
		];
		const top = Math.max(...latest.map((s) => s.position));
		expect(top).toBe(4);
		const words = wordsOf(last);
		expect(words).toContain('The open end is where the reference leaders stand');
		// Everyone at the open end is named, and so is every reference leader below it.
		for (const leader of references) expect(words, leader.name).toContain(leader.name);
	});

	it('keeps to the cast, except where a step chooses to show the reference leaders', () => {
		const showing = story.steps.filter((step) =>
			shownLeaderIds(step.state, domain).some((id) => domain.referenceIds.includes(id))
		);
		expect(showing.map((s) => s.id)).toEqual(['gpt-oss', 'where-open-went']);
		for (const step of story.steps.filter((s) => !showing.includes(s)))
			for (const id of shownLeaderIds(step.state, domain))
				expect(domain.castIds, `${step.id} shows ${id}`).toContain(id);
		// A step showing them says what the lighter marks are, or names them.
		for (const step of showing) expect(wordsOf(step), step.id).toMatch(/lighter|reference leaders/);
	});

	for (const step of story.steps) {
		describe(`step "${step.id}"`, () => {
			it('shows a state the explore view reads back unchanged from its address', () => {
				const params = chartStateToParams(step.state, domain);
				expect(parseChartState(params, domain)).toEqual(step.state);
			});

			it('has every leader it highlights on the chart at its date', () => {
				const shown = shownLeaderIds(step.state, domain);
				const onChart = new Set(
					[...stancesAsOf(dataset.stances, step.state.date).values()]
						.filter((s) => step.state.axis === null || s.axis === step.state.axis)
						.map((s) => s.leaderId)
				);
				for (const leader of step.state.highlight) {
					expect(shown).toContain(leader);
					expect(onChart.has(leader), `${leader} has a point at ${step.state.date}`).toBe(true);
				}
			});

			it("has the presenter's notes: points to make, and a question for the class", () => {
				expect(step.notes?.points.length).toBeGreaterThan(0);
				expect(step.notes?.question).toBeTruthy();
			});

			it('names the speaker of every quote it makes', () => {
				const words = step.paragraphs
					.flat()
					.map((s) => s.text)
					.join('');
				for (const segment of step.paragraphs.flat()) {
					if (segment.kind !== 'quote') continue;
					// Words that are not the leader's own name their speaker: "Anthropic (company post)".
					const speaker = segment.citation.speaker?.split(' (')[0];
					const name = speaker ?? segment.stance.leaderName.split(' ').at(-1) ?? '';
					expect(words, `"${segment.text}" is attributed`).toContain(name);
				}
			});
		});
	}
});
