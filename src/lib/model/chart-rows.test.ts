import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { chartRowsOf, datasetOfChartRows, datasetOfPart, partOf } from './chart-rows.ts';
import { datasetWith, datasetWithoutWords } from './dataset-parts.ts';

describe('chart rows', () => {
	const dataset = testDataset();

	it('give back the dataset without words, field for field', () => {
		expect(datasetOfChartRows(chartRowsOf(dataset))).toEqual(datasetWithoutWords(dataset));
	});

	it('hold each stance once, as a row', () => {
		const { base, rows } = chartRowsOf(dataset);
		expect(rows).toHaveLength(dataset.stances.length);
		expect(base.stances).toEqual([]);
		expect(base.leaders.every((l) => l.stances.length === 0)).toBe(true);
		expect(JSON.stringify(chartRowsOf(dataset)).length).toBeLessThan(
			JSON.stringify(datasetWithoutWords(dataset)).length
		);
	});

	it('refuse a row that names no leader', () => {
		const { base, rows } = chartRowsOf(dataset);
		const [first] = rows;
		if (!first) throw new Error('the fixture has stances');
		expect(() =>
			datasetOfChartRows({ base, rows: [[first[0], 99, 0, '2020-01', 1, 'explicit']] })
		).toThrow(/names no leader/);
	});
});

describe('a dataset part', () => {
	const dataset = testDataset();
	const bare = datasetWithoutWords(dataset);
	const [quoted] = dataset.stances;
	if (!quoted) throw new Error('the fixture has stances');
	// As the story carries it: one stance with its words, the rest without.
	const mixed = datasetWith(
		dataset,
		bare.stances.map((s) => (s.id === quoted.id ? quoted : s))
	);

	it('gives back the dataset it was made from', () => {
		expect(datasetOfPart(partOf(mixed))).toEqual(mixed);
		expect(mixed.words).toBe(false);
	});

	it('gives back a dataset with every word as whole, not marked as wordless', () => {
		const back = datasetOfPart(partOf(dataset));
		expect(back).toEqual(dataset);
		expect(back.words).toBeUndefined();
	});

	it('carries wordless stances as rows only', () => {
		const part = partOf(mixed);
		expect(part.worded.map((s) => s.id)).toEqual([quoted.id]);
		expect(part.rows.rows).toHaveLength(dataset.stances.length);
	});
});
