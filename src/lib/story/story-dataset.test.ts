import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { stancesAsOf } from '../model/as-of.ts';
import { chartDomain, shownLeaderIds } from '../model/chart-state.ts';
import { describeChartState } from '../model/describe-state.ts';
import { joinDataset } from '../model/join.ts';
import { parsedDatasetFrom } from '../server/dataset-from.ts';
import { joinStory } from './join-story.ts';
import { storyDataset } from './story-dataset.ts';

const parsed = parsedDatasetFrom(readDataDir('data'));
const dataset = joinDataset(parsed);
if (!parsed.story) throw new Error('data/story/story.json is missing');
const story = joinStory(parsed.story, dataset, chartDomain(dataset));
const part = storyDataset(dataset, story);
const domain = chartDomain(dataset);

describe('storyDataset', () => {
	it('draws every step as the whole dataset does', () => {
		for (const { state } of story.steps) {
			const leaders = new Set(shownLeaderIds(state, domain));
			const onChart = (stances: typeof dataset.stances, month: string) =>
				[...stancesAsOf(stances, month).values()]
					.filter((s) => leaders.has(s.leaderId) && (state.axis === null || s.axis === state.axis))
					.map((s) => [s.id, s.position])
					.sort();
			expect(onChart(part.stances, state.date)).toEqual(onChart(dataset.stances, state.date));
			expect(describeChartState(state, part)).toBe(describeChartState(state, dataset));
		}
	});

	it("keeps a timeline step's every stance on its axis", () => {
		const step = story.steps.find((s) => s.state.view === 'timelines');
		if (!step) return;
		const leaders = new Set(shownLeaderIds(step.state, domain));
		const onTimeline = (stances: typeof dataset.stances) =>
			stances.filter((s) => leaders.has(s.leaderId) && s.axis === step.state.axis).map((s) => s.id);
		expect(onTimeline(part.stances)).toEqual(onTimeline(dataset.stances));
	});

	it('keeps the words of every quoted stance, and of no other', () => {
		const quoted = new Set(
			story.steps.flatMap((s) =>
				s.paragraphs.flat().flatMap((seg) => (seg.kind === 'quote' ? [seg.stance.id] : []))
			)
		);
		expect(quoted.size).toBeGreaterThan(0);
		for (const s of part.stances)
			expect(s.citations.length > 0, s.id).toBe(quoted.has(s.id) || false);
		expect(part.stances.length).toBeLessThanOrEqual(dataset.stances.length);
	});
});
