/**
 * Where the shared dataset files are (server routes under src/routes/(site)/data/), and the code
 * that fetches them (`shared-dataset.ts`), loaded on first use: pages of a small dataset, which
 * carry it whole, never download it.
 */
import { base } from '$lib/base-path';

export const CHART_DATASET_URL = `${base}/data/chart.json`;
export const WHOLE_DATASET_URL = `${base}/data/joined.json`;

export const sharedDataset = () => import('./shared-dataset.ts');

/** `wholeStances()`, for a `CitationPanel`: every stance with its words, by id. */
export const lazyWholeStances = async () => (await sharedDataset()).wholeStances();
