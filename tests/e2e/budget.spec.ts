/**
 * The JavaScript a reader downloads, gzipped, stays under budget on every reader route. Measured
 * as a reader gets it: every script the page loads in Chromium, compressed at level 9. Bytes, not
 * times, so the check holds on a busy machine.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { readLeaders } from './dataset-data.ts';

const BUDGET_KB = 80;
const ROUTES = ['/', '/explore', '/data', `/leaders/${readLeaders()[0]?.id ?? ''}`];

for (const route of ROUTES) {
	test(`${route} loads under ${BUDGET_KB} KB of gzipped JavaScript`, async ({ page }) => {
		const scripts = new Map<string, Promise<Buffer>>();
		page.on('response', (response) => {
			if (new URL(response.url()).pathname.endsWith('.js'))
				scripts.set(response.url(), response.body());
		});
		await page.goto(route);
		await page.waitForLoadState('networkidle');
		let bytes = 0;
		for (const body of scripts.values()) bytes += gzipSync(await body, { level: 9 }).length;
		expect(scripts.size).toBeGreaterThan(0);
		expect(bytes / 1024, `${scripts.size} scripts`).toBeLessThan(BUDGET_KB);
	});
}
