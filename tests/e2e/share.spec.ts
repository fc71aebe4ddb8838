/**
 * What a link preview reads: every page names its title, description and a 1200x630 share image
 * of its own chart in Open Graph and Twitter tags, and the image is there. Plain requests: a
 * preview never runs script.
 */
import { expect, test } from '@playwright/test';
import { readLeaders } from './dataset-data.ts';
import { ROUTES } from './routes.ts';

/** The presentation's pages are left to their own head (src/routes/present). */
const PAGES = ROUTES.filter((route) => !route.startsWith('/present'));

function metaContent(html: string, key: string): string | undefined {
	const attribute = key.startsWith('og:') ? 'property' : 'name';
	const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html);
	return match?.[1]?.replaceAll('&amp;', '&').replaceAll('&#39;', "'");
}

test('every page has share tags naming its own 1200x630 image', async ({ request }) => {
	const images = new Set<string>();
	for (const route of PAGES) {
		const html = await (await request.get(route)).text();
		const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
		for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card'])
			expect(metaContent(html, key), `${key} on ${route}`).toBeTruthy();
		expect(`${metaContent(html, 'og:title')} · Openness Spectrum`).toBe(title);
		expect(metaContent(html, 'twitter:image')).toBe(metaContent(html, 'og:image'));
		images.add(metaContent(html, 'og:image') ?? '');
	}
	for (const image of images) {
		const response = await request.get(image);
		expect(response.status(), image).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
	}
});

test("a leader's page shares the picture of their own chart", async ({ request }) => {
	const leader = readLeaders()[0];
	const html = await (await request.get(`/leaders/${leader?.id}`)).text();
	expect(metaContent(html, 'og:image')).toBe(`/share/leader-${leader?.id}.png`);
	expect(metaContent(html, 'og:image:alt')).toContain(leader?.name ?? '-');
});
