import { stringify } from 'devalue';
import { loadDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

// The joined dataset as pages read it, for pages past the size they carry whole
// (server/page-weight.ts): one file, cached by the browser for every page. devalue keeps a source
// cited a thousand times one object, as the pages' own inline data does. Named in the prerender
// entries (svelte.config.js): no page links to it.
export const prerender = true;

export const GET = (() =>
	new Response(stringify(loadDataset()), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	})) satisfies RequestHandler;
