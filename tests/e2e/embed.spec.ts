/**
 * The embeds (/embed/…) inside a host page, as a teacher's course page would hold one: the snippet
 * from the explore view, the iframe fitted to the chart by the host script (the embed posts its
 * height), a mark opening its citation inside the embed, and a story step whole without script.
 */
import { expect, test } from '@playwright/test';
import { readStepIds } from './dataset-data.ts';

test('the snippet from /explore puts the view in a host page, fitted to its height', async ({
	page,
	baseURL
}) => {
	await page.goto('/explore?date=2024-06&view=spectrum&axis=weights');
	await expect(page.locator('.controls')).toBeEnabled();
	// The snippet is beside the downloads, loaded when first asked for.
	await page.locator('.spectra summary', { hasText: 'Embed or cite this view' }).click();
	const code = page.getByLabel('Embed this view in a page: paste this HTML');
	await expect(code).toHaveValue(/embed\/explore\?/);
	const snippet = await code.inputValue();
	expect(snippet).toContain(
		`src="${baseURL}/embed/explore?date=2024-06&amp;view=spectrum&amp;axis=weights"`
	);
	expect(snippet).toContain(`<script src="${baseURL}/embed.js" async></script>`);

	const host = await page.context().newPage();
	await host.setContent(`<!doctype html><title>Course page</title><p>Week 3</p>${snippet}`);
	const frame = host.locator('iframe');
	// The host script sets the iframe to the height the embed posts: the chart fits, no scrolling.
	await expect
		.poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height))
		.toMatch(/^\d+px$/);
	const fitted = await frame.evaluate((f) => f.getBoundingClientRect().height);
	const embed = host.frameLocator('iframe');
	await expect(embed.getByText('Jun 2024')).toBeVisible();
	const content = await embed.locator('main').evaluate((m) => m.getBoundingClientRect().bottom);
	expect(Math.abs(fitted - content)).toBeLessThan(40);
	// A mark opens its citation inside the embed.
	await embed.locator('[data-stance-id]').first().click();
	await expect(embed.getByRole('dialog')).toBeVisible();
});

test('an embed posts the documented message, and is left out of search engines', async ({
	page
}) => {
	await page.goto('/embed/explore');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
		'href',
		'/explore'
	);
	const host = await page.context().newPage();
	await host.setContent('<!doctype html><title>Host</title>');
	const message = await host.evaluate(
		(src) =>
			new Promise<unknown>((resolve) => {
				window.addEventListener('message', (event) => resolve(event.data));
				const frame = document.createElement('iframe');
				frame.src = src;
				document.body.append(frame);
			}),
		page.url()
	);
	expect(message).toMatchObject({ type: 'openness-spectrum:height', href: page.url() });
	expect((message as { height: number }).height).toBeGreaterThan(200);
});

test.describe('without script', () => {
	test.use({ javaScriptEnabled: false });

	test("a story step's embed is whole: its title, chart, key, source and a link to the step", async ({
		page
	}) => {
		const step = readStepIds()[1] ?? '';
		await page.goto(`/embed/story/${step}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('[data-stance-id]').first()).toBeVisible();
		await expect(page.getByText(/^Source: .*version \d+\.\d+\.\d+/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
			'href',
			`/#step-${step}`
		);
	});
});
