import { loadDataset } from '$lib/server/dataset';
import { datasetJsonText } from '$lib/model/dataset-json';
import type { RequestHandler } from './$types';

// Written to a static file at build time; /data links to it, so the prerender crawler finds it.
export const prerender = true;

export const GET = (() =>
	new Response(datasetJsonText(loadDataset()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	})) satisfies RequestHandler;
