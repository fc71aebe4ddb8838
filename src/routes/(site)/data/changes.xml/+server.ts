import { releasesFeed } from '$lib/model/releases-feed';
import { loadDataset } from '$lib/server/dataset';
import { diffBetween } from '$lib/server/releases';
import { diffSummary } from '$lib/model/version-diff';
import type { RequestHandler } from './$types';

// The releases as an Atom feed, for readers who follow updates; /data/changes links to it.
export const prerender = true;

export const GET = (() => {
	const dataset = loadDataset();
	const summaries = new Map(
		dataset.releases.map((release, i) => {
			const previous = dataset.releases[i - 1]?.version;
			return [
				release.version,
				previous === undefined ? null : diffSummary(diffBetween(dataset, previous, release.version))
			];
		})
	);
	return new Response(releasesFeed(dataset.meta, dataset.releases, summaries), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
}) satisfies RequestHandler;
