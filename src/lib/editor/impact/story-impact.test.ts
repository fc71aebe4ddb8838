import { describe, expect, it } from 'vitest';
import { editedDataset, lovelaceRescored, publishedStory } from './impact-fixtures.ts';
import { storyImpact } from './story-impact.ts';

const published = { dataset: editedDataset(), story: publishedStory() };

describe('storyImpact', () => {
	it('finds nothing when the draft is the published data', () => {
		expect(storyImpact(published, { dataset: editedDataset(), story: publishedStory() })).toEqual({
			steps: [],
			removed: []
		});
	});

	it('names the steps where a re-scored stance moves a point, and not the others', () => {
		const impact = storyImpact(published, { dataset: lovelaceRescored(), story: publishedStory() });
		// "start" shows 2015-12, before the re-scored 2023 stance: its chart is the same.
		expect(impact.steps.map((s) => [s.id, s.step, s.slide, s.chartChanged])).toEqual([
			['closing', 2, 3, true],
			['timelines', 3, 4, true]
		]);
		expect(impact.steps.map((s) => s.changedLeaders)).toEqual([['Ada Lovelace'], ['Ada Lovelace']]);
		expect(impact.steps[0]?.before?.date).toBe('2023-11');
	});

	it('says why the words may no longer fit: a quote of the stance, a leader named', () => {
		const [closing, timelines] = storyImpact(published, {
			dataset: lovelaceRescored(),
			story: publishedStory()
		}).steps;
		expect(closing?.words).toEqual([
			{
				kind: 'quotes-stance',
				stanceId: 'lovelace-weights-2023',
				leaderName: 'Ada Lovelace',
				stanceChanged: true
			}
		]);
		// The timelines step's notes say "Lovelace's weights line".
		expect(timelines?.words).toEqual([{ kind: 'names-leader', leaderName: 'Ada Lovelace' }]);
	});

	it("flags a quote of an unchanged stance when its leader's trail at the step moved", () => {
		const earlier = editedDataset('/ada-lovelace.json', (text) =>
			text.replace('"position": 4,', '"position": 3,')
		);
		const closing = storyImpact(published, {
			dataset: earlier,
			story: publishedStory()
		}).steps.find((s) => s.id === 'closing');
		expect(closing?.chartChanged).toBe(true);
		expect(closing?.words).toContainEqual({
			kind: 'quotes-stance',
			stanceId: 'lovelace-weights-2023',
			leaderName: 'Ada Lovelace',
			stanceChanged: false
		});
	});

	it('compares what is drawn: a story edit of the highlight changes the chart, a title only the words', () => {
		const story = publishedStory();
		const [start, closing] = story.steps;
		if (!start || !closing) throw new Error('fixture story has steps');
		start.chart = { ...start.chart, highlight: ['alan-turing'] };
		closing.title = 'Closing up, slowly';
		const impact = storyImpact(published, { dataset: editedDataset(), story });
		expect(impact.steps.map((s) => [s.id, s.chartChanged, s.words])).toEqual([
			['start', true, []],
			['closing', false, [{ kind: 'own-words' }]]
		]);
	});

	it('lists new steps as changed and removed steps apart, with slides counted past Your call slides', () => {
		const story = publishedStory();
		const [start, closing, timelines] = story.steps;
		if (!start || !closing || !timelines) throw new Error('fixture story has three steps');
		story.steps = [start, { ...closing, id: 'closing-again' }, timelines];
		story.calls = [{ id: 'call-one', after: 'start', stance: 'lovelace-weights-2015' }];
		const impact = storyImpact(published, { dataset: editedDataset(), story });
		expect(impact.steps).toMatchObject([
			{ id: 'closing-again', step: 2, slide: 4, chartChanged: true, words: [{ kind: 'new-step' }] }
		]);
		expect(impact.steps[0]?.before).toBeUndefined();
		expect(impact.removed).toEqual([{ id: 'closing', title: 'Closing up' }]);
	});
});
