/**
 * /practice as a student uses it, phone first: one quote at a time against the rubric, the
 * dataset's reading after each pick, a score at the end, progress kept in the browser only; the
 * page without script; and the worksheet on paper, its answer key on pages of its own.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { findStance, readPractice } from './dataset-data.ts';

const [classSet, calibration] = readPractice();
if (!classSet || !calibration) throw new Error('data/practice.json needs two sets');
const items = classSet.items.map((item) => findStance(item.stance));

test.use({ viewport: { width: 375, height: 800 }, hasTouch: true });

async function open(page: Page, path = '/practice') {
	await page.goto(path);
	await expect(page.locator('.practice[data-ready]')).toBeAttached();
}

/** Picks `level` on the quote in hand and checks it. */
async function answer(page: Page, level: number) {
	const item = page.locator('.item:not([hidden])');
	await item.getByRole('radio', { name: new RegExp(`^${level} · `) }).check();
	await item.getByRole('button', { name: 'Check my reading' }).click();
}

test('a set, one quote at a time: pick, check, see the dataset’s reading, and a score at the end', async ({
	page
}) => {
	await open(page);
	const first = items[0]!;
	const item = page.locator('.item:not([hidden])');
	await expect(page.locator('.item:not([hidden])')).toHaveCount(1);
	await expect(item).toContainText(first.leader.name);
	await expect(item).toContainText(first.stance.citations.find((c) => !c.speaker)!.quote);
	for (const level of first.axis.levels) await expect(item).toContainText(level.rubric);

	// Checking with no level picked asks for one, and changes nothing.
	await item.getByRole('button', { name: 'Check my reading' }).click();
	await expect(item.getByRole('alert')).toContainText('Pick a level first');

	// One level off from the dataset, toward open where possible.
	const off = first.stance.position < 4 ? first.stance.position + 1 : first.stance.position - 1;
	await answer(page, off);
	const reading = item.locator('.reading');
	await expect(reading).toContainText(`The dataset: level ${first.stance.position}`);
	await expect(reading).toContainText(
		`You read it 1 level ${off > first.stance.position ? 'more open' : 'more closed'} than the dataset.`
	);
	await expect(reading).toContainText(first.stance.rationale);
	await expect(item.locator('li.theirs')).toContainText('The dataset');
	await expect(item.locator('li.yours')).toContainText('Your pick');
	await expect(reading.getByRole('link', { name: /Open this point/ })).toHaveAttribute(
		'href',
		`/leaders/${first.leader.id}#${first.stance.id}`
	);
	await expect(page.locator('[id^="reading-"]')).toBeFocused();

	// The rest: every one matched, but the last, four levels from where it is... or as far as it goes.
	for (let i = 1; i < items.length; i++) {
		await page.getByRole('button', { name: 'Next quote' }).click();
		await expect(page.locator('.item:not([hidden])')).toContainText(
			`Quote ${i + 1} of ${items.length}`
		);
		const { stance } = items[i]!;
		await answer(page, i === items.length - 1 ? (stance.position >= 2 ? 0 : 4) : stance.position);
	}
	await page.getByRole('button', { name: 'See how you did' }).click();
	const result = page.locator('.result');
	await expect(result.getByRole('heading', { name: 'How you did' })).toBeFocused();
	await expect(result).toContainText(
		`You matched the dataset on ${items.length - 2} of ${items.length} quotes`
	);
	await expect(result).toContainText(`within one level on ${items.length - 1}`);
	// Furthest first: the last quote, then the first.
	const last = items.at(-1)!;
	await expect(result.locator('.furthest li')).toHaveCount(2);
	await expect(result.locator('.furthest li').first()).toContainText(last.leader.name);
	await expect(result.locator('.furthest li').first().getByRole('link')).toHaveAttribute(
		'href',
		`/leaders/${last.leader.id}#${last.stance.id}`
	);

	// Kept in this browser: a reload comes back to the result; starting again clears it.
	await page.reload();
	await expect(page.locator('.result')).toContainText(`${items.length - 2} of ${items.length}`);
	await page.getByRole('button', { name: 'Start the set again' }).click();
	await expect(page.locator('.item:not([hidden])')).toContainText(`Quote 1 of ${items.length}`);
	expect(
		await page.evaluate(
			(key) => localStorage.getItem(key),
			`openness-spectrum:practice:${classSet.id}`
		)
	).toBe('{"version":1,"picks":{}}');
});

test('progress is kept per set, and a return picks up at the first quote not yet checked', async ({
	page
}) => {
	await open(page);
	await answer(page, items[0]!.stance.position);
	await page.getByRole('button', { name: 'Next quote' }).click();
	await page.reload();
	await expect(page.locator('.practice[data-ready]')).toBeAttached();
	await expect(page.locator('.item:not([hidden])')).toContainText(`Quote 2 of ${items.length}`);
	await open(page, `/practice/${calibration.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(calibration.title);
	await expect(page.locator('.item:not([hidden])')).toContainText(
		`Quote 1 of ${calibration.items.length}`
	);
});

test('the evidence kind is an optional second call, compared with the dataset’s', async ({
	page
}) => {
	await open(page);
	const first = items[0]!;
	const item = page.locator('.item:not([hidden])');
	// A kind other than the dataset's.
	const other = first.stance.evidence === 'inferred' ? 'Explicit' : 'Inferred';
	await item.getByRole('radio', { name: new RegExp(`^${other}:`) }).check();
	await answer(page, first.stance.position);
	await expect(item.locator('.reading')).toContainText('You matched the dataset.');
	await expect(item.locator('.reading .evidence')).toContainText(
		`You read it as ${other.toLowerCase()}.`
	);
});

test('without script, every quote is on the page with the dataset’s reading behind a disclosure', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/practice');
	await expect(page.locator('.item')).toHaveCount(items.length);
	const disclosures = page.locator('details.answer');
	await expect(disclosures).toHaveCount(items.length);
	await disclosures.first().locator('summary').click();
	await expect(disclosures.first()).toContainText(items[0]!.stance.rationale);
	await context.close();
});

test('the worksheet prints each quote with boxes to tick, and the answer key on pages of its own', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/practice/worksheet');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.worksheet .item')).toHaveCount(items.length);
	await expect(page.locator('.worksheet .item').first().locator('.boxes li')).toHaveCount(5);
	const key = page.locator('.key');
	expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
	for (const [i, { stance }] of items.entries())
		await expect(key.locator('.answers > li').nth(i)).toContainText(`level ${stance.position}`);
	// The sheets hold no answer: the dataset's reading is only in the key.
	const sheet = page.locator('.sheet');
	for (const { stance } of items) await expect(sheet).not.toContainText(stance.rationale);
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
	expect(pages.length).toBeGreaterThan(2);
});

test('passes axe with a quote checked, on a phone', async ({ page }) => {
	await open(page);
	await answer(page, 2);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
