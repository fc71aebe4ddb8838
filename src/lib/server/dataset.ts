/**
 * The dataset as pages see it: read from `data/` at build time, validated, joined.
 *
 * The files come in through `import.meta.glob`, so Vite knows every page depends on them: in
 * `npm run dev` an edit to a data file reloads the pages, and an invalid edit fails the load
 * with the validator's own messages. Server-only: readers' browsers never download the validator.
 */
import { byPath } from '$lib/data/data-paths';
import type { DataFile } from '$lib/data/validate';
import type { ParsedDataset } from '$lib/data/validate';
import { chartDomain } from '$lib/model/chart-state';
import type { Dataset } from '$lib/model/dataset';
import { joinDataset } from '$lib/model/join';
import { joinPractice, type PracticeSetView } from '$lib/practice/practice';
import { joinCalls, type StoryCallView } from '$lib/practice/story-calls';
import { joinStory } from '$lib/story/join-story';
import type { Story } from '$lib/story/story';
import { parsedDatasetFrom } from './dataset-from.ts';

const rawFiles = import.meta.glob(['/data/*.json', '/data/leaders/*.json', '/data/story/*.json'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The bundled data files, with paths relative to the repo root ("data/axes.json"). */
export function bundledDataFiles(): DataFile[] {
	return Object.entries(rawFiles)
		.map(([path, text]) => ({ path: path.replace(/^\//, ''), text }))
		.sort(byPath);
}

let cached: { parsed: ParsedDataset; dataset: Dataset } | undefined;

/** Validated and joined once per build (or per edit in `npm run dev`). */
function validated(): { parsed: ParsedDataset; dataset: Dataset } {
	if (!cached) {
		const parsed = parsedDatasetFrom(bundledDataFiles());
		cached = { parsed, dataset: joinDataset(parsed) };
	}
	return cached;
}

/** The bundled dataset, validated and joined. */
export function loadDataset(): Dataset {
	return validated().dataset;
}

/** The explainer (data/story/story.json) joined to the bundled dataset. */
export function loadStory(): Story {
	const { parsed, dataset } = validated();
	if (!parsed.story)
		throw new Error('data/story/story.json is missing: the home page tells the story it holds');
	return joinStory(parsed.story, dataset, chartDomain(dataset));
}

/** The practice sets (data/practice.json) joined to the bundled dataset. */
export function loadPractice(): PracticeSetView[] {
	const { parsed, dataset } = validated();
	if (!parsed.practice)
		throw new Error('data/practice.json is missing: /practice asks the quotes its sets list');
	return joinPractice(parsed.practice, dataset);
}

/** The story's Your call slides (story.json `calls`), each joined to its stance. */
export function loadStoryCalls(): StoryCallView[] {
	const { parsed, dataset } = validated();
	return joinCalls(parsed.story?.calls ?? [], dataset);
}
