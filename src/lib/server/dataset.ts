/**
 * The dataset as pages see it: read from `data/` at build time, validated, joined.
 *
 * The files come in through `import.meta.glob`, so Vite knows every page depends on them: in
 * `npm run dev` an edit to a data file reloads the pages, and an invalid edit fails the load
 * with the validator's own messages. Server-only: readers' browsers never download the validator.
 */
import { byPath } from '$lib/data/data-paths';
import type { DataFile } from '$lib/data/validate';
import type { Dataset } from '$lib/model/dataset';
import { datasetFrom } from './dataset-from.ts';

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

let cached: Dataset | undefined;

/** The bundled dataset, validated and joined once per build (or per edit in `npm run dev`). */
export function loadDataset(): Dataset {
	cached ??= datasetFrom(bundledDataFiles());
	return cached;
}
