/**
 * The site built for a sub-path (BASE_PATH=/openness-spectrum, its own build and server: see
 * playwright.config.ts), as GitHub Pages and other static hosts serve a project. Every link and
 * asset of every page is followed with plain requests, no browser: nothing may answer 404 or
 * point outside the sub-path. Then a browser checks what only script asks for: the presentation's
 * notes window and offline cache, and the dataset files a page fetches.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { SUBPATH } from '../../../playwright.config.ts';
import { ROUTES } from '../routes.ts';

/** Every address an HTML page names in href, src or a share image's tag, resolved against the page. */
function linksOf(html: string, page: URL): URL[] {
	const found = [
		...html.matchAll(/\s(?:href|src)="([^"]*)"/g),
		...html.matchAll(/<meta (?:property="og:image"|name="twitter:image") content="([^"]*)"/g)
	].map(([, raw = '']) => raw.replaceAll('&amp;', '&'));
	return found.filter((raw) => !/^(mailto:|data:|#)/.test(raw)).map((raw) => new URL(raw, page));
}

async function crawl(request: APIRequestContext, origin: string, starts: string[]) {
	const seen = new Map<string, number>();
	const queue = starts.map((path) => ({ url: new URL(path, origin), from: '(start)' }));
	const broken: string[] = [];
	const outside: string[] = [];
	let pages = 0;
	while (queue.length > 0) {
		const next = queue.shift();
		if (!next) break;
		const { url, from } = next;
		if (url.origin !== origin) continue;
		url.hash = '';
		if (seen.has(url.href)) continue;
		if (!url.pathname.startsWith(SUBPATH)) {
			outside.push(`${url.pathname} (linked from ${from})`);
			seen.set(url.href, 0);
			continue;
		}
		const response = await request.get(url.href, { maxRedirects: 0 });
		seen.set(url.href, response.status());
		if (response.status() !== 200) {
			broken.push(`${response.status()} ${url.pathname}${url.search} (linked from ${from})`);
			continue;
		}
		const type = response.headers()['content-type'] ?? '';
		if (url.pathname.endsWith('/sitemap.xml')) {
			for (const [, loc = ''] of (await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g))
				queue.push({ url: new URL(loc), from: url.pathname });
			continue;
		}
		if (!type.includes('text/html')) continue;
		pages += 1;
		for (const link of linksOf(await response.text(), url))
			queue.push({ url: link, from: url.pathname });
	}
	return { seen, broken, outside, pages };
}

test('every link and asset of every page answers under the sub-path', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL ?? '').origin;
	const starts = [
		...ROUTES.map((route) => `${SUBPATH}${route === '/' ? '/' : route}`),
		// Asked for by script only: the offline cache and the files large pages fetch.
		`${SUBPATH}/service-worker.js`,
		`${SUBPATH}/data/chart.json`,
		`${SUBPATH}/data/joined.json`,
		`${SUBPATH}/sitemap.xml`
	];
	const { seen, broken, outside, pages } = await crawl(request, origin, starts);
	expect(broken).toEqual([]);
	expect(outside).toEqual([]);
	// It did crawl: every route, and their scripts and styles.
	expect(pages).toBeGreaterThanOrEqual(ROUTES.length);
	expect([...seen.keys()].some((url) => url.includes('/_app/immutable/'))).toBe(true);
	expect([...seen.keys()].filter((url) => url.includes('/share/')).length).toBeGreaterThan(1);
});

test("with the site's address known, pages name themselves and their image in full", async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL ?? '').origin;
	const html = await (await request.get(`${origin}${SUBPATH}/explore`)).text();
	expect(html).toContain(`<link rel="canonical" href="${origin}${SUBPATH}/explore"`);
	expect(html).toContain(
		`<meta property="og:image" content="${origin}${SUBPATH}/share/explore.png"`
	);
	const sitemap = await (await request.get(`${origin}${SUBPATH}/sitemap.xml`)).text();
	expect(sitemap).toContain(`<loc>${origin}${SUBPATH}/explore</loc>`);
});

test('the 404 page static hosts serve at any depth links everything absolutely', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL ?? '').origin;
	const html = await (await request.get(`${origin}${SUBPATH}/404`)).text();
	const links = linksOf(html, new URL(`${origin}${SUBPATH}/a/page/that/is/not/here`));
	const own = links.filter((url) => url.origin === origin);
	expect(own.length).toBeGreaterThan(5);
	for (const url of own) {
		expect(url.pathname.startsWith(`${SUBPATH}/`), url.pathname).toBe(true);
		expect((await request.get(url.href)).status(), url.pathname).toBe(200);
	}
});

test('nothing is served at the root: the build really is under the sub-path', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL ?? '').origin;
	expect((await request.get(`${origin}/explore`)).status()).toBe(404);
});

test.describe('in a browser', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the presentation caches itself and opens its notes window under the sub-path', async ({
		page,
		context
	}) => {
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		await page.goto('present#3');
		await expect(page.locator('.deck[data-ready]')).toBeAttached();
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe(`${SUBPATH}/`);
		const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
		await expect(notes.locator('.presenter[data-ready]')).toBeAttached();
		expect(new URL(notes.url()).pathname).toBe(`${SUBPATH}/present/notes`);
		expect(failed).toEqual([]);
	});

	test('the explore view loads its parts and opens a citation under the sub-path', async ({
		page
	}) => {
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		await page.goto('explore');
		await expect(page.locator('[data-stance-id]').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		await page.locator('[data-stance-id]').first().click();
		await expect(page.getByRole('dialog')).toBeVisible();
		// The build names the repository: the panel offers to contest the reading there.
		const contest = page.getByRole('link', { name: 'Think this reading is wrong?' });
		const issue = new URL((await contest.getAttribute('href')) ?? '');
		expect(`${issue.origin}${issue.pathname}`).toBe(
			'https://github.com/openness-spectrum/openness-spectrum/issues/new'
		);
		expect(issue.searchParams.get('body')).toMatch(/^Stance: \S+\nLevel: \d \(/);
		await page.getByRole('link', { name: /^Every stance of / }).click();
		await expect(page).toHaveURL(new RegExp(`${SUBPATH}/leaders/`));
		expect(failed).toEqual([]);
	});
});
