import { describe, expect, it } from 'vitest';
import { chartDomain, defaultChartState } from './chart-state.ts';
import { chartCaption, describeChartState } from './describe-state.ts';
import { testDataset, testDatasetWithReference } from '../server/test-dataset.ts';

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

	it('names the cast alone by its name where there are reference leaders', () => {
		const withReference = testDatasetWithReference();
		const state = { ...base, date: '2023-11', view: 'spectrum' as const };
		expect(describeChartState({ ...state, leaders: ['alan-turing'] }, withReference)).toBe(
			'The spectra in Nov 2023, showing the cast.'
		);
		expect(describeChartState(state, withReference)).toBe('The spectra in Nov 2023.');
		expect(describeChartState({ ...state, leaders: ['ada-lovelace'] }, withReference)).toBe(
			'The spectra in Nov 2023, showing Ada Lovelace.'
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

describe('chartCaption', () => {
	const axes = dataset.axes;
	const weights = axes[0];

	it('gives the month, and all four axes when none is in focus', () => {
		expect(chartCaption({ ...base, view: 'spectrum', date: '2023-11' }, axes)).toEqual({
			when: 'Nov 2023',
			what: 'All four axes'
		});
	});

	it('names the axis in focus and the trails on the spectra', () => {
		const state = { ...base, view: 'spectrum' as const, date: '2024-07', from: '2015-12' };
		expect(chartCaption({ ...state, axis: weights?.id ?? null }, axes)).toEqual({
			when: 'Jul 2024',
			what: `${weights?.label}, with trails from Dec 2015`
		});
	});

	it('says timelines run up to the month, and draw no trails', () => {
		expect(
			chartCaption({ ...base, view: 'timelines', date: '2026-01', from: '2015-12' }, axes)
		).toEqual({ when: 'Up to Jan 2026', what: 'All four axes' });
	});
});
