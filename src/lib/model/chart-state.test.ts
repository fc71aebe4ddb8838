import { describe, expect, it } from 'vitest';
import {
	chartDomain,
	defaultChartState,
	leaderSelection,
	shownLeaderIds,
	type ChartDomain
} from './chart-state.ts';
import { chartStateQuery, chartStateToParams } from './chart-state-url.ts';
import { parseChartState } from './chart-state-parse.ts';
import { testDataset, testDatasetWithReference } from '../server/test-dataset.ts';

const dataset = testDataset();
const domain: ChartDomain = chartDomain(dataset);
const parse = (query: string) => parseChartState(new URLSearchParams(query), domain);

describe('chartDomain', () => {
	it('runs from the first dated month to the last update, one entry per month', () => {
		expect(domain.months[0]).toBe('2015-12');
		expect(domain.months.at(-1)).toBe('2025-06');
		expect(domain.months).toHaveLength(1 + 9 * 12 + 6);
		expect(domain.leaderIds).toEqual(['ada-lovelace', 'alan-turing']);
		expect(domain.axisIds).toEqual(['weights', 'tools', 'methodology', 'access']);
	});
});

describe('the chart state in a URL', () => {
	it('reads an empty query as the default view at the latest month', () => {
		expect(parse('')).toEqual(defaultChartState(domain));
		expect(parse('').date).toBe('2025-06');
	});

	it('round-trips every field', () => {
		const state = {
			date: '2020-03',
			from: '2016-01',
			view: 'spectrum' as const,
			axis: 'tools' as const,
			leaders: ['ada-lovelace', 'alan-turing'],
			highlight: ['alan-turing'],
			stance: 'lovelace-weights-2023',
			evidence: 'explicit' as const,
			compare: null,
			newSince: false
		};
		expect(parse(chartStateToParams(state, domain).toString())).toEqual(state);
	});

	it('round-trips a comparison with an earlier release, and what is new since the last', () => {
		const released = { ...domain, earlierVersions: ['2.0.0', '1.0.0'] };
		const state = { ...defaultChartState(released), compare: '1.0.0', newSince: true };
		const query = chartStateQuery(state, released);
		expect(query).toBe('?compare=1.0.0&new=1');
		expect(parseChartState(new URLSearchParams(query), released)).toEqual(state);
		// A version that was never released, or any release in a dataset with none, names nothing.
		expect(parseChartState(new URLSearchParams('compare=9.9.9'), released).compare).toBeNull();
		expect(parse('compare=1.0.0&new=1')).toMatchObject({ compare: null, newSince: false });
	});

	it('leaves defaults out of the query', () => {
		expect(chartStateQuery(defaultChartState(domain), domain)).toBe('');
		expect(
			chartStateQuery({ ...defaultChartState(domain), highlight: ['alan-turing'] }, domain)
		).toBe('?highlight=alan-turing');
	});

	it('ignores garbage instead of failing', () => {
		const state = parse(
			'date=soon&from=2030-99&view=pie&axis=vibes&leaders=nobody,,ada-lovelace,ada-lovelace&highlight=%3Cscript%3E&stance=nope&evidence=some&new=yes&extra=1'
		);
		expect(state).toEqual({ ...defaultChartState(domain), leaders: ['ada-lovelace'] });
	});

	it('clamps a real month outside the data to its edge', () => {
		expect(parse('date=1999-01').date).toBe('2015-12');
		expect(parse('date=2099-01').date).toBe('2025-06');
	});

	it('keeps a trail only when it starts before the date shown', () => {
		expect(parse('date=2020-01&from=2016-05').from).toBe('2016-05');
		expect(parse('date=2020-01&from=2020-01').from).toBeNull();
		expect(parse('date=2020-01&from=2024-01').from).toBeNull();
	});

	it('lists leaders in display order whatever order the URL gives', () => {
		expect(parse('leaders=alan-turing,ada-lovelace').leaders).toEqual([
			'ada-lovelace',
			'alan-turing'
		]);
		expect(shownLeaderIds(parse('leaders=alan-turing'), domain)).toEqual(['alan-turing']);
		expect(shownLeaderIds(parse(''), domain)).toEqual(['ada-lovelace', 'alan-turing']);
	});
});

describe('reference leaders in the domain and the URL', () => {
	const withReference = chartDomain(testDatasetWithReference());
	const read = (query: string) => parseChartState(new URLSearchParams(query), withReference);
	const write = (leaders: string[]) =>
		chartStateQuery({ ...defaultChartState(withReference), leaders }, withReference);

	it('lists the cast first, then the reference leaders', () => {
		expect(withReference.leaderIds).toEqual(['alan-turing', 'ada-lovelace']);
		expect(withReference.castIds).toEqual(['alan-turing']);
		expect(withReference.referenceIds).toEqual(['ada-lovelace']);
		expect(domain.referenceIds).toEqual([]);
	});

	it('writes the whole cast as its word, and reads the word back as the cast', () => {
		expect(write(['alan-turing'])).toBe('?leaders=cast');
		expect(write(['ada-lovelace'])).toBe('?leaders=ada-lovelace');
		expect(read('leaders=cast').leaders).toEqual(['alan-turing']);
		expect(read('leaders=ada-lovelace,cast').leaders).toEqual(['alan-turing', 'ada-lovelace']);
		// Without reference leaders there are no groups to name: ids as before.
		expect(
			chartStateQuery({ ...defaultChartState(domain), leaders: ['ada-lovelace'] }, domain)
		).toBe('?leaders=ada-lovelace');
	});
});

describe('leaderSelection', () => {
	it('keeps leaders in display order, and every leader as the default, []', () => {
		expect(leaderSelection(['alan-turing', 'ada-lovelace'], domain)).toEqual([]);
		expect(leaderSelection(['alan-turing', 'nobody'], domain)).toEqual(['alan-turing']);
	});
});
