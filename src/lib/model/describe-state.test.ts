import { describe, expect, it } from 'vitest';
import { chartDomain, defaultChartState } from './chart-state.ts';
import { describeChartState } from './describe-state.ts';
import { testDataset } from './test-dataset.ts';

const dataset = testDataset();
const base = defaultChartState(chartDomain(dataset));

describe('describeChartState', () => {
	it('names the charts and the month', () => {
		expect(describeChartState({ ...base, date: '2023-11' }, dataset)).toBe(
			'The spectra and timelines in Nov 2023.'
		);
	});

	it('names the axis in focus, the trails and the highlighted leaders', () => {
		expect(
			describeChartState(
				{
					...base,
					view: 'spectrum',
					date: '2023-11',
					from: '2015-12',
					axis: 'weights',
					highlight: ['ada-lovelace', 'alan-turing']
				},
				dataset
			)
		).toBe(
			'The spectra for model weights in Nov 2023, with trails from Dec 2015, highlighting Ada Lovelace and Alan Turing.'
		);
	});

	it('says timelines run up to the month, and names the leaders shown', () => {
		expect(
			describeChartState(
				{ ...base, view: 'timelines', date: '2025-03', leaders: ['alan-turing'] },
				dataset
			)
		).toBe('The timelines up to Mar 2025, showing Alan Turing.');
	});
});
