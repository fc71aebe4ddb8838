import { base } from '$lib/base-path';
import { loadDataset } from '$lib/server/dataset';
import { siteAddress } from '$lib/server/site';
import { sitemapXml } from '$lib/publish/sitemap.server';
import type { RequestHandler } from './$types';

// A sitemap lists absolute addresses: without the site's origin (PUBLIC_SITE_ORIGIN) it lists none,
// and the build says so once (server/site.ts).
export const prerender = true;

export const GET = (() => {
	const { origin } = siteAddress();
	return new Response(sitemapXml(origin === null ? null : `${origin}${base}`, loadDataset()), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
}) satisfies RequestHandler;
