import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { citationRows } from './citation-rows.ts';
import { DEFAULT_SORT, nextSort, sortRows } from './sort-rows.ts';

const rows = citationRows(testDataset());
const ids = (sorted: { stanceId: string }[]) => sorted.map((r) => r.stanceId);

describe('sortRows', () => {
	it('sorts by the date held, earliest first by default', () => {
		expect(ids(sortRows(rows, DEFAULT_SORT))).toEqual([
			'lovelace-weights-2015',
			'turing-access-2019',
			'lovelace-weights-2023',
			'lovelace-access-2024',
			'turing-methodology-2025'
		]);
		expect(ids(sortRows(rows, { key: 'asOf', direction: 'descending' }))).toEqual([
			'turing-methodology-2025',
			'lovelace-access-2024',
			'lovelace-weights-2023',
			'turing-access-2019',
			'lovelace-weights-2015'
		]);
	});

	it('keeps ties in the order they came in, in both directions', () => {
		expect(ids(sortRows(rows, { key: 'leader', direction: 'ascending' }))).toEqual([
			'lovelace-weights-2015',
			'lovelace-weights-2023',
			'lovelace-access-2024',
			'turing-access-2019',
			'turing-methodology-2025'
		]);
		expect(ids(sortRows(rows, { key: 'leader', direction: 'descending' }))).toEqual([
			'turing-access-2019',
			'turing-methodology-2025',
			'lovelace-weights-2015',
			'lovelace-weights-2023',
			'lovelace-access-2024'
		]);
	});

	it('sorts axes in rubric order, not alphabetically', () => {
		expect(ids(sortRows(rows, { key: 'axis', direction: 'ascending' }))).toEqual([
			'lovelace-weights-2015',
			'lovelace-weights-2023',
			'turing-methodology-2025',
			'turing-access-2019',
			'lovelace-access-2024'
		]);
	});

	it('sorts by level, evidence strength and source', () => {
		expect(ids(sortRows(rows, { key: 'position', direction: 'descending' }))).toEqual([
			'lovelace-weights-2015',
			'turing-access-2019',
			'lovelace-access-2024',
			'turing-methodology-2025',
			'lovelace-weights-2023'
		]);
		expect(ids(sortRows(rows, { key: 'evidence', direction: 'ascending' }))).toEqual([
			'turing-access-2019',
			'lovelace-weights-2023',
			'lovelace-weights-2015',
			'turing-methodology-2025',
			'lovelace-access-2024'
		]);
		expect(ids(sortRows(rows, { key: 'source', direction: 'ascending' }))).toEqual([
			'turing-methodology-2025',
			'turing-access-2019',
			'lovelace-access-2024',
			'lovelace-weights-2015',
			'lovelace-weights-2023'
		]);
	});

	it('leaves its input alone', () => {
		const before = ids(rows);
		sortRows(rows, { key: 'leader', direction: 'descending' });
		expect(ids(rows)).toEqual(before);
	});
});

describe('nextSort', () => {
	it('flips the direction of the same column', () => {
		expect(nextSort(DEFAULT_SORT, 'asOf')).toEqual({ key: 'asOf', direction: 'descending' });
		expect(nextSort({ key: 'asOf', direction: 'descending' }, 'asOf')).toEqual(DEFAULT_SORT);
	});

	it('starts another column ascending', () => {
		expect(nextSort({ key: 'asOf', direction: 'descending' }, 'leader')).toEqual({
			key: 'leader',
			direction: 'ascending'
		});
	});
});
