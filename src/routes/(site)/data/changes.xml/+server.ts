import { releasesFeed } from '$lib/model/releases-feed';
import { loadDataset } from '$lib/server/dataset';
import { changesByRelease } from '$lib/server/releases';
import type { RequestHandler } from './$types';

// The releases as an Atom feed, for readers who follow updates; /data/changes links to it.
export const prerender = true;

export const GET = (() => {
	const dataset = loadDataset();
	const summaries = new Map(changesByRelease(dataset).map((r) => [r.version, r.summary]));
	return new Response(releasesFeed(dataset.meta, dataset.releases, summaries), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
}) satisfies RequestHandler;
