/**
 * The sitemap: every page a search engine should index (not the embeds, the notes window, the
 * editor's desk or the 404 page), by absolute address, with the dataset's date as the last change.
 */
import { escapeXml } from '$lib/chart/export/svg-text';
import type { Dataset } from '$lib/model/dataset';

export function sitemapPaths(dataset: Pick<Dataset, 'leaders'>): string[] {
	return [
		'/',
		'/explore',
		'/data',
		'/data/changes',
		'/present',
		...dataset.leaders.map((leader) => `/leaders/${leader.id}`)
	];
}

/**
 * `root` is the origin and base path, e.g. "https://owner.github.io/openness-spectrum"; null (the
 * origin unknown) gives a sitemap without addresses.
 */
export function sitemapXml(
	root: string | null,
	dataset: Pick<Dataset, 'leaders' | 'meta'>
): string {
	const paths = root === null ? [] : sitemapPaths(dataset);
	const urls = paths.map(
		(path) =>
			`<url><loc>${escapeXml(`${root}${path === '/' ? '/' : path}`)}</loc><lastmod>${escapeXml(dataset.meta.updated)}</lastmod></url>`
	);
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
		urls.map((url) => `${url}\n`).join('') +
		'</urlset>\n'
	);
}
