import { chartFacts } from '$lib/chart/chart-model';
import { defaultChartState, chartDomain } from '$lib/model/chart-state';
import { datasetAsOf } from '$lib/model/leader-dataset';
import { loadDataset } from '$lib/server/dataset';
import { carriesWhole } from '$lib/server/page-weight';
import type { PageServerLoad } from './$types';

// The facts of the whole (the time control's months, the spectra's heights), worked out here once,
// and the whole dataset while it is small; past that (server/page-weight.ts) what the first view
// draws, the spectra at the latest month, and the page fetches the rest.
export const load = (() => {
	const dataset = loadDataset();
	const facts = chartFacts(dataset);
	if (carriesWhole(dataset)) return { dataset, whole: true, facts };
	const month = defaultChartState(chartDomain(dataset)).date;
	return { dataset: datasetAsOf(dataset, month), whole: false, facts };
}) satisfies PageServerLoad;
