/**
 * For the impact tests only: the fixture dataset and story as published, and drafts of them with
 * one stance re-scored or the story edited, each validated and joined as the desk would.
 */
import { readFileSync } from 'node:fs';
import { readDataDir } from '../../../../scripts/lib/read-data-dir.ts';
import { StoryFile } from '../../data/schema.ts';
import type { Dataset } from '../../model/dataset.ts';
import { datasetFrom } from '../../server/dataset-from.ts';

const TODAY = '2026-11-29';

export function publishedStory(): StoryFile {
	return StoryFile.parse(JSON.parse(readFileSync('tests/fixtures/story/story.json', 'utf8')));
}

/** The fixture dataset with `edit` applied to the text of the file whose path ends with `file`. */
export function editedDataset(file = '', edit: (text: string) => string = (t) => t): Dataset {
	const files = readDataDir('tests/fixtures/valid').map((f) =>
		file !== '' && f.path.endsWith(file) ? { ...f, text: edit(f.text) } : f
	);
	return datasetFrom(files, { today: TODAY });
}

/** Lovelace's 2023 weights stance re-scored from level 1 to level 2. */
export function lovelaceRescored(): Dataset {
	return editedDataset('/ada-lovelace.json', (text) =>
		text.replace(
			/("id": "lovelace-weights-2023",[\s\S]*?"position": )1/,
			(_, start: string) => `${start}2`
		)
	);
}
