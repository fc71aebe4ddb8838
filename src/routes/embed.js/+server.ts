import { hostScript } from '$lib/embed/embed-message';
import type { RequestHandler } from './$types';

// The script a page that embeds a chart adds beside the iframe: it fits the iframe to the chart.
export const prerender = true;

export const GET = (() =>
	new Response(hostScript(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	})) satisfies RequestHandler;
