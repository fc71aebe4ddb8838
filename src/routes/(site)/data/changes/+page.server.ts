import { loadDataset } from '$lib/server/dataset';
import { changesByRelease, comparableVersions } from '$lib/server/releases';
import type { PageServerLoad } from './$types';

// Only what the page shows: its HTML carries the data for hydration.
export const load = (() => {
	const dataset = loadDataset();
	const { meta, changes, releases } = dataset;
	return {
		meta,
		changes,
		releases,
		versions: comparableVersions(dataset),
		summaries: changesByRelease(dataset)
	};
}) satisfies PageServerLoad;
