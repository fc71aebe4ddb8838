/**
 * The dataset files a page fetches (loaded through `shared-files.ts`) when it carries only part of the dataset
 * (server/page-weight.ts): `/data/chart.json`, everything the charts draw and no words
 * (as rows: model/chart-rows.ts), small enough to come first; and `/data/joined.json`, the whole joined
 * dataset, for the words behind each point. Each is fetched once and kept for every page the
 * reader moves to (and the browser caches both). A failed fetch is not kept: asking again retries.
 */
import { parse } from 'devalue';
import { datasetOfChartRows, type ChartRows } from '$lib/model/chart-rows';
import type { Dataset, StanceView } from '$lib/model/dataset';

import { CHART_DATASET_URL, WHOLE_DATASET_URL } from './shared-files.ts';

const fetched = new Map<string, Promise<Dataset>>();

function shared(url: string, decode: (value: unknown) => Dataset): Promise<Dataset> {
	let dataset = fetched.get(url);
	if (!dataset) {
		dataset = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url} answered ${response.status}`);
				return response.text();
			})
			.then((text) => decode(parse(text)))
			.catch((error: unknown) => {
				fetched.delete(url);
				throw error;
			});
		fetched.set(url, dataset);
	}
	return dataset;
}

/** Every stance where the charts place it, without words (`words: false`). */
export function chartDataset(): Promise<Dataset> {
	return shared(CHART_DATASET_URL, (rows) => datasetOfChartRows(rows as ChartRows));
}

/** The whole joined dataset, words and all. */
export function wholeDataset(): Promise<Dataset> {
	return shared(WHOLE_DATASET_URL, (whole) => whole as Dataset);
}

let stances: Promise<ReadonlyMap<string, StanceView>> | undefined;

/** Every stance of the whole dataset with its words, by id: where a wordless point finds them. */
export function wholeStances(): Promise<ReadonlyMap<string, StanceView>> {
	stances ??= wholeDataset().then(
		(whole) => new Map(whole.stances.map((s) => [s.id, s])),
		(error: unknown) => {
			stances = undefined;
			throw error;
		}
	);
	return stances;
}
