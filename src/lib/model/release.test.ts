import { describe, expect, it } from 'vitest';
import { testDataset } from '../server/test-dataset.ts';
import { datasetJsonText } from './dataset-json.ts';
import { readRelease, releaseOfDataset, releasedPositions } from './release.ts';

const dataset = testDataset();

describe('a released dataset', () => {
	it('reads from the JSON download exactly as the dataset it was written from gives it', () => {
		expect(readRelease(JSON.parse(datasetJsonText(dataset)))).toEqual(releaseOfDataset(dataset));
	});
	it('keeps the cause of a move, and each citation as its source and words', () => {
		const moved = releaseOfDataset(dataset).stances.find((s) => s.id === 'lovelace-weights-2023');
		expect(moved?.cause).toBe('statement');
		expect(moved?.citations[0]).toMatch(/^example-podcast-2023-11: we share the weights/);
	});
	it('refuses a file it cannot read, naming what is wrong', () => {
		expect(() => readRelease({ version: '1.0.0', updated: '2026-01-01', leaders: {} })).toThrow(
			"a released dataset's leaders must be a list"
		);
		expect(() => readRelease([])).toThrow("a released dataset's file must be an object");
	});
	it('gives where each stance was placed, by date, for ghosts', () => {
		const positions = releasedPositions(releaseOfDataset(dataset));
		expect(positions.map((p) => p[3])).toEqual([...dataset.stances].map((s) => s.asOf).sort());
		expect(positions[0]).toEqual([
			'lovelace-weights-2015',
			'ada-lovelace',
			'weights',
			'2015-12',
			4
		]);
	});
});
