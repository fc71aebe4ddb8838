/**
 * The page static hosts serve for a missing address: the main pages, and a leader found by name
 * with no script at all, opening the explore view with them highlighted.
 */
import { expect, test } from '@playwright/test';
import { readLeaders } from './dataset-data.ts';

test('the 404 page finds a leader without script, and opens them in Explore', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/404');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const main = page.getByRole('main');
	for (const name of ['Explore', 'Data', 'Practice'])
		await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
	const leader = readLeaders()[0]!;
	await page.getByLabel('Find a leader').selectOption(leader.id);
	await page.getByRole('button', { name: 'Show them in Explore' }).click();
	await expect(page).toHaveURL(new RegExp(`/explore\\?highlight=${leader.id}$`));
	await context.close();
	// With script, the view opens with that leader highlighted.
	const live = await browser.newPage();
	await live.goto(`/explore?highlight=${leader.id}`);
	await expect(live.getByRole('button', { name: `Highlight ${leader.name}` })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await live.close();
});
