/**
 * What a reader's browser pays, measured in headless Chromium against a served build: the
 * JavaScript each route downloads (gzipped at level 9, as the budget test counts it), the time
 * until the explore view is interactive, and the time from moving the time control to the end of
 * the next frame it causes.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

const VIEWPORT = { width: 1280, height: 800 };
// A first visit, with no offline cache filling in the background while it is measured.
const PAGE = { viewport: VIEWPORT, serviceWorkers: 'block' } as const;

/** Gzipped bytes of every script `route` loads, and any request that left the origin. */
export async function routeScripts(
	browser: Browser,
	origin: string,
	route: string
): Promise<{ gzipBytes: number; scripts: number; foreign: string[] }> {
	const page = await browser.newPage(PAGE);
	const bodies = new Map<string, Promise<Buffer>>();
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
	});
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.endsWith('.js'))
			bodies.set(response.url(), response.body());
	});
	await page.goto(origin + route);
	await page.waitForLoadState('networkidle');
	let gzipBytes = 0;
	for (const body of bodies.values()) gzipBytes += gzipSync(await body, { level: 9 }).length;
	await page.close();
	return { gzipBytes, scripts: bodies.size, foreign };
}

/** Milliseconds from navigation start until `.charts[data-ready]` appears on /explore. */
export async function timeToInteractive(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext(PAGE);
	const page = await context.newPage();
	await page.addInitScript(`
		const observer = new MutationObserver(() => {
			if (document.querySelector('.charts[data-ready]')) {
				window.__ready = performance.now();
				observer.disconnect();
			}
		});
		observer.observe(document, { subtree: true, childList: true, attributes: true });
	`);
	await page.goto(url);
	await page.waitForSelector('.charts[data-ready]', { timeout: 120_000 });
	const ready = await page.evaluate(() => (window as unknown as { __ready?: number }).__ready);
	await context.close();
	return ready ?? Number.NaN;
}

/**
 * Moves the range to each index in turn and returns, per move, the milliseconds from the input
 * event to the end of the frame it causes (script, style, layout and paint on the main thread).
 * Each move starts inside a requestAnimationFrame callback, where Chromium delivers a dragged
 * range's input events, so idle time waiting for the frame is not counted.
 */
export async function scrubTimes(
	browser: Browser,
	url: string,
	indexes: number[]
): Promise<number[]> {
	const page = await browser.newPage(PAGE);
	await page.goto(url);
	await page.waitForSelector('.charts[data-ready]', { timeout: 120_000 });
	const times = (await page.evaluate(`(${SCRUB})(${JSON.stringify(indexes)})`)) as number[];
	await page.close();
	return times;
}

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	tdur?: number;
	args?: { name?: string };
}

/**
 * The same moves as `scrubTimes`, traced: the page's main-thread CPU time per move (script,
 * style, layout, paint), averaged. CPU time, unlike the time until the frame ends, hardly
 * depends on what else the machine is doing, so it shows whether a frame's work fits a frame.
 */
export async function scrubCpu(browser: Browser, url: string, indexes: number[]): Promise<number> {
	const page = await browser.newPage(PAGE);
	await page.goto(url);
	await page.waitForSelector('.charts[data-ready]', { timeout: 120_000 });
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
	});
	await page.evaluate(`(${SCRUB})(${JSON.stringify(indexes)})`);
	const trace = await browser.stopTracing();
	await page.close();
	const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	const mains = new Set(
		events
			.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	// The renderer main thread that ran the moves: the one with animation frames.
	const frames = new Map<string, number>();
	for (const e of events) {
		const thread = `${e.pid}:${e.tid}`;
		if (e.name === 'FireAnimationFrame' && mains.has(thread))
			frames.set(thread, (frames.get(thread) ?? 0) + 1);
	}
	const main = [...frames].sort((a, b) => b[1] - a[1])[0]?.[0];
	let cpu = 0;
	for (const e of events) {
		if (e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === main) cpu += e.tdur ?? 0;
	}
	return cpu / 1000 / indexes.length;
}

// Plain JavaScript run in the page: as text, so the TypeScript runner's helpers stay out of it.
const SCRUB = `async (targets) => {
	const range = document.querySelector('#date-range');
	if (!range) throw new Error('no #date-range on the page');
	const move = (value) =>
		new Promise((resolve) => {
			requestAnimationFrame(() => {
				const start = performance.now();
				range.value = String(value);
				range.dispatchEvent(new Event('input', { bubbles: true }));
				// A task posted now runs after this frame's rendering work is done.
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve(performance.now() - start);
				channel.port2.postMessage(null);
			});
		});
	const out = [];
	for (const target of targets) {
		out.push(await move(target));
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}
	return out;
}`;

/** The number of months the range covers (its max index). */
export async function rangeMax(browser: Browser, url: string): Promise<number> {
	const page = await browser.newPage(PAGE);
	await page.goto(url);
	const max = await page.locator('#date-range').getAttribute('max');
	await page.close();
	return Number(max);
}
