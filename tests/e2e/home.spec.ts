import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readLeaders, readMeta } from './dataset-data.ts';

const leaders = readLeaders();
const stances = leaders.flatMap((l) => l.stances);

test.describe('the prerendered home page', () => {
	test('shows every leader, every stance and every quote of the dataset', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Openness Spectrum');
		for (const leader of leaders) {
			await expect(page.getByRole('heading', { level: 3, name: leader.name })).toBeVisible();
		}
		await expect(page.locator('[data-stance-id]')).toHaveCount(stances.length);
		const text = await page.locator('main').textContent();
		for (const stance of stances) {
			for (const citation of stance.citations) {
				expect(text, `quote of ${stance.id}`).toContain(citation.quote);
			}
		}
		await expect(page.locator('footer')).toContainText(`Dataset version ${readMeta().version}`);
	});

	test('is complete without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('[data-stance-id]')).toHaveCount(stances.length);
		const first = stances[0];
		if (!first) throw new Error('the dataset has no stances');
		await expect(page.locator(`[data-stance-id="${first.id}"] blockquote`).first()).toBeAttached();
		await context.close();
	});

	test('carries a Content-Security-Policy and requests nothing from another origin', async ({
		page,
		baseURL
	}) => {
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin !== new URL(baseURL ?? '').origin && url.protocol !== 'data:')
				foreign.push(request.url());
		});
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("script-src 'self'");
		expect(foreign).toEqual([]);
	});

	test('source links are https and open safely in a new tab', async ({ page }) => {
		await page.goto('/');
		const links = page.locator('main a[target="_blank"]');
		expect(await links.count()).toBeGreaterThan(0);
		for (const link of await links.all()) {
			expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
			expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
		}
	});

	test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/');
		for (const details of await page.locator('details').all()) {
			await details.evaluate((el) => el.setAttribute('open', ''));
		}
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`has no axe violations (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/');
			// Open every disclosure so the citations are checked too.
			for (const details of await page.locator('details').all()) {
				await details.evaluate((el) => el.setAttribute('open', ''));
			}
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		});
	}
});
