import { describe, expect, it } from 'vitest';
import type { StepChart } from '../data/schema.ts';
import { chartDomain } from '../model/chart-state.ts';
import { testDataset, testDatasetWithReference } from '../server/test-dataset.ts';
import { stepChartState } from './step-state.ts';

const domain = chartDomain(testDataset());

describe('stepChartState', () => {
	it('is the default state with what the step says: spectra unless it names a view', () => {
		expect(stepChartState({ date: '2019-05' }, domain)).toEqual({
			date: '2019-05',
			from: null,
			view: 'spectrum',
			axis: null,
			leaders: [],
			highlight: [],
			stance: null,
			evidence: 'all',
			compare: null,
			newSince: false
		});
	});

	it('keeps leader lists in display order, as the explore view does', () => {
		const state = stepChartState(
			{
				date: '2024-05',
				from: '2019-05',
				view: 'timelines',
				axis: 'access',
				leaders: ['alan-turing', 'ada-lovelace'],
				highlight: ['alan-turing', 'ada-lovelace']
			},
			domain
		);
		expect(state.leaders).toEqual(['ada-lovelace', 'alan-turing']);
		expect(state.highlight).toEqual(['ada-lovelace', 'alan-turing']);
		expect(state).toMatchObject({ from: '2019-05', view: 'timelines', axis: 'access' });
	});

	describe('with a reference leader (Lovelace) beside the cast (Turing)', () => {
		const withReference = chartDomain(testDatasetWithReference());
		const leaders = (chart: Omit<StepChart, 'date'>) =>
			stepChartState({ date: '2024-05', ...chart }, withReference).leaders;

		it('shows the cast unless the step says otherwise', () => {
			expect(leaders({})).toEqual(['alan-turing']);
		});

		it('adds every reference leader when the step says references: every leader, the default', () => {
			expect(leaders({ references: true })).toEqual([]);
			// Named, with the reference leaders beside them: every leader too, listed as named.
			expect(leaders({ leaders: ['alan-turing'], references: true })).toEqual([
				'alan-turing',
				'ada-lovelace'
			]);
		});

		it('shows a reference leader it names', () => {
			expect(leaders({ leaders: ['ada-lovelace'] })).toEqual(['ada-lovelace']);
		});
	});
});
