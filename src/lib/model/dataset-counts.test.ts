import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { datasetCounts } from './dataset-counts.ts';
import { datasetAsOf } from './dataset-parts.ts';

describe('datasetCounts', () => {
	const dataset = testDataset();

	it('counts stances, leaders, citations, sources and corrections', () => {
		const counts = datasetCounts(dataset);
		expect(counts.stances).toBe(dataset.stances.length);
		expect(counts.leaders).toBe(dataset.leaders.length);
		expect(counts.citations).toBe(dataset.stances.reduce((n, s) => n + s.citations.length, 0));
		expect(counts.sources).toBe(dataset.sources.length);
		expect(counts.changes).toBe(dataset.changes.length);
	});

	it('splits the citations by how they were checked, every one counted once', () => {
		const { checks, citations } = datasetCounts(dataset);
		expect(checks.original + checks.copy + checks.essay).toBe(citations);
	});

	it('counts a part of the dataset as that part', () => {
		const month = dataset.stances[0]?.asOf.slice(0, 7) ?? '';
		expect(datasetCounts(datasetAsOf(dataset, month)).stances).toBeLessThan(
			datasetCounts(dataset).stances
		);
	});
});
