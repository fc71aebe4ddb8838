/**
 * What holds on every page of the site: a CSP and no request to another origin, safe external
 * links, no horizontal scroll on a 360 px phone, and no axe violations in either theme.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readLeaders, readMeta, readStory } from './dataset-data.ts';
import { ROUTES } from './routes.ts';

const leaders = readLeaders();

/**
 * Pages axe takes long over, measured on a busy machine: /data (every stance in one table) and
 * /explore (every mark, every citation) ran
 * 29 to 34 s, and the student handout (every slide's chart at once) 13 to 25 s.
 */
const AXE_SLOW = new Set(['/data', '/explore', '/present/handout']);

/** Opens every disclosure, so what hides inside is checked too. */
async function openDisclosures(page: Page) {
	await page
		.locator('details')
		.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
}

test.describe('the home page', () => {
	test('tells the story, then links to every view and lists the sources', async ({ page }) => {
		const story = readStory();
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
		await expect(page.getByText(story.dek)).toBeVisible();
		await expect(page.getByRole('heading', { level: 2 })).toContainText(
			story.steps.map((s) => s.title)
		);
		await expect(page.getByRole('link', { name: 'Explore the spectrum' })).toHaveAttribute(
			'href',
			'/explore'
		);
		await expect(page.getByRole('link', { name: 'Read the data' })).toHaveAttribute(
			'href',
			'/data'
		);
		for (const leader of leaders) {
			await expect(page.getByRole('link', { name: leader.name, exact: true })).toHaveAttribute(
				'href',
				`/leaders/${leader.id}`
			);
		}
		await expect(page.getByRole('heading', { name: 'How to cite' })).toBeVisible();
		const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
			sources: { outlet: string }[];
		};
		const listed = page.locator('section[aria-labelledby="sources-title"] li');
		await expect(listed).toHaveCount(sources.sources.length);
		await expect(page.locator('footer')).toContainText(`Dataset version ${readMeta().version}`);
	});
});

test('every page links to every section, and marks the one it is', async ({ page }) => {
	for (const [path, label] of [
		['/', 'Story'],
		['/explore', 'Explore'],
		['/data', 'Data'],
		['/practice', 'Practice'],
		['/editor', "Editor's desk"]
	] as const) {
		await page.goto(path);
		const nav = page.getByRole('navigation', { name: 'Site' });
		await expect(nav.getByRole('link')).toHaveText([
			'Story',
			'Explore',
			'Data',
			'Present',
			'Practice',
			"Editor's desk"
		]);
		await expect(nav.locator('[aria-current="page"]')).toHaveText(label);
	}
});

for (const route of ROUTES) {
	test.describe(`page ${route}`, () => {
		test('carries a CSP and requests nothing from another origin', async ({ page, baseURL }) => {
			const foreign: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.origin !== new URL(baseURL ?? '').origin && url.protocol !== 'data:')
					foreign.push(request.url());
			});
			await page.goto(route);
			await page.waitForLoadState('networkidle');
			const csp = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(csp).toContain("default-src 'self'");
			expect(csp).toContain("script-src 'self'");
			expect(foreign).toEqual([]);
		});

		test('links out only over https, in a new tab without a referrer', async ({ page }) => {
			await page.goto(route);
			const external = page.locator('a[href^="http"], a[target="_blank"]');
			for (const link of await external.all()) {
				expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
				expect(await link.getAttribute('target')).toBe('_blank');
				expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
			}
		});

		test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.goto(route);
			await openDisclosures(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});

		for (const scheme of ['light', 'dark'] as const) {
			test(`has no axe violations (${scheme})`, async ({ page }) => {
				if (AXE_SLOW.has(route)) test.slow();
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(route);
				await openDisclosures(page);
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
			});
		}
	});
}
