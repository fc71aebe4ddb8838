import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/dataset';
import { sitemapXml } from './sitemap.server.ts';

describe('sitemapXml', () => {
	it('lists every reader page by absolute address under the base path, and no embed', () => {
		const dataset = loadDataset();
		const xml = sitemapXml('https://owner.github.io/openness-spectrum', dataset);
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
		expect(locs).toContain('https://owner.github.io/openness-spectrum/');
		expect(locs).toContain('https://owner.github.io/openness-spectrum/explore');
		for (const leader of dataset.leaders)
			expect(locs).toContain(`https://owner.github.io/openness-spectrum/leaders/${leader.id}`);
		expect(locs.some((loc) => loc?.includes('/embed/'))).toBe(false);
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/
		);
		expect(xml.match(/<lastmod>/g)).toHaveLength(locs.length);
	});

	it('lists no address without the origin: a sitemap names only absolute ones', () => {
		expect(sitemapXml(null, loadDataset())).not.toContain('<url>');
	});
});
