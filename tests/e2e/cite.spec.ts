/**
 * "Cite this point" in a citation panel: Citation.js loads only when asked for, and gives the
 * point in each format with the dataset version and the view's address.
 */
import { expect, test } from '@playwright/test';
import { readMeta } from './dataset-data.ts';

test('a citation panel cites its point in four formats, loading Citation.js only then', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.js')) scripts.push(r.url());
	});
	await page.goto('/explore');
	await page.waitForLoadState('networkidle');
	const before = scripts.length;
	await page.locator('[data-stance-id]').first().click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByText('Cite this point').click();
	const text = dialog.getByRole('textbox', { name: /^Cite this point: text$/ });
	const { version } = readMeta();
	await expect(text).toHaveValue(
		new RegExp(`\\(Version ${version.replaceAll('.', '\\.')}\\) \\[Dataset\\]`)
	);
	await expect(text).toHaveValue(/\/explore\?/);
	await expect(text).toHaveValue(/Quotes shown:\n“/);
	await dialog.getByLabel('Format').selectOption('bibtex');
	await expect(dialog.getByRole('textbox', { name: /: bibtex$/ })).toHaveValue(/^@\w+\{/);
	await dialog.getByLabel('Format').selectOption('ris');
	await expect(dialog.getByRole('textbox', { name: /: ris$/ })).toHaveValue(/^TY {2}- DATA$/m);
	await dialog.getByLabel('Format').selectOption('csl');
	await expect(dialog.getByRole('textbox', { name: /: csl$/ })).toHaveValue(/"type": "dataset"/);
	expect(scripts.length).toBeGreaterThan(before);
});

test('without PUBLIC_REPO_URL the panel offers no way to contest a reading', async ({ page }) => {
	await page.goto('/explore');
	await page.locator('[data-stance-id]').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Think this reading is wrong?' })).toHaveCount(0);
});
