import { loadDataset } from '$lib/server/dataset';
import { comparableVersions, diffBetween } from '$lib/server/releases';
import { diffSummary } from '$lib/model/version-diff';
import type { PageServerLoad } from './$types';

// Only what the page shows: its HTML carries the data for hydration.
export const load = (() => {
	const dataset = loadDataset();
	const versions = comparableVersions(dataset);
	// Each version's difference from the one before it, in a line.
	const summaries = versions.map((version, i) => {
		const previous = versions[i - 1];
		return {
			version,
			previous,
			summary: previous === undefined ? null : diffSummary(diffBetween(dataset, previous, version))
		};
	});
	const { meta, changes, releases } = dataset;
	return { meta, changes, releases, versions, summaries };
}) satisfies PageServerLoad;
