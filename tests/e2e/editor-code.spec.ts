/**
 * The desk's code editor (CodeMirror, loaded on demand) as an editor works it: typing, completion
 * of a source id, a syntax error underlined on its line with a marker beside it, a problem chosen
 * in the list putting the cursor on it, Ctrl-Z taking back "Add a stance", Tab leaving the text,
 * and no axe violation on a phone or a desktop.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	checkStatus,
	draftEditor,
	editorState,
	expectDraft,
	openDesk,
	replaceDraft,
	place
} from './editor-page.ts';

const FILE = 'data/leaders/dario-amodei.json';
const published = readFileSync(FILE, 'utf8');
const leader = JSON.parse(published) as {
	stances: { citations: { source: string }[] }[];
};
/** A source this leader cites: one completion must offer. */
const cited = leader.stances[0]?.citations[0]?.source ?? '';
if (!cited) throw new Error(`${FILE} needs a stance with a citation for these tests`);

async function startFromLeader(page: Page) {
	await page.getByLabel('Start from').selectOption(FILE);
	await page.getByRole('button', { name: 'Load', exact: true }).click();
	await expectDraft(page, published);
	await expect(checkStatus(page)).toHaveText(/No errors/);
}

/** The text of the editor's line that holds `element`. */
const lineOf = (element: ReturnType<Page['locator']>) =>
	element.evaluate((e) => e.closest('.cm-line')?.textContent ?? '');

test.describe('the code editor on /editor', () => {
	test('a click on its label focuses it, as a label does a text field', async ({ page }) => {
		await openDesk(page);
		await page.getByText('The file, as JSON', { exact: true }).click();
		await expect(draftEditor(page)).toBeFocused();
	});

	test('takes typing, and checks what was typed', async ({ page }) => {
		await openDesk(page);
		await page.getByLabel('Check it as').selectOption(FILE);
		await draftEditor(page).click();
		await page.keyboard.type('{"id": "dario-amodei", "name": 7}');
		await expectDraft(page, '{"id": "dario-amodei", "name": 7}');
		await expect(checkStatus(page)).toHaveText(/errors.*checked as data\/leaders\/dario-amodei/);
		const nameError = page.locator('.cm-lintRange-error', { hasText: '7' });
		await expect(nameError).toHaveCount(1);
		// Fixing it by typing takes the underline away.
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('"Dario"');
		await expectDraft(page, '{"id": "dario-amodei", "name": "Dario"}');
		await expect(nameError).toHaveCount(0);
		await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
	});

	test('offers source ids after "source": " and writes the one chosen', async ({ page }) => {
		await openDesk(page);
		await startFromLeader(page);
		await page.getByRole('button', { name: 'Add a stance' }).click();
		await expect(checkStatus(page)).toHaveText(/error/);
		// The template's source line, emptied back to its opening quote.
		const sourceLine = page.locator('.cm-line', { hasText: '"source": "id-of-a-source"' });
		await sourceLine.click();
		await page.keyboard.press('End');
		for (let i = 0; i < 'id-of-a-source",'.length; i++) await page.keyboard.press('Backspace');
		await page.keyboard.type(cited.slice(0, 3));
		const list = page.locator('.cm-tooltip-autocomplete');
		await expect(list.getByRole('option', { name: new RegExp(`^${cited}`) })).toBeVisible();
		// Typing narrows the list; Escape closes it, Ctrl-Space opens it again.
		await page.keyboard.press('Escape');
		await expect(list).toBeHidden();
		await page.keyboard.press('Control+Space');
		await expect(list).toBeVisible();
		for (let i = 3; i < cited.length; i++) await page.keyboard.type(cited[i] ?? '');
		await page.keyboard.press('Enter');
		const { text } = await editorState(page);
		expect(text).toContain(`"source": "${cited}"\n`);
		await expect(page.locator('.check ol')).not.toContainText('"source" still holds the template');

		// A fixed value, inside quotes already closed: the closing quote is not doubled.
		const placeholder = '<weights, tools, methodology or access>';
		await page.locator('.cm-line', { hasText: `"axis": "${placeholder}"` }).click();
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		for (let i = 0; i < placeholder.length; i++) await page.keyboard.press('Backspace');
		await page.keyboard.type('me');
		await expect(list.getByRole('option', { name: 'methodology' })).toBeVisible();
		await page.keyboard.press('Enter');
		expect((await editorState(page)).text).toContain('"axis": "methodology",\n');
	});

	test('underlines a syntax error on its line, with a marker beside it', async ({ page }) => {
		await openDesk(page);
		const broken = published.replace(/("name": [^\n]*),\n/, '$1\n');
		expect(broken).not.toBe(published);
		await replaceDraft(page, broken);
		await expect(checkStatus(page)).toHaveText(/error/);
		const problem = page.locator('.check ol button').first();
		const where = /Line (\d+), column (\d+)/.exec((await problem.textContent()) ?? '');
		const line = Number(where?.[1]);
		expect(line).toBeGreaterThan(1);
		// The text ends in view after filling it: the problem's line is drawn once it is chosen.
		await problem.click();

		const underline = page.locator('.cm-lintRange-error').first();
		await expect(underline).toBeVisible();
		expect((await lineOf(underline)).trim()).toBe(broken.split('\n')[line - 1]?.trim());
		await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(1);

		// The same message as the list, on hover.
		await underline.hover();
		const message = (await problem.locator('.message').textContent()) ?? '';
		await expect(page.locator('.cm-tooltip-lint')).toContainText(message);
	});

	test('puts the cursor on a problem chosen in the list, in view', async ({ page }) => {
		await openDesk(page);
		const broken = published.replace(/"position": \d(?![\s\S]*"position")/, '"position": 9');
		await replaceDraft(page, broken);
		const problem = page.locator('.check ol button', { hasText: 'must be a level of the axis' });
		await expect(problem).toBeVisible();
		await page.evaluate(() => window.scrollTo(0, 0));
		await problem.click();
		await expect(draftEditor(page)).toBeFocused();
		const at = place(broken, '"position": 9', 12);
		expect((await editorState(page)).selection).toEqual([at.offset, at.offset]);
		await expect(page.locator('.cm-activeLine')).toBeInViewport();
		expect((await lineOf(page.locator('.cm-activeLine'))).trim()).toBe('"position": 9,');
	});

	test('undoes "Add a stance" with Ctrl-Z, and redoes it', async ({ page }) => {
		await openDesk(page);
		await startFromLeader(page);
		await page.getByRole('button', { name: 'Add a stance' }).click();
		await expect(draftEditor(page)).toBeFocused();
		const added = (await editorState(page)).text;
		expect(added).toContain('surname-axis-year');
		await page.keyboard.press('ControlOrMeta+z');
		await expectDraft(page, published);
		await expect(checkStatus(page)).toHaveText(/No errors/);
		await page.keyboard.press('Control+y');
		await expectDraft(page, added);
	});

	test('lets Tab leave the text, after Escape closes a completion list', async ({ page }) => {
		await openDesk(page);
		await startFromLeader(page);
		await draftEditor(page).click();
		await page.keyboard.press('Control+Space');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Tab');
		await expect(draftEditor(page)).not.toBeFocused();
		await expect(page.locator('.desk :focus')).toHaveCount(1);
	});

	test('types into a 1 MB draft with no long task on the page', async ({ page }) => {
		test.slow();
		const stances = leader.stances as Record<string, unknown>[];
		const copies: Record<string, unknown>[] = [];
		const fileWith = () => `${JSON.stringify({ ...leader, stances: copies }, null, '\t')}\n`;
		for (let i = 0; fileWith().length < 900_000; i++)
			copies.push({ ...stances[i % stances.length], id: `copy-${i}` });
		const big = fileWith();
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await openDesk(page);
		await page.evaluate((text) => navigator.clipboard.writeText(text), big);
		await draftEditor(page).focus();
		await page.keyboard.press('ControlOrMeta+V');
		await expect(checkStatus(page)).toHaveText(/checked as data\/leaders\/dario-amodei/, {
			timeout: 30_000
		});
		await page.keyboard.press('ControlOrMeta+Home');

		// Long tasks (over 50 ms) while a burst of typing lasts: the check waits for a pause.
		await page.evaluate(() => {
			const tasks: number[] = [];
			Object.assign(window, { longTasks: tasks, typingFrom: performance.now() });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push(entry.startTime, entry.duration);
			}).observe({ type: 'longtask' });
		});
		await page.keyboard.type('{"typed": 1, ', { delay: 20 });
		const during = await page.evaluate(() => {
			const { longTasks, typingFrom } = window as unknown as {
				longTasks: number[];
				typingFrom: number;
			};
			const durations: number[] = [];
			for (let i = 0; i < longTasks.length; i += 2)
				if ((longTasks[i] ?? 0) >= typingFrom) durations.push(longTasks[i + 1] ?? 0);
			return durations;
		});
		// Some slack for a busy test machine; a draft re-read per keystroke takes far longer.
		expect(during.filter((ms) => ms > 120)).toEqual([]);
		expect((await editorState(page)).text.startsWith('{"typed": 1, {')).toBe(true);
	});

	for (const width of [375, 1440]) {
		test(`has no axe violations with problems shown, at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await openDesk(page);
			await startFromLeader(page);
			await page.getByRole('button', { name: 'Add a stance' }).click();
			await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`
				)
			).toEqual([]);
		});
	}
});
