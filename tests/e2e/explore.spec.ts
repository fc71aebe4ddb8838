/**
 * The explore view as a reader uses it: every stance plotted and citable by mouse and keyboard,
 * the view kept in the URL, the date control moving the spectra, and a complete page with no
 * JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLeaders, readMeta } from './dataset-data.ts';

const leaders = readLeaders();
const stances = leaders.flatMap((l) => l.stances.map((s) => ({ ...s, leader: l })));
const timelineMarks = (page: Page) => page.locator('.timelines [data-stance-id]');
const spectrumMarks = (page: Page) => page.locator('.spectra [data-stance-id]');

/** Waits until scripts have loaded and the view has read its URL. */
async function hydrated(page: Page) {
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.charts[data-ready]')).toBeAttached();
}

test.describe('/explore', () => {
	test('plots one timeline mark per stance in the dataset, each named for screen readers', async ({
		page
	}) => {
		await page.goto('/explore');
		await expect(timelineMarks(page)).toHaveCount(stances.length);
		const ids = await timelineMarks(page).evaluateAll((marks) =>
			marks.map((m) => m.getAttribute('data-stance-id'))
		);
		expect(new Set(ids)).toEqual(new Set(stances.map((s) => s.id)));
		for (const stance of stances) {
			const label = await page
				.locator(`.timelines [data-stance-id="${stance.id}"]`)
				.getAttribute('aria-label');
			expect(label, stance.id).toContain(stance.leader.name);
			expect(label, stance.id).toMatch(/level \d of 0–4/);
		}
	});

	test('opens a citation with the mouse and shows the verbatim quote', async ({ page }) => {
		await page.goto('/explore');
		await hydrated(page);
		// A mark with room of its own: one in a crowd lists the crowd first (target-size.spec.ts).
		// Crowds are known once the chart is measured.
		await expect(page.locator('.timelines [data-crowd]').first()).toBeAttached();
		const mark = page.locator('.timelines [data-stance-id]:not([data-crowd])').first();
		const id = await mark.getAttribute('data-stance-id');
		const stance = stances.find((s) => s.id === id);
		if (!stance) throw new Error('no mark stands alone');
		await mark.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText(stance.citations[0]?.quote ?? '');
		await expect(page).toHaveURL(new RegExp(`stance=${stance.id}`));
		const source = dialog.locator('a[target="_blank"]').first();
		if ((await source.count()) > 0) {
			await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
		}
	});

	test('opens a citation from the keyboard; Escape closes it and returns focus to the mark', async ({
		page
	}) => {
		await page.goto('/explore');
		await hydrated(page);
		const first = spectrumMarks(page).first();
		const id = await first.getAttribute('data-stance-id');
		await first.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		const quote = stances.find((s) => s.id === id)?.citations[0]?.quote ?? '';
		await expect(dialog).toContainText(quote);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(first).toBeFocused();
		await expect(page).not.toHaveURL(/stance=/);
	});

	test('arrow keys move between marks of a chart', async ({ page }) => {
		await page.goto('/explore');
		await hydrated(page);
		const panel = page.locator('.timelines [data-panel]').first();
		const marks = panel.locator('[data-stance-id]');
		const orders = await marks.evaluateAll((all) =>
			all.map(
				(m) => [Number(m.getAttribute('data-order')), m.getAttribute('data-stance-id')] as const
			)
		);
		const sorted = [...orders].sort((a, b) => a[0] - b[0]).map((o) => o[1]);
		await panel.locator(`[data-stance-id="${sorted[0]}"]`).focus();
		await page.keyboard.press('ArrowRight');
		await expect(panel.locator(`[data-stance-id="${sorted[1]}"]`)).toBeFocused();
		await page.keyboard.press('End');
		await expect(panel.locator(`[data-stance-id="${sorted.at(-1)}"]`)).toBeFocused();
	});

	test('restores the view from its URL, and ignores garbage parameters', async ({ page }) => {
		const leader = leaders[0];
		const stance = leader?.stances[0];
		if (!leader || !stance) throw new Error('no data');
		await page.goto(`/explore?date=2019-06&highlight=${leader.id}&stance=${stance.id}`);
		await hydrated(page);
		await expect(page.locator('#date-range')).toHaveAttribute('aria-valuetext', 'Jun 2019');
		await expect(page.getByRole('heading', { name: 'Where they stand in Jun 2019' })).toBeVisible();
		await expect(page.getByRole('dialog')).toContainText(stance.citations[0]?.quote ?? '');
		await expect(page.getByRole('button', { name: `Highlight ${leader.name}` })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		// "Cite this view" names the dataset version and the exact view.
		await page.keyboard.press('Escape');
		const cite = page.getByRole('region', { name: 'Cite this view' });
		await expect(cite).toContainText(`version ${readMeta().version}`);
		await expect(cite).toContainText('/explore?date=2019-06');

		await page.goto('/explore?date=garbage&leaders=nobody&stance=%3Cscript%3E&view=pie');
		await hydrated(page);
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(timelineMarks(page)).toHaveCount(stances.length);
	});

	test('the URL follows the view, so a shared link reopens it', async ({ page }) => {
		await page.goto('/explore');
		await hydrated(page);
		const range = page.locator('#date-range');
		await range.focus();
		await page.keyboard.press('Home');
		await expect(range).toHaveAttribute('aria-valuetext', 'Dec 2015');
		const leader = leaders[1];
		if (!leader) throw new Error('no data');
		await page.getByRole('button', { name: `Highlight ${leader.name}` }).click();
		await expect(page).toHaveURL(new RegExp(`date=2015-12.*highlight=${leader.id}`));
		const shared = page.url();
		const other = await page.context().newPage();
		await other.goto(shared);
		await expect(other.locator('#date-range')).toHaveAttribute('aria-valuetext', 'Dec 2015');
		await expect(other.getByRole('button', { name: `Highlight ${leader.name}` })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('after Play runs to the end, the address holds the last month, the one on screen', async ({
		page
	}) => {
		await page.goto('/explore');
		await hydrated(page);
		const range = page.locator('#date-range');
		const lastMonth = (await page.locator('.range-ends span').last().textContent()) ?? '';
		// A few months before the end, so Play has a short way to run.
		await range.fill(String(Number(await range.getAttribute('max')) - 3));
		await expect(page).toHaveURL(/date=/);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(range).toHaveAttribute('aria-valuetext', lastMonth);
		await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		// The last month is the default view, which the address leaves out.
		await expect(page).not.toHaveURL(/date=/);
		await page.reload();
		await hydrated(page);
		await expect(range).toHaveAttribute('aria-valuetext', lastMonth);
	});

	test('moving the date moves the spectra to the stances held then', async ({ page }) => {
		await page.goto('/explore');
		await hydrated(page);
		const latest = await spectrumMarks(page).count();
		await page.locator('#date-range').fill('0');
		await expect(page.locator('#date-range')).toHaveAttribute('aria-valuetext', 'Dec 2015');
		const founding = stances.filter((s) => s.asOf.startsWith('2015'));
		await expect(spectrumMarks(page)).toHaveCount(founding.length);
		expect(founding.length).toBeLessThan(latest);
	});

	test('stepping to the next change announces what changed', async ({ page }) => {
		await page.goto('/explore?date=2015-12');
		await hydrated(page);
		await page.getByRole('button', { name: /Next change/ }).click();
		const status = page.getByRole('status').filter({ hasText: 'new stance' });
		await expect(status).toHaveCount(1);
		const month = await page.locator('#date-range').getAttribute('aria-valuetext');
		await expect(status).toContainText(`${month}:`);
	});

	test('hiding a leader removes their marks from every chart', async ({ page }) => {
		await page.goto('/explore');
		await hydrated(page);
		const leader = leaders.find((l) => l.stances.length > 0);
		if (!leader) throw new Error('no data');
		await page.getByRole('checkbox', { name: leader.name }).uncheck();
		await expect(page.locator(`.charts [data-leader-id="${leader.id}"]`)).toHaveCount(0);
		await expect(page).toHaveURL(/leaders=/);
	});

	test('shows the reference leaders by default, lighter, and hides or shows them as a group', async ({
		page
	}) => {
		const references = leaders.filter((l) => l.role === 'reference');
		expect(references.length).toBeGreaterThanOrEqual(3);
		const referenceMarks = page.locator(
			references.map((l) => `.charts [data-leader-id="${l.id}"]`).join(', ')
		);
		await page.goto('/explore');
		await hydrated(page);
		await expect(referenceMarks.first()).toBeVisible();
		// The key says what the lighter marks are.
		const key = page.locator('.spectra [data-key="reference"]');
		await expect(key).toBeVisible();
		await expect(key).toContainText('For reference');
		const group = page.getByRole('checkbox', { name: /Show the leaders for reference/ });
		await expect(group).toBeChecked();
		await group.uncheck();
		await expect(referenceMarks).toHaveCount(0);
		await expect(key).toHaveCount(0);
		await expect(page).toHaveURL(/[?&]leaders=cast(&|$)/);
		// The cast stays as it was.
		const cast = leaders.find((l) => l.role === 'cast' && l.stances.length > 0);
		await expect(page.locator(`.charts [data-leader-id="${cast?.id}"]`).first()).toBeVisible();
		await group.check();
		await expect(referenceMarks.first()).toBeVisible();
		await expect(page).not.toHaveURL(/leaders=/);
		// A link to the cast alone opens the cast alone.
		await page.goto('/explore?leaders=cast');
		await hydrated(page);
		await expect(referenceMarks).toHaveCount(0);
		await expect(group).not.toBeChecked();
	});

	test('a reference leader is drawn lighter, and never by colour alone', async ({ page }) => {
		const reference = leaders.find((l) => l.role === 'reference' && l.stances.length > 0);
		const cast = leaders.find((l) => l.role === 'cast' && l.stances.length > 0);
		if (!reference || !cast) throw new Error('no data');
		await page.goto('/explore');
		await hydrated(page);
		const chip = (id: string) => page.locator(`.spectra .chip[data-leader-id="${id}"]`).first();
		const style = (id: string) =>
			chip(id).evaluate((el) => {
				const name = el.querySelector('.name');
				const path = el.querySelector('svg path');
				return {
					fontStyle: name ? getComputedStyle(name).fontStyle : '',
					stroke: path ? getComputedStyle(path).stroke : ''
				};
			});
		const [ref, own] = [await style(reference.id), await style(cast.id)];
		// Words: the name in italics beside the mark, and the mark's spoken name.
		expect(ref.fontStyle).toBe('italic');
		expect(own.fontStyle).toBe('normal');
		await expect(chip(reference.id).locator('a')).toHaveAttribute(
			'aria-label',
			new RegExp(`^${reference.name} \\(for reference\\), `)
		);
		await expect(chip(cast.id).locator('a')).not.toHaveAttribute('aria-label', /for reference/);
		// Lighter: the mark's colour is mixed with the page.
		expect(ref.stroke).not.toBe(own.stroke);
		// On the timelines, where no name is drawn, a reference leader's line is thinner too.
		const lines = await page.locator('.timelines .step-lines path').evaluateAll((paths) =>
			paths.map((p) => ({
				reference: p.classList.contains('reference'),
				width: parseFloat(getComputedStyle(p).strokeWidth)
			}))
		);
		const thin = lines.filter((l) => l.reference).map((l) => l.width);
		const full = lines.filter((l) => !l.reference).map((l) => l.width);
		expect(thin.length).toBeGreaterThan(0);
		expect(Math.max(...thin)).toBeLessThan(Math.min(...full));
		// The picker names them in italics, in a group of their own.
		await expect(
			page
				.getByRole('list', { name: 'For reference' })
				.getByText(reference.shortName ?? '', { exact: true })
		).toHaveCSS('font-style', 'italic');
	});

	test('downloads the spectrum as SVG and PNG with the date and the dataset version', async ({
		page
	}) => {
		await page.goto('/explore?date=2024-01');
		await hydrated(page);
		const { version } = readMeta();
		const svgDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: /spectrum as SVG/i }).click();
		const svg = await svgDownload;
		expect(svg.suggestedFilename()).toMatch(
			new RegExp(`2024-01.*${version.replaceAll('.', '\\.')}\\.svg$`)
		);
		const text = readFileSync((await svg.path()) ?? '', 'utf8');
		expect(text).toContain('<svg');
		expect(text).toContain('Jan 2024');
		expect(text).toContain(version);

		const pngDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: /timelines as PNG/i }).click();
		const png = await pngDownload;
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		const bytes = readFileSync((await png.path()) ?? '');
		expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
	});

	test('one axis and one kind of chart can be chosen, and the URL keeps the choice', async ({
		page
	}) => {
		await page.goto('/explore');
		await hydrated(page);
		await page.getByLabel('Axes').selectOption('tools');
		await page.getByLabel('Charts').selectOption('spectrum');
		await expect(page.locator('.spectra [data-panel]')).toHaveCount(1);
		await expect(page.locator('.spectra [data-axis="tools"]')).toHaveCount(1);
		await expect(page.locator('.timelines')).toHaveCount(0);
		await expect(page).toHaveURL(/view=spectrum/);
		await expect(page).toHaveURL(/axis=tools/);
		await page.reload();
		await hydrated(page);
		await expect(page.locator('.spectra [data-panel]')).toHaveCount(1);
		await expect(page.getByLabel('Axes')).toHaveValue('tools');
	});

	test('? opens the keyboard shortcuts, Escape closes them', async ({ page }) => {
		await page.goto('/explore');
		await hydrated(page);
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
	});

	test('is complete without JavaScript: every mark and every quote is in the HTML', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/explore');
		await expect(timelineMarks(page)).toHaveCount(stances.length);
		const text = await page.locator('main').textContent();
		for (const stance of stances) {
			for (const citation of stance.citations) expect(text, stance.id).toContain(citation.quote);
			// Each mark links to its evidence on the same page.
			await expect(page.locator(`[id="${stance.id}"]`)).toHaveCount(1);
		}
		await context.close();
	});
});
