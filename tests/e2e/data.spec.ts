import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { readLeaders, readMeta } from './dataset-data.ts';

const leaders = readLeaders();
const citations = leaders.flatMap((l) =>
	l.stances.flatMap((s) => s.citations.map((c) => ({ leader: l, stance: s, quote: c.quote })))
);
const meta = readMeta();

const rows = (page: Page) => page.locator('#citations tbody tr');
/** How the explore view names a month: "Dec 2015". */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

test.describe('the /data page', () => {
	test('has one row per citation, every quote, and names the version', async ({ page }) => {
		await page.goto('/data');
		await expect(page).toHaveTitle(/The data/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data');
		await expect(rows(page)).toHaveCount(citations.length);
		await expect(page.locator('#citations [role="status"]')).toHaveText(
			`${citations.length} of ${citations.length} citations shown`
		);
		await expect(page.locator('#download')).toContainText(
			`Openness Spectrum dataset, version ${meta.version}`
		);
		await expect(page.locator('footer')).toContainText(`Dataset version ${meta.version}`);
	});

	test('is complete without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/data');
		await expect(rows(page)).toHaveCount(citations.length);
		const text = (await page.locator('#citations table').textContent()) ?? '';
		for (const { stance, quote } of citations) {
			expect(text, `quote of ${stance.id}`).toContain(`“${quote}”`);
		}
		// Controls that need a script are not offered without one.
		await expect(page.getByRole('search')).toHaveCount(0);
		await context.close();
	});

	test('filters by leader and says how many rows are shown', async ({ page }) => {
		await page.goto('/data');
		const leader = leaders[0];
		if (!leader) throw new Error('the dataset has no leaders');
		const expected = citations.filter((c) => c.leader.id === leader.id).length;
		await page.locator('#citations').getByLabel('Leader', { exact: true }).selectOption(leader.id);
		await expect(rows(page)).toHaveCount(expected);
		for (const link of await rows(page).locator('td.leader a').all()) {
			await expect(link).toHaveText(leader.name);
		}
		await expect(page.locator('#citations [role="status"]')).toHaveText(
			`${expected} of ${citations.length} citations shown`
		);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(rows(page)).toHaveCount(citations.length);
	});

	test('filters by role: the cast, or the leaders shown for reference', async ({ page }) => {
		await page.goto('/data');
		const ofRole = (role: string) => citations.filter((c) => c.leader.role === role).length;
		const count = (role: string) => leaders.filter((l) => l.role === role).length;
		await expect(page.locator('.dek')).toContainText(
			`by ${count('cast')} leaders of the cast and ${count('reference')} leaders shown for reference,`
		);
		const role = page.getByLabel('Cast or reference');
		await role.selectOption({ label: 'For reference' });
		await expect(rows(page)).toHaveCount(ofRole('reference'));
		await expect(rows(page).locator('td.leader .role').first()).toHaveText('for reference');
		await role.selectOption({ label: 'The cast' });
		await expect(rows(page)).toHaveCount(ofRole('cast'));
		await expect(rows(page).locator('td.leader .role')).toHaveCount(0);
		await expect(page.locator('#citations [role="status"]')).toHaveText(
			`${ofRole('cast')} of ${citations.length} citations shown`
		);
	});

	test('searches the quotes', async ({ page }) => {
		await page.goto('/data');
		const first = citations[0];
		if (!first) throw new Error('the dataset has no citations');
		await page.getByLabel('Search quotes, leaders and sources').fill(first.quote);
		await expect(rows(page).first()).toContainText(first.quote);
		const count = await rows(page).count();
		expect(count).toBeGreaterThanOrEqual(1);
		expect(count).toBeLessThan(citations.length);
	});

	test('sorts by the date held, both ways', async ({ page }) => {
		await page.goto('/data');
		const header = page.locator('th.held');
		const dates = async () =>
			rows(page)
				.locator('td.held time')
				.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
		// Dates of different precision ("2023", "2023-11") compare by the day they start.
		const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
		const sorted = (list: string[]) => [...list].sort((a, b) => start(a).localeCompare(start(b)));

		await expect(header).toHaveAttribute('aria-sort', 'ascending');
		const ascending = await dates();
		expect(ascending).toEqual(sorted(ascending));

		await header.getByRole('button', { name: 'Date held' }).click();
		await expect(header).toHaveAttribute('aria-sort', 'descending');
		const descending = await dates();
		expect(descending.map(start)).toEqual(sorted(descending).reverse().map(start));

		await page.locator('th.leader').getByRole('button', { name: 'Leader' }).click();
		await expect(page.locator('th.leader')).toHaveAttribute('aria-sort', 'ascending');
		await expect(header).not.toHaveAttribute('aria-sort');
		const names = await rows(page).locator('td.leader a').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	test('"See on chart" opens the stance in the month it was taken, its citation open', async ({
		page
	}) => {
		// The first, a middle and the last stance in time: far from the default month, and near it.
		const byDate = [...citations].sort((a, b) => a.stance.asOf.localeCompare(b.stance.asOf));
		const picked = [0, Math.floor(byDate.length / 2), byDate.length - 1].map((i) => byDate[i]);
		for (const { stance, quote } of picked.filter((c) => c !== undefined)) {
			await page.goto('/data');
			// Its own row's link (two stances can share a quote).
			await page.locator(`#citations a.chart-link[href$="stance=${stance.id}"]`).first().click();
			await expect(page).toHaveURL(/\/explore\?/);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('.charts[data-ready]')).toBeAttached();
			const month = stance.asOf.length === 4 ? `${stance.asOf}-01` : stance.asOf.slice(0, 7);
			const label = `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
			await expect(page.locator('#date-range'), stance.id).toHaveAttribute('aria-valuetext', label);
			await expect(page.getByRole('dialog')).toContainText(quote);
			await expect(page).toHaveURL(new RegExp(`stance=${stance.id}`));
		}
	});

	test('offers the CSV download: one row per citation, naming the version', async ({ page }) => {
		await page.goto('/data');
		const link = page.getByRole('link', { name: /^CSV/ });
		await expect(link).toHaveAttribute('download', `openness-spectrum-${meta.version}.csv`);
		const response = await page.request.get((await link.getAttribute('href')) ?? '');
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('text/csv');
		const text = await response.text();
		const parsed = csvParse(text);
		expect(parsed).toHaveLength(citations.length);
		expect(parsed.columns[0]).toBe('dataset_version');
		expect(new Set(parsed.map((r) => r.dataset_version))).toEqual(new Set([meta.version]));
		expect(parsed.map((r) => r.quote).sort()).toEqual(citations.map((c) => c.quote).sort());
		// One line per citation plus the header, unless a quote spans lines.
		if (!citations.some((c) => c.quote.includes('\n'))) {
			expect(text.trimEnd().split('\n')).toHaveLength(citations.length + 1);
		}
	});

	test('offers the JSON download, naming the version', async ({ page }) => {
		await page.goto('/data');
		const link = page.getByRole('link', { name: /^JSON/ });
		await expect(link).toHaveAttribute('download', `openness-spectrum-${meta.version}.json`);
		const response = await page.request.get((await link.getAttribute('href')) ?? '');
		expect(response.ok()).toBe(true);
		const json = (await response.json()) as {
			version: string;
			updated: string;
			citeAs: string;
			leaders: { stances: { citations: { quote: string }[] }[] }[];
		};
		expect(json.version).toBe(meta.version);
		expect(json.updated).toBe(meta.updated);
		expect(json.citeAs).toContain(`version ${meta.version}`);
		expect(json.leaders.flatMap((l) => l.stances.flatMap((s) => s.citations))).toHaveLength(
			citations.length
		);
	});

	test('copies the cite-this line, which names the version', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/data');
		await page.getByRole('button', { name: 'Copy citation' }).click();
		await expect(page.locator('#download [role="status"]')).toHaveText('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain(`version ${meta.version}`);
		expect(copied).toMatch(/ http:\/\/localhost:\d+\/data$/);
	});

	test('every source and event has its anchor', async ({ page }) => {
		await page.goto('/data');
		const ids = (file: string, key: string) =>
			(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: string }[]>)[key]?.map(
				(item) => item.id
			) ?? [];
		const sources = ids('data/sources.json', 'sources');
		const events = ids('data/events.json', 'events');
		expect(sources.length).toBeGreaterThan(0);
		await expect(page.locator('#sources li[id^="source-"]')).toHaveCount(sources.length);
		await expect(page.locator('#events li[id^="event-"]')).toHaveCount(events.length);
		for (const id of sources) await expect(page.locator(`[id="source-${id}"]`)).toHaveCount(1);
		for (const id of events) await expect(page.locator(`[id="event-${id}"]`)).toHaveCount(1);
	});

	for (const width of [375, 1280]) {
		for (const scheme of ['light', 'dark'] as const) {
			test(`has no axe violations at ${width} px (${scheme})`, async ({ page }) => {
				// axe reads every row of the table, one per citation (over 200 since the reference
				// leaders came): on a shared machine that takes longer than the default 30 s.
				test.slow();
				await page.setViewportSize({ width, height: 900 });
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto('/data');
				await expect(page.getByRole('search', { name: 'Filter citations' })).toBeVisible();
				for (const details of await page.locator('details').all()) {
					await details.evaluate((el) => el.setAttribute('open', ''));
				}
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
			});
		}
	}

	test('fits a 375 px phone without horizontal scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto('/data');
		await expect(page.getByRole('search', { name: 'Filter citations' })).toBeVisible();
		for (const details of await page.locator('details').all()) {
			await details.evaluate((el) => el.setAttribute('open', ''));
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);
	});
});
