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

test("a reference leader's page says they are shown for reference, and why", async ({ page }) => {
	const references = readLeaders().filter((l) => l.role === 'reference');
	expect(references.length).toBeGreaterThanOrEqual(3);
	for (const leader of references) {
		await page.goto(`/leaders/${leader.id}`);
		const note = page.locator('[data-role="reference"]');
		await expect(note).toContainText('For reference');
		await expect(note).toContainText(leader.roleNote ?? '');
		await expect(note).toContainText('Not one of the 7 leaders the story follows');
		// The key names the lighter drawing too.
		await expect(page.locator('[data-key="reference"]')).toContainText('For reference');
	}
	const cast = readLeaders().find((l) => l.role === 'cast');
	await page.goto(`/leaders/${cast?.id}`);
	await expect(page.locator('[data-role="reference"]')).toHaveCount(0);
	await expect(page.locator('[data-key="reference"]')).toHaveCount(0);
});
