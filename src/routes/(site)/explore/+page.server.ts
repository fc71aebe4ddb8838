import { chartFacts } from '$lib/chart/chart-model';
import { chartDomain, defaultChartState } from '$lib/model/chart-state';
import { datasetAsOf, datasetWithoutWords } from '$lib/model/dataset-parts';
import { loadDataset } from '$lib/server/dataset';
import { pageDataset } from '$lib/server/page-weight';
import { sinceLastRelease } from '$lib/server/releases';
import type { PageServerLoad } from './$types';

// The facts of the whole (the time control's months, the spectra's heights), worked out here once,
// and the whole dataset while it is small; past that (server/page-weight.ts) what the first view
// draws, the spectra at the latest month without words, and the page fetches the rest.
export const load = (() => {
	const dataset = loadDataset();
	const month = defaultChartState(chartDomain(dataset)).date;
	return {
		...pageDataset(dataset, (whole) => datasetWithoutWords(datasetAsOf(whole, month))),
		facts: chartFacts(dataset),
		since: sinceLastRelease(dataset)
	};
}) satisfies PageServerLoad;
