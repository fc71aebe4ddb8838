/**
 * Whether a page carries the whole dataset in its HTML. Up to `WHOLE_DATASET_MAX_STANCES`
 * stances it does (the bundled dataset: every chart and citation is in the page, with or without
 * scripts). Past it, a page carries what its first view draws (`datasetAsOf`) and fetches the
 * whole once from `/data/joined.json`, which the browser caches for every page: so the HTML stays
 * small as the dataset grows, and no page parses megabytes of data it hydrates from.
 */
import { partOf, type PageDataset } from '$lib/model/chart-rows';
import type { Dataset } from '$lib/model/dataset';

export const WHOLE_DATASET_MAX_STANCES = 500;

/**
 * The limit in force. The end-to-end tests also build the bundled data as if it were past the
 * limit (`OPENNESS_BUILD=parts`, see svelte.config.js), to test the pages a large dataset gets.
 */
export function wholeDatasetMaxStances(): number {
	return process.env.OPENNESS_BUILD === 'parts' ? 0 : WHOLE_DATASET_MAX_STANCES;
}

/** True when a page should carry the whole of `dataset` in its HTML. */
export function carriesWhole(dataset: Dataset): boolean {
	return dataset.stances.length <= wholeDatasetMaxStances();
}

/**
 * What a page carries of `dataset`: all of it while it is small, else the part `part` picks (as
 * rows, with words only where the part keeps them). The page reads it with `datasetOfPage`.
 */
export function pageDataset(dataset: Dataset, part: (whole: Dataset) => Dataset): PageDataset {
	return carriesWhole(dataset)
		? { whole: true, dataset }
		: { whole: false, part: partOf(part(dataset)) };
}
