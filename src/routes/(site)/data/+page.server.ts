import { datasetCounts } from '$lib/model/dataset-counts';
import { datasetWith } from '$lib/model/dataset-parts';
import { loadDataset } from '$lib/server/dataset';
import { carriesWhole } from '$lib/server/page-weight';
import { sinceLastRelease } from '$lib/server/releases';
import type { PageServerLoad } from './$types';

/** Stances in the table of a page that carries part of the dataset: the earliest held. */
const FIRST_STANCES = 60;

// The whole dataset while it is small; past that (server/page-weight.ts) the earliest stances,
// with the counts of the whole, and the page fetches the rest.
export const load = (() => {
	const dataset = loadDataset();
	const counts = datasetCounts(dataset);
	const since = sinceLastRelease(dataset);
	if (carriesWhole(dataset)) return { dataset, whole: true, counts, since };
	const first = dataset.stances.slice(0, FIRST_STANCES);
	return { dataset: datasetWith(dataset, first), whole: false, counts, since };
}) satisfies PageServerLoad;
