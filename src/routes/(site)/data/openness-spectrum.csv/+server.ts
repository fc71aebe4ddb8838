import { datasetCsv } from '$lib/model/dataset-csv';
import { loadDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

// Written to a static file at build time; /data links to it, so the prerender crawler finds it.
export const prerender = true;

export const GET = (() =>
	new Response(datasetCsv(loadDataset()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	})) satisfies RequestHandler;
