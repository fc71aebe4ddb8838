/**
 * The JavaScript a reader downloads, gzipped, stays under budget on every route. Measured as a
 * reader gets it: every script the page loads in Chromium, compressed at level 9. Bytes, not
 * times, so the check holds on a busy machine. (`npm run bench` measures how these grow with the
 * dataset; no request to another origin is checked on every route by site.spec.ts.)
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { readLeaders } from './dataset-data.ts';

/** Reader routes: the charts and tables only, never the validator. (/editor, which loads the
 * validator on demand, is measured against its own budget in editor.spec.ts.) */
const READER_BUDGET_KB = 80;
const READER_ROUTES = ['/', '/explore', '/data', `/leaders/${readLeaders()[0]?.id ?? ''}`];

/** Every script the route loads, as text. */
async function scriptsOf(page: Page, route: string): Promise<Buffer[]> {
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js'))
			scripts.set(response.url(), response.body());
	});
	await page.goto(route);
	await page.waitForLoadState('networkidle');
	return Promise.all(scripts.values());
}

const gzipKb = (scripts: Buffer[]) =>
	scripts.reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0) / 1024;

for (const route of READER_ROUTES) {
	test(`${route} loads under ${READER_BUDGET_KB} KB of gzipped JavaScript, without the validator`, async ({
		page
	}) => {
		const scripts = await scriptsOf(page, route);
		expect(scripts.length).toBeGreaterThan(0);
		expect(gzipKb(scripts), `${scripts.length} scripts`).toBeLessThan(READER_BUDGET_KB);
		// zod names its error class in the code it ships: readers must never download it.
		expect(scripts.some((body) => body.includes('$ZodError'))).toBe(false);
	});
}
