/** Each leader's page: their timelines, every stance with its quotes, and their roles. */
import { expect, test } from '@playwright/test';
import { readLeaders } from './dataset-data.ts';

for (const leader of readLeaders()) {
	test(`/leaders/${leader.id} shows every stance of ${leader.name} with its evidence`, async ({
		browser
	}) => {
		// Without JavaScript: the prerendered page alone must be complete.
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/leaders/${leader.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(leader.name);
		await expect(page.locator('.timelines [data-stance-id]')).toHaveCount(leader.stances.length);
		// An axis with none of their stances says so on its panel, rather than standing empty.
		const axes = new Set(leader.stances.map((s) => s.axis));
		await expect(page.locator('.timelines [data-panel]')).toHaveCount(4);
		await expect(
			page.locator('.timelines [data-panel]').filter({ hasText: 'no stance on record' })
		).toHaveCount(4 - axes.size);
		const text = await page.locator('main').textContent();
		for (const stance of leader.stances) {
			for (const citation of stance.citations) expect(text, stance.id).toContain(citation.quote);
		}
		await context.close();
	});
}

test('a mark on a leader page opens its citation panel', async ({ page }) => {
	const leader = readLeaders().find((l) => l.stances.length > 0);
	const stance = leader?.stances[0];
	if (!leader || !stance) throw new Error('no data');
	await page.goto(`/leaders/${leader.id}`);
	await page.waitForLoadState('networkidle');
	await page.locator(`.timelines [data-stance-id="${stance.id}"]`).click();
	await expect(page.getByRole('dialog')).toContainText(stance.citations[0]?.quote ?? '');
});
