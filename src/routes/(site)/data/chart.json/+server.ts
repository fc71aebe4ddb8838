import { stringify } from 'devalue';
import { chartRowsOf } from '$lib/model/chart-rows';
import { loadDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

// The dataset without its words, for pages past the size they carry whole: what the charts draw
// from, as rows (model/chart-rows.ts), a fraction of the bytes of /data/joined.json (see
// src/lib/page/shared-dataset.ts).
export const prerender = true;

export const GET = (() =>
	new Response(stringify(chartRowsOf(loadDataset())), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	})) satisfies RequestHandler;
