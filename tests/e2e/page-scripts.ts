/**
 * The JavaScript a page loads, as a reader's browser gets it: every script fetched until the
 * network is idle (and, given `ready`, until the page says it is ready), and its gzipped size.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Every script `route` loads, by URL, with its body. */
export async function scriptsOf(
	page: Page,
	route: string,
	ready?: () => Promise<void>
): Promise<Map<string, Buffer>> {
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js'))
			scripts.set(response.url(), response.body());
	});
	await page.goto(route);
	await page.waitForLoadState('networkidle');
	await ready?.();
	const out = new Map<string, Buffer>();
	for (const [url, body] of scripts) out.set(url, await body);
	return out;
}

/** Kilobytes of the scripts gzipped at level 9, as the budgets count them. */
export function gzipKb(scripts: Iterable<Buffer>): number {
	let bytes = 0;
	for (const body of scripts) bytes += gzipSync(body, { level: 9 }).length;
	return bytes / 1024;
}
