/**
 * The small valid fixture dataset (tests/fixtures/valid), validated and joined, for unit tests of
 * the model stages. Two leaders: Ada Lovelace (weights 2015-12 at 4, weights 2023-11 at 1,
 * access 2024-05 at 2) and Alan Turing (access 2019-05 at 3, methodology 2025-03 at 2); one event
 * (2024-05-13); last updated 2025-06-01.
 */
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import { datasetFrom } from './dataset-from.ts';
import type { Dataset } from '../model/dataset.ts';

export function testDataset(): Dataset {
	return datasetFrom(readDataDir('tests/fixtures/valid'), { today: '2026-11-29' });
}

/**
 * The same fixture with Ada Lovelace as a reference leader (shown beside the cast for
 * comparison): the cast is Alan Turing alone, listed first.
 */
export function testDatasetWithReference(): Dataset {
	const files = readDataDir('tests/fixtures/valid').map((f) =>
		f.path.endsWith('/ada-lovelace.json')
			? {
					...f,
					text: f.text.replace(
						'"role": "cast",',
						'"role": "reference", "roleNote": "Shown for comparison.",'
					)
				}
			: f
	);
	return datasetFrom(files, { today: '2026-11-29' });
}
