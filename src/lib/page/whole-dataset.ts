/**
 * The whole joined dataset, for a page that carries only part of it (server/page-weight.ts):
 * fetched once from `/data/joined.json` and kept for every page the reader moves to. A failed
 * fetch is not kept, so asking again tries again.
 */
import { parse } from 'devalue';
import type { Dataset } from '$lib/model/dataset';

export const WHOLE_DATASET_URL = '/data/joined.json';

let whole: Promise<Dataset> | undefined;

export function wholeDataset(): Promise<Dataset> {
	whole ??= fetch(WHOLE_DATASET_URL)
		.then((response) => {
			if (!response.ok) throw new Error(`${WHOLE_DATASET_URL} answered ${response.status}`);
			return response.text();
		})
		.then((text) => parse(text) as Dataset)
		.catch((error: unknown) => {
			whole = undefined;
			throw error;
		});
	return whole;
}
