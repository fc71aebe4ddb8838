/**
 * The pages a large dataset gets (src/lib/server/page-weight.ts), tested on the bundled data
 * built as if it were past the size a page carries whole (OPENNESS_BUILD=parts, its own server:
 * playwright.config.ts). Each page's HTML holds its first view; the rest comes from the shared
 * dataset files, and every point still opens the exact words it rests on.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLeaders } from '../dataset-data.ts';

const leaders = readLeaders();
const stances = leaders.flatMap((l) => l.stances);
const quotes = new Map(stances.map((s) => [s.id, s.citations.map((c) => c.quote)]));

/** Every request the page makes after `start`, by path. */
function requests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (r) => paths.push(new URL(r.url()).pathname));
	return paths;
}

test.describe('/explore, past the size a page carries whole', () => {
	test('holds the spectra of the latest month in its HTML, and no words', async ({ request }) => {
		const html = await (await request.get('/explore')).text();
		expect(html).toContain('Where they stand in');
		expect(html).toContain('<link rel="preload" href="/data/chart.json"');
		// The evidence list is on the leader pages, which every mark links to.
		for (const leader of leaders) expect(html).toContain(`href="/leaders/${leader.id}"`);
		// No stance's quote, save those that events quote too (the events are listed on the page).
		const events = readFileSync('data/events.json', 'utf8');
		const own = stances
			.flatMap((s) => s.citations.map((c) => c.quote))
			.filter((q) => !events.includes(JSON.stringify(q).slice(1, -1)));
		expect(own.length).toBeGreaterThan(stances.length / 2);
		expect(own.filter((q) => html.includes(q))).toEqual([]);
		expect(html).toMatch(/class="mark[^"]*"[^>]*href="\/leaders\/[a-z-]+#/);
	});

	test('loads every stance, then scrubs, draws the timelines and opens a point', async ({
		page
	}) => {
		const asked = requests(page);
		await page.goto('/explore');
		await expect(page.locator('.charts[data-ready]')).toBeAttached();
		expect(asked).toContain('/data/chart.json');
		// The time control works across the whole range: the earliest month shows fewer leaders.
		const range = page.locator('#date-range');
		await range.focus();
		await page.keyboard.press('Home');
		await expect(page.locator('#spectra-title')).toContainText('2015');
		await page.keyboard.press('End');
		// The timelines are drawn when they come into view.
		await page.locator('#timelines-title').scrollIntoViewIfNeeded();
		await expect(page.locator('.timelines a.mark')).toHaveCount(stances.length);
		// A point opens with the words it rests on, fetched from the whole dataset.
		const mark = page.locator('.spectra a.mark').first();
		const id = (await mark.getAttribute('data-stance-id')) ?? '';
		await mark.click();
		const dialog = page.locator('dialog[open]');
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText(quotes.get(id)?.[0]?.slice(0, 40) ?? 'missing');
		expect(asked).toContain('/data/joined.json');
	});

	test('opens the view an address names, once the data is in', async ({ page }) => {
		const stance = stances.find((s) => s.asOf.startsWith('2020'));
		if (!stance) throw new Error('the data has a 2020 stance');
		await page.goto(`/explore?date=2020-12&stance=${stance.id}`);
		await expect(page.locator('#spectra-title')).toContainText('Dec 2020');
		await expect(page.locator('dialog[open]')).toContainText(
			quotes.get(stance.id)?.[0]?.slice(0, 40) ?? 'missing'
		);
	});
});

test.describe('/data, past the size a page carries whole', () => {
	test('starts with the earliest stances and the counts of the whole', async ({ request }) => {
		const html = await (await request.get('/data')).text();
		const citations = stances.reduce((n, s) => n + s.citations.length, 0);
		expect(html).toContain(`${stances.length} stances`);
		expect(html).toContain(`${citations} citations`);
		expect(html).toContain('the rest load with scripts');
	});

	test('then holds every citation, sortable and filterable', async ({ page }) => {
		await page.goto('/data');
		const citations = stances.reduce((n, s) => n + s.citations.length, 0);
		await expect(page.getByRole('search', { name: 'Filter citations' })).toBeVisible();
		await expect(page.locator('#citations p.count')).toHaveText(
			`${citations} of ${citations} citations shown`
		);
		await expect(page.locator('#citations tbody tr')).toHaveCount(citations);
		await expect(page.getByText('the rest load with scripts')).toHaveCount(0);
	});
});

test.describe('the story and the slides, past the size a page carries whole', () => {
	test('open a chart point without words by fetching them', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.story[data-ready]')).toBeAttached();
		const mark = page.locator('.pinned a.mark').first();
		const id = (await mark.getAttribute('data-stance-id')) ?? '';
		await mark.click();
		await expect(page.locator('dialog[open]')).toContainText(
			quotes.get(id)?.[0]?.slice(0, 40) ?? 'missing'
		);
	});

	test('carry the words of every quote the story makes', async ({ page }) => {
		const asked = requests(page);
		await page.goto('/');
		await expect(page.locator('.story[data-ready]')).toBeAttached();
		await page.locator('.story .card a.quote').first().click();
		await expect(page.locator('dialog[open] blockquote').first()).toBeVisible();
		expect(asked).not.toContain('/data/joined.json');
	});

	test('the deck draws its slides', async ({ page }) => {
		await page.goto('/present#2');
		await expect(page.locator('.deck[data-ready]')).toBeAttached();
		await expect(page.locator('.slide-item.current a.mark').first()).toBeVisible();
	});
});
