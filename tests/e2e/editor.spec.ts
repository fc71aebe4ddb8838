/**
 * The editor's desk as an editor uses it: paste a broken file and see each problem at its line,
 * jump to a problem, fix it and see the new stance drawn and citable, download the file, keep the
 * draft across a reload, and be asked before clearing it. Also: the validator (zod) reaches no
 * reader page, and /editor's own JavaScript is measured.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	checkStatus as status,
	draftEditor as textarea,
	editorState,
	expectDraft,
	openDesk,
	replaceDraft,
	place
} from './editor-page.ts';
import { gzipKb, scriptsOf } from './page-scripts.ts';

const LEADER = 'dario-amodei';
const FILE = `data/leaders/${LEADER}.json`;
const published = readFileSync(FILE, 'utf8');
/** Strings found only in zod's code: a script holding either carries the validator. */
const ZOD_MARKERS = ['unrecognized_keys', 'jitless'];

interface Stance {
	id: string;
	axis: string;
	asOf: string;
	position: number;
	citations: { source: string; quote: string }[];
}
const leader = JSON.parse(published) as { stances: Stance[] } & Record<string, unknown>;
const [first, second] = leader.stances;
if (!first || !second) throw new Error(`${FILE} needs two stances for these tests`);

/**
 * A new stance, citing words already in the file: on an axis this leader has none on yet, or, when
 * every axis has one, on the first stance's axis at a month no stance of theirs holds.
 */
const freeAxis = ['weights', 'tools', 'methodology', 'access'].find(
	(a) => !leader.stances.some((s) => s.axis === a)
);
// Before every stance on its axis, at the level of the first of them, so it moves no one: a
// stance that changes the level of the one after it would need a cause there.
const axis = freeAxis ?? first.axis;
const firstOnAxis = leader.stances
	.filter((s) => s.axis === axis)
	.sort((a, b) => (a.asOf < b.asOf ? -1 : 1))[0];
const added: Stance & Record<string, unknown> = {
	...first,
	id: 'amodei-access-2025-test',
	axis,
	asOf: freeAxis ? first.asOf : '2018-01',
	position: firstOnAxis?.position ?? 3
};
const fileWith = (stance: Stance) =>
	`${JSON.stringify({ ...leader, stances: [...leader.stances, stance] }, null, '\t')}\n`;
const withAdded = fileWith(added);
/** The same draft with the new stance at a level the axis does not have: one error. */
const withBadLevel = fileWith({ ...added, position: 9 });

/** Pastes `text` into the draft as an editor does: through the clipboard and the keyboard. */
async function paste(page: Page, text: string) {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await textarea(page).focus();
	await page.keyboard.press('ControlOrMeta+V');
	await expectDraft(page, text);
}

test.describe('/editor', () => {
	test('lists each problem of a pasted file at its line; a click puts the cursor there', async ({
		page
	}) => {
		await openDesk(page);
		const broken = published
			.replace(`"position": ${first.position}`, '"position": 7')
			.replace(/"citations"(?![\s\S]*"citations")/, '"citatons"');
		await paste(page, broken);
		await expect(status(page)).toHaveText(
			/^\d+ errors?, checked as data\/leaders\/dario-amodei\.json/
		);

		const position = place(broken, '"position": 7', 12);
		const misspelt = place(broken, '"citatons"');
		const problems = page.locator('.check ol button');
		const positionError = problems.filter({ hasText: 'must be a level of the axis' });
		await expect(positionError).toContainText(`Line ${position.line}, column ${position.column}`);
		await expect(problems.filter({ hasText: 'unknown key "citatons"' })).toContainText(
			`Line ${misspelt.line}`
		);

		await positionError.click();
		await expect(textarea(page)).toBeFocused();
		expect((await editorState(page)).selection).toEqual([position.offset, position.offset]);
		await expect(page.locator('.cm-activeLine')).toBeInViewport();
	});

	test('never wraps a line, so each line stays beside its number', async ({ page }) => {
		await openDesk(page);
		const long = `{ "note": "${'a long line '.repeat(40)}" }`;
		await replaceDraft(page, `${long}\n{}`);
		await expectDraft(page, `${long}\n{}`);
		const box = await page.locator('.cm-scroller').evaluate((scroller) => ({
			scrollWidth: scroller.scrollWidth,
			clientWidth: scroller.clientWidth,
			whiteSpace: getComputedStyle(scroller.querySelector('.cm-content') ?? scroller).whiteSpace
		}));
		expect(box.whiteSpace).toBe('pre');
		expect(box.scrollWidth).toBeGreaterThan(box.clientWidth * 2);
	});

	test('reports malformed JSON at its position', async ({ page }) => {
		await openDesk(page);
		const broken = published.replace(`"id": "${LEADER}",`, `"id": "${LEADER}"`);
		await replaceDraft(page, broken);
		// At the end of the line that lacks it, just after its last token.
		const comma = place(broken, `"id": "${LEADER}"`, `"id": "${LEADER}"`.length);
		await expect(page.locator('.check ol button')).toHaveText(
			new RegExp(
				`Line ${comma.line}, column ${comma.column}.*missing comma at the end of this line`
			)
		);
		// Work is never lost: it can still be downloaded, marked as failing the build.
		await expect(page.getByText('Not ready to commit')).toBeVisible();
		await expect(page.getByRole('button', { name: /^Download all, with errors/ })).toBeVisible();
	});

	test('draws a fixed draft with its new stance, which opens its citation', async ({ page }) => {
		await openDesk(page);
		await replaceDraft(page, withBadLevel);
		await expect(status(page)).toHaveText(/^1 error/);
		await expect(page.locator('.preview [data-stance-id]')).toHaveCount(0);

		await replaceDraft(page, withAdded);
		await expect(status(page)).toHaveText(/No errors: .* Stances: 1 new\./);
		const marks = page.locator(`.preview [data-stance-id="${added.id}"]`);
		await expect(marks.first()).toBeVisible();
		await expect(page.locator('.preview[data-stale]')).toHaveCount(0);

		await marks.first().click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText(added.citations[0]?.quote ?? '');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();

		// An error now leaves the last good preview up, marked out of date.
		await replaceDraft(page, withBadLevel);
		await expect(page.locator('.preview[data-stale]')).toBeVisible();
		await expect(page.getByText('Out of date')).toBeVisible();
	});

	test('downloads the checked file as the repo stores it, after showing the diff', async ({
		page
	}) => {
		await openDesk(page);
		// Compact JSON: the download is laid out with tabs, as data/ is.
		await replaceDraft(page, JSON.stringify(JSON.parse(withAdded)));
		await expect(status(page)).toHaveText(/No errors/);
		await expect(page.getByRole('region', { name: 'Line changes' })).toContainText(added.id);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: `Download ${FILE}` }).click()
		]);
		expect(download.suggestedFilename()).toBe(`${LEADER}.json`);
		const path = await download.path();
		expect(readFileSync(path, 'utf8')).toBe(withAdded);
	});

	test('starts from a leader, adds a stance skeleton and explains what to fill in', async ({
		page
	}) => {
		await openDesk(page);
		await page.getByLabel('Start from').selectOption(FILE);
		await page.getByRole('button', { name: 'Load', exact: true }).click();
		await expectDraft(page, published);
		await expect(status(page)).toHaveText(/No errors: data\/leaders\/dario-amodei\.json is valid/);
		await page.getByRole('button', { name: 'Add a stance' }).click();
		await expect(textarea(page)).toBeFocused();
		await expect(status(page)).toHaveText(/error/);
		// The template's text is refused until replaced: one message per field still holding it.
		await expect(page.locator('.check ol')).toContainText("still holds the template's text");
		await expect(page.locator('.check ol')).not.toContainText('unknown source');
	});

	test('keeps the draft across a reload, and asks before clearing it', async ({ page }) => {
		await openDesk(page);
		await replaceDraft(page, withAdded);
		await expect(status(page)).toHaveText(/No errors/);
		await page.reload();
		await expect(page.locator('[data-checker="ready"]')).toBeAttached();
		await expect(page.locator('[data-editor="code"]')).toBeAttached();
		await expectDraft(page, withAdded);
		await expect(page.locator(`.preview [data-stance-id="${added.id}"]`).first()).toBeVisible();

		await page.getByRole('button', { name: 'Clear all…' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toContainText('Clear every draft of this changeset?');
		await dialog.getByRole('button', { name: 'Keep it' }).click();
		await expectDraft(page, withAdded);

		await page.getByRole('button', { name: 'Clear all…' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Clear the drafts' }).click();
		await expectDraft(page, '');
		// Nothing is left to draw: the preview of the cleared drafts goes too.
		await expect(page.locator('.preview [data-stance-id]')).toHaveCount(0);
		await page.reload();
		await expect(page.locator('[data-checker="ready"]')).toBeAttached();
		await expect(page.locator('[data-editor="code"]')).toBeAttached();
		await expectDraft(page, '');
	});

	test('refuses a huge paste and a binary file with a message, keeping the draft', async ({
		page
	}) => {
		await openDesk(page);
		await replaceDraft(page, published);
		await textarea(page).evaluate((t) => {
			const data = new DataTransfer();
			data.setData('text/plain', 'x'.repeat(2_000_000));
			t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, cancelable: true }));
		});
		await expect(page.getByRole('alert')).toContainText('That is 2.0 MB');
		await expectDraft(page, published);

		await page.evaluate(() => {
			const data = new DataTransfer();
			data.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'a.png'));
			window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
		});
		await expect(page.getByRole('alert')).toContainText('a.png: That is not a text file');
		await expectDraft(page, published);
	});

	test('opens a dropped JSON file as the draft', async ({ page }) => {
		await openDesk(page);
		await page.evaluate(
			(text) => {
				const data = new DataTransfer();
				data.items.add(new File([text], 'dario-amodei.json', { type: 'application/json' }));
				window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
			},
			withAdded.replaceAll('\n', '\r\n')
		);
		await expectDraft(page, withAdded);
		await expect(status(page)).toHaveText(/No errors/);
	});

	test('logs no console error (no CSP report from zod) while checking', async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		await openDesk(page);
		await replaceDraft(page, withBadLevel);
		await expect(status(page)).toHaveText(/^1 error/);
		await replaceDraft(page, withAdded);
		await expect(status(page)).toHaveText(/No errors/);
		expect(errors).toEqual([]);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`has no axe violations with a preview, then with problems (${scheme})`, async ({
			page
		}) => {
			const audit = async () =>
				(await new AxeBuilder({ page }).analyze()).violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`
				);
			await page.emulateMedia({ colorScheme: scheme });
			await openDesk(page);
			await replaceDraft(page, withAdded);
			await expect(status(page)).toHaveText(/No errors/);
			expect(await audit()).toEqual([]);
			await replaceDraft(page, withBadLevel);
			await expect(page.locator('.preview[data-stale]')).toBeVisible();
			expect(await audit()).toEqual([]);
		});
	}
});

test.describe('the validator on /editor', () => {
	// That reader routes never load it is checked, with their byte budgets, in budget.spec.ts.
	test('/editor loads it on demand, and its JavaScript is measured', async ({ page }) => {
		const scripts = await scriptsOf(page, '/editor', () =>
			expect(page.locator('[data-checker="ready"]')).toBeAttached()
		);
		const all = [...scripts.values()].map((b) => b.toString('utf8')).join('\n');
		for (const marker of ZOD_MARKERS) expect(all).toContain(marker);
		const kb = Math.round(gzipKb(scripts.values()) * 10) / 10;
		test.info().annotations.push({ type: 'editor-js', description: `${kb} KB gzipped` });
		console.log(`/editor loads ${scripts.size} scripts, ${kb} KB gzipped`);
		// Well over the 82 KB reader budget: the code editor (CodeMirror, about 130 KB, loaded on
		// demand), the checker's worker (zod and the validator, about 48 KB) and the desk itself
		// (about 41 KB: changeset, stance form, story impact, summary). More than this would mean
		// something else heavy came along: keep it in view.
		expect(kb).toBeLessThan(320);
	});
});
