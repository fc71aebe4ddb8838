import { describe, expect, it } from 'vitest';
import { testDataset, testDatasetWithReference } from '../server/test-dataset.ts';
import { citationRows } from './citation-rows.ts';
import { EMPTY_FILTER, filterRows, isFiltered, normalizeText, shownLabel } from './filter-rows.ts';

const rows = citationRows(testDataset());
const ids = (filtered: { stanceId: string }[]) => filtered.map((r) => r.stanceId);

describe('filterRows', () => {
	it('lets every row through when no filter is set', () => {
		expect(filterRows(rows, EMPTY_FILTER)).toEqual(rows);
	});

	it('keeps one leader, one axis or one kind of evidence', () => {
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, leader: 'alan-turing' }))).toEqual([
			'turing-access-2019',
			'turing-methodology-2025'
		]);
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, axis: 'weights' }))).toEqual([
			'lovelace-weights-2015',
			'lovelace-weights-2023'
		]);
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, evidence: 'explicit' }))).toEqual([
			'turing-access-2019',
			'lovelace-weights-2023'
		]);
	});

	it('keeps the cast or the reference leaders', () => {
		const withReference = citationRows(testDatasetWithReference());
		const leaders = (role: 'cast' | 'reference') =>
			new Set(filterRows(withReference, { ...EMPTY_FILTER, role }).map((r) => r.leaderId));
		expect([...leaders('cast')]).toEqual(['alan-turing']);
		expect([...leaders('reference')]).toEqual(['ada-lovelace']);
		expect(filterRows(rows, { ...EMPTY_FILTER, role: 'reference' })).toEqual([]);
	});

	it('keeps the stances new or changed since the release before, and says a filter is set', () => {
		const fresh = new Set(['lovelace-weights-2023']);
		const only = { ...EMPTY_FILTER, newSince: true };
		expect(new Set(filterRows(rows, only, fresh).map((r) => r.stanceId))).toEqual(fresh);
		expect(filterRows(rows, only)).toEqual([]);
		expect(isFiltered(only)).toBe(true);
		expect(isFiltered(EMPTY_FILTER)).toBe(false);
	});

	it('combines filters', () => {
		expect(
			ids(filterRows(rows, { ...EMPTY_FILTER, leader: 'ada-lovelace', axis: 'access' }))
		).toEqual(['lovelace-access-2024']);
		expect(filterRows(rows, { ...EMPTY_FILTER, leader: 'alan-turing', axis: 'weights' })).toEqual(
			[]
		);
	});

	it('searches quotes, leaders, outlets, titles and "via" outlets, every word', () => {
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, text: 'PARTNERS' }))).toEqual([
			'lovelace-weights-2023'
		]);
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, text: '  turing  ' }))).toEqual([
			'turing-access-2019',
			'turing-methodology-2025'
		]);
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, text: 'episode 12' }))).toEqual([
			'lovelace-weights-2015',
			'lovelace-weights-2023'
		]);
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, text: 'example blog' }))).toEqual([
			'turing-access-2019',
			'turing-methodology-2025'
		]);
		expect(ids(filterRows(rows, { ...EMPTY_FILTER, text: 'lovelace partners' }))).toEqual([
			'lovelace-weights-2023'
		]);
		expect(filterRows(rows, { ...EMPTY_FILTER, text: 'lovelace methods' })).toEqual([]);
	});
});

describe('normalizeText', () => {
	it('folds case, accents and curly quotes', () => {
		expect(normalizeText('Élan’s “Open” Café')).toBe('elan\'s "open" cafe');
	});
});

describe('shownLabel', () => {
	it('counts the rows shown out of all of them', () => {
		expect(shownLabel(2, 5)).toBe('2 of 5 citations shown');
		expect(shownLabel(0, 44)).toBe('0 of 44 citations shown');
		expect(shownLabel(1, 1)).toBe('1 of 1 citation shown');
	});
});
