/**
 * On paper: the presentation prints its speaker's handout in light colours from any state (the
 * overview, the dark theme, a blank screen), hollow and dashed marks kept, every page naming the
 * site's address and the dataset version; the student handout is the slides and their sources
 * without the notes; /brief prints on two pages, A4 or Letter, with no script.
 */
import { expect, test, type Page } from '@playwright/test';
import { findStance, readMeta, readSlides, readStory } from './dataset-data.ts';
import { gzipKb, scriptsOf } from './page-scripts.ts';

const story = readStory();
const meta = readMeta();
const discussion = story.discussion ?? { title: 'Discuss', questions: [] };
const COUNT = readSlides().length;
/** The page colour and the hollow marks' fill in the light theme (app.css --bg, --surface). */
const LIGHT_BG = 'rgb(251, 250, 247)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';

test.use({ viewport: { width: 1280, height: 720 } });

/** Pages in a PDF that Chromium printed. */
async function pdfPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
	const pdf = await page.pdf({ format });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Each printed line names this page's origin, the path given, and the dataset version. */
async function expectPrintedLines(page: Page, baseURL: string | undefined, paths: string[]) {
	const lines = page.locator('.printed-line');
	await expect(lines).toHaveCount(paths.length);
	for (const [i, path] of paths.entries()) {
		await expect(lines.nth(i)).toBeVisible();
		await expect(lines.nth(i)).toContainText(`${baseURL ?? ''}${path}`);
		await expect(lines.nth(i)).toContainText(`Dataset version ${meta.version}`);
	}
}

/** The painted look of the marks of one kind of evidence on the page. */
function markPaint(page: Page, kind: 'explicit' | 'reported' | 'inferred') {
	return page.locator(`svg.shape.${kind}:not(.ghost) path`).evaluateAll((paths) =>
		paths.map((p) => {
			const style = getComputedStyle(p);
			return { fill: style.fill, dash: style.strokeDasharray, stroke: style.stroke };
		})
	);
}

test('printing from the overview in the dark theme gives the light handout, marks kept', async ({
	page,
	baseURL
}) => {
	await page.goto('/present#3');
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
	await page.getByRole('button', { name: 'Dark' }).click();
	await page.keyboard.press('o');
	await expect(page.locator('.slides')).toHaveClass(/overview/);
	const slideBg = () =>
		page
			.locator('.slide')
			.first()
			.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(await slideBg()).not.toBe(LIGHT_BG);

	await page.emulateMedia({ media: 'print' });
	expect(await slideBg()).toBe(LIGHT_BG);
	await expect(page.locator('.deck')).toHaveCSS('print-color-adjust', 'exact');
	// The handout, not the grid: every slide with its notes, no overview buttons, no controls.
	await expect(page.locator('.slides')).toHaveCSS('display', 'block');
	await expect(page.locator('.pick').first()).toBeHidden();
	await expect(page.locator('.controls')).toBeHidden();
	for (const handout of await page.locator('.handout').all()) await expect(handout).toBeVisible();
	await expect(page.getByText(story.steps[0]?.notes?.points[0] ?? '')).toBeVisible();

	// Filled marks in the leader's colour, hollow ones on white, dashed ones dashed.
	const explicit = await markPaint(page, 'explicit');
	const reported = await markPaint(page, 'reported');
	const inferred = await markPaint(page, 'inferred');
	expect(explicit.length && reported.length && inferred.length).toBeGreaterThan(0);
	for (const mark of explicit) expect(mark.fill).toBe(mark.stroke);
	for (const mark of [...reported, ...inferred]) expect(mark.fill).toBe(LIGHT_SURFACE);
	for (const mark of reported) expect(mark.dash).toBe('none');
	for (const mark of inferred) expect(mark.dash).not.toBe('none');

	await expectPrintedLines(
		page,
		baseURL,
		Array.from({ length: COUNT }, (_, i) => `/present#${i + 1}`)
	);
	expect(await pdfPages(page, 'A4')).toBe(COUNT);
});

test('printing while the screen is blanked prints the slides, not the blank', async ({ page }) => {
	await page.goto('/present#2');
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
	await page.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeAttached();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-blank]')).toBeHidden();
	for (const slide of await page.locator('.slide').all()) await expect(slide).toBeVisible();
	// Only on paper.
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('.printed-line').first()).toBeHidden();
});

test("the deck's Print menu prints the speaker's handout and links the student one and the brief", async ({
	page
}) => {
	await page.goto('/present#2');
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
	await page.evaluate(() => {
		const counted = window as unknown as { printed: number };
		counted.printed = 0;
		window.print = () => void counted.printed++;
	});
	const menu = page.locator('#print-menu');
	await expect(menu).toBeHidden();
	await page.getByRole('button', { name: 'Print', exact: true }).click();
	await expect(menu).toBeVisible();
	await expect(menu.getByRole('link', { name: 'Student handout' })).toHaveAttribute(
		'href',
		'/present/handout'
	);
	await expect(menu.getByRole('link', { name: 'Class brief' })).toHaveAttribute('href', '/brief');
	await menu.getByRole('button', { name: "Speaker's handout" }).click();
	await expect(menu).toBeHidden();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the student handout is every slide and its sources, without the notes or any script', async ({
	page,
	baseURL
}) => {
	const scripts = await scriptsOf(page, '/present/handout');
	expect([...scripts.keys()].map((url) => new URL(url).pathname)).toEqual(['/page-address.js']);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('student handout');
	await expect(page.locator('.slide')).toHaveCount(COUNT);
	for (const question of discussion.questions) await expect(page.getByText(question)).toBeVisible();
	// Sources under each step slide that quotes, and no speaker's notes anywhere.
	const quoting = page.locator('.slide-item:has(.quotes)');
	expect(await quoting.count()).toBeGreaterThan(0);
	for (const item of await quoting.all())
		expect(await item.locator('.handout .sources li').count()).toBeGreaterThan(0);
	await expect(page.locator('.notes')).toHaveCount(0);
	await expect(page.getByText('Ask the class')).toHaveCount(0);
	for (const step of story.steps)
		for (const point of step.notes?.points ?? [])
			await expect(page.getByText(point)).toHaveCount(0);
	// A Your call slide is printed for the class to score: its quote and rubric, never the answer.
	for (const call of story.calls ?? []) {
		const { stance } = findStance(call.stance);
		await expect(page.getByText(stance.citations.find((c) => !c.speaker)!.quote)).not.toHaveCount(
			0
		);
		await expect(page.getByText(stance.rationale)).toHaveCount(0);
	}

	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await expect(page.locator('.slide').first()).toHaveCSS('background-color', LIGHT_BG);
	await expectPrintedLines(
		page,
		baseURL,
		Array.from({ length: COUNT }, (_, i) => `/present#${i + 1}`)
	);
	expect(await pdfPages(page, 'A4')).toBe(COUNT);
});

test.describe('the brief', () => {
	test('prints on two pages, A4 or Letter, in light colours', async ({ page, baseURL }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/brief');
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await expect(page.locator('body')).toHaveCSS('color', 'rgb(27, 29, 33)');
		await expect(page.locator('header.site')).toBeHidden();
		await expectPrintedLines(page, baseURL, ['/brief', '/brief']);
		expect(await pdfPages(page, 'A4')).toBe(2);
		expect(await pdfPages(page, 'Letter')).toBe(2);
	});

	test('shows the spectrum today, the biggest moves, three questions and the sources, dated', async ({
		page
	}) => {
		await page.goto('/brief');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.dated')).toContainText(`dataset version ${meta.version}`);
		// The four spectra, their marks links to the leaders' pages (there is no script).
		const today = page.getByRole('figure', { name: 'The spectrum today' });
		await expect(today.locator('.spectrum')).toHaveCount(4);
		const marks = today.locator('a[data-stance-id]');
		expect(await marks.count()).toBeGreaterThan(10);
		await expect(marks.first()).toHaveAttribute('href', /^\/leaders\/[^#]+#/);
		// Moves of two levels or more, each with its cause.
		const moves = page.locator('.moves li[data-stance-id]');
		expect(await moves.count()).toBeGreaterThanOrEqual(3);
		for (const move of await moves.all()) await expect(move).toContainText(/by [2-4] levels/);
		await expect(page.locator('.questions li')).toHaveText(discussion.questions.slice(0, 3));
		expect(await page.locator('.sources li').count()).toBeGreaterThan(10);
	});

	test('is the same page without script, and loads none but its address line', async ({
		page,
		browser
	}) => {
		const scripts = await scriptsOf(page, '/brief');
		expect([...scripts.keys()].map((url) => new URL(url).pathname)).toEqual(['/page-address.js']);
		expect(gzipKb(scripts.values())).toBeLessThan(1);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const bare = await context.newPage();
		await bare.goto('/brief');
		await expect(bare.locator('.spectrum a[data-stance-id]').first()).toBeVisible();
		await expect(bare.locator('.questions li')).toHaveCount(3);
		await context.close();
	});

	test('is linked from every page of the site and from the presentation', async ({ page }) => {
		await page.goto('/data');
		const footer = page.locator('footer.site');
		await expect(footer.getByRole('link', { name: 'two-page brief' })).toHaveAttribute(
			'href',
			'/brief'
		);
		await page.goto('/');
		const end = page.getByRole('link', { name: 'Present it in class' }).locator('..');
		await expect(end.getByRole('link', { name: 'two-page brief' })).toHaveAttribute(
			'href',
			'/brief'
		);
	});
});
