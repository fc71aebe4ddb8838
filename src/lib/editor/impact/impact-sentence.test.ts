import { describe, expect, it } from 'vitest';
import type { ChartState } from '../../model/chart-state.ts';
import {
	impactSentence,
	listInWords,
	wordsReasonInWords,
	numberRuns,
	slidesInBrackets,
	stepsInWords
} from './impact-sentence.ts';
import type { StepImpact, StoryImpact } from './story-impact.ts';

const state = { date: '2025-01' } as ChartState;
function step(n: number, slide: number, over: Partial<StepImpact> = {}): StepImpact {
	return {
		id: `s${n}`,
		title: `Step ${n}`,
		step: n,
		slide,
		chartChanged: true,
		changedLeaders: [],
		words: [],
		after: state,
		...over
	};
}
const impact = (steps: StepImpact[], removed: StoryImpact['removed'] = []): StoryImpact => ({
	steps,
	removed
});

describe('number ranges', () => {
	it('runs numbers together, sorted, once each', () => {
		expect(numberRuns([7, 5, 6, 2, 5])).toEqual([
			[2, 2],
			[5, 7]
		]);
		expect(numberRuns([])).toEqual([]);
	});

	it('writes steps in prose and slides compactly', () => {
		expect(stepsInWords([3])).toBe('step 3');
		expect(stepsInWords([5, 6, 7, 8])).toBe('steps 5 to 8');
		expect(stepsInWords([4, 5])).toBe('steps 4 and 5');
		expect(stepsInWords([2, 5, 6, 7, 9])).toBe('steps 2, 5 to 7 and 9');
		expect(stepsInWords([8, 9, 11, 12])).toBe('steps 8, 9, 11 and 12');
		expect(slidesInBrackets([7, 8, 9, 10])).toBe('7–10');
		expect(slidesInBrackets([2, 7, 8, 9])).toBe('2, 7–9');
		expect(slidesInBrackets([4, 5])).toBe('4, 5');
	});

	it('lists items with "and"', () => {
		expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
		expect(listInWords(['a'])).toBe('a');
	});
});

describe('impactSentence', () => {
	it('names the steps and their slides', () => {
		expect(impactSentence(impact([step(5, 7), step(6, 8), step(7, 9), step(8, 10)]))).toBe(
			'This changeset changes the chart in steps 5 to 8 and their slides (7–10).'
		);
	});

	it('says one step and its slide, and whose words to read again', () => {
		expect(
			impactSentence(
				impact([
					step(2, 3, { words: [{ kind: 'own-words' }] }),
					step(4, 6, { chartChanged: false, words: [{ kind: 'own-words' }] })
				])
			)
		).toBe(
			'This changeset changes the chart in step 2 and its slide (3). The words of steps 2 and 4 may no longer fit: read them again.'
		);
	});

	it('names removed steps, and says when nothing changes', () => {
		expect(impactSentence(impact([], [{ id: 'x', title: 'The end' }]))).toBe(
			'It removes a step: The end.'
		);
		expect(impactSentence(impact([]))).toBe(
			'This changeset changes nothing the story draws or says.'
		);
	});
});

describe('wordsReasonInWords', () => {
	it('tells a quoted stance changed from a quoted leader whose point moved', () => {
		const quote = { kind: 'quotes-stance', stanceId: 'x-weights-2025', leaderName: 'X Y' } as const;
		expect(wordsReasonInWords({ ...quote, stanceChanged: true })).toBe(
			'It quotes stance x-weights-2025, which this changeset changes.'
		);
		expect(wordsReasonInWords({ ...quote, stanceChanged: false })).toBe(
			'It quotes X Y (stance x-weights-2025), whose point on its chart changed.'
		);
		expect(wordsReasonInWords({ kind: 'names-leader', leaderName: 'X Y' })).toBe(
			'It names X Y, whose point on its chart changed.'
		);
	});
});
