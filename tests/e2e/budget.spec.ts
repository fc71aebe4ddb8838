/**
 * The JavaScript a reader downloads, gzipped, stays under budget on every route. Measured as a
 * reader gets it: every script the page loads in Chromium, compressed at level 9. Bytes, not
 * times, so the check holds on a busy machine. (`npm run bench` measures how these grow with the
 * dataset; no request to another origin is checked on every route by site.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { readLeaders } from './dataset-data.ts';
import { gzipKb, scriptsOf } from './page-scripts.ts';

/**
 * Reader routes: the charts and tables only, never the validator. (/editor, which loads the
 * validator on demand, is measured against its own budget in editor.spec.ts.) 80 KB until
 * dataset 2.2: every chart now says how old each point is, which way it moved and what is new
 * since the last release, which the chart layer every route shares carries (about 1 KB); all
 * that only the explore view does (evidence and versions, its notes) loads when asked for.
 */
const READER_BUDGET_KB = 82;
const READER_ROUTES = [
	'/',
	'/explore',
	'/data',
	'/present',
	'/practice',
	`/leaders/${readLeaders()[0]?.id ?? ''}`
];

for (const route of READER_ROUTES) {
	test(`${route} loads under ${READER_BUDGET_KB} KB of gzipped JavaScript, without the validator`, async ({
		page
	}) => {
		const scripts = [...(await scriptsOf(page, route)).values()];
		expect(scripts.length).toBeGreaterThan(0);
		expect(gzipKb(scripts), `${scripts.length} scripts`).toBeLessThan(READER_BUDGET_KB);
		// zod names its error class in the code it ships: readers must never download it.
		expect(scripts.some((body) => body.includes('$ZodError'))).toBe(false);
	});
}
