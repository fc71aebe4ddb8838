import { error } from '@sveltejs/kit';
import { compareVersions } from '$lib/data/versions';
import { loadDataset } from '$lib/server/dataset';
import { comparableVersions, diffBetween } from '$lib/server/releases';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per pair of versions, older first: few releases, so every pair is prerendered.
export const entries = (() => {
	const versions = comparableVersions(loadDataset());
	return versions.flatMap((from, i) => versions.slice(i + 1).map((to) => ({ from, to })));
}) satisfies EntryGenerator;

export const load = (({ params }) => {
	const dataset = loadDataset();
	const versions = comparableVersions(dataset);
	const { from, to } = params;
	if (!versions.includes(from) || !versions.includes(to) || compareVersions(from, to) >= 0)
		error(
			404,
			`No comparison of ${from} with ${to}: compare an older released version with a newer one`
		);
	const released = (v: string) => dataset.releases.find((r) => r.version === v);
	return {
		meta: dataset.meta,
		diff: diffBetween(dataset, from, to),
		fromRelease: released(from),
		toRelease: released(to),
		versions
	};
}) satisfies PageServerLoad;
