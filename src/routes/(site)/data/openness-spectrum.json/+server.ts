import { loadDataset } from '$lib/server/dataset';
import { datasetJson } from '../dataset-json.ts';
import type { RequestHandler } from './$types';

// Written to a static file at build time; /data links to it, so the prerender crawler finds it.
export const prerender = true;

export const GET = (() =>
	new Response(`${JSON.stringify(datasetJson(loadDataset()), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	})) satisfies RequestHandler;
