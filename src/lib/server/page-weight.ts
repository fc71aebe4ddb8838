/**
 * Whether a page carries the whole dataset in its HTML. Up to `WHOLE_DATASET_MAX_STANCES`
 * stances it does (the bundled dataset: every chart and citation is in the page, with or without
 * scripts). Past it, a page carries what its first view draws (`datasetAsOf`) and fetches the
 * whole once from `/data/joined.json`, which the browser caches for every page: so the HTML stays
 * small as the dataset grows, and no page parses megabytes of data it hydrates from.
 */
import type { Dataset } from '$lib/model/dataset';

export const WHOLE_DATASET_MAX_STANCES = 500;

/**
 * The limit in force: `OPENNESS_WHOLE_DATASET_MAX_STANCES` at build time overrides it (the
 * end-to-end tests build the bundled data with a limit of 0, to test pages past the limit).
 */
export function wholeDatasetMaxStances(): number {
	const set = Number(process.env.OPENNESS_WHOLE_DATASET_MAX_STANCES);
	return process.env.OPENNESS_WHOLE_DATASET_MAX_STANCES && Number.isInteger(set) && set >= 0
		? set
		: WHOLE_DATASET_MAX_STANCES;
}

/** True when a page should carry the whole of `dataset` in its HTML. */
export function carriesWhole(dataset: Dataset): boolean {
	return dataset.stances.length <= wholeDatasetMaxStances();
}
