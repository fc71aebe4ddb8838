import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { datasetFrom, InvalidDatasetError } from './dataset-from.ts';

describe('datasetFrom', () => {
	it('joins a valid dataset', () => {
		const dataset = datasetFrom(readDataDir('tests/fixtures/valid'), { today: '2026-11-29' });
		expect(dataset.leaders.map((l) => l.id).sort()).toEqual(['ada-lovelace', 'alan-turing']);
	});

	it('refuses an invalid dataset, naming every error with its position', () => {
		const files = readDataDir('tests/fixtures/invalid');
		let error: unknown;
		try {
			datasetFrom(files, { today: '2026-11-29' });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(InvalidDatasetError);
		const message = (error as Error).message;
		expect(message).toMatch(/^The dataset has \d+ errors:\n/);
		expect(message).toMatch(
			/tests\/fixtures\/invalid\/leaders\/[a-z-]+\.json:\d+:\d+ {2}\S+ {2}.+/
		);
	});
});
