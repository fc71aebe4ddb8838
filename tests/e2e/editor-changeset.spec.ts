/**
 * The editor's desk holds a changeset: a change that spans files (a stance citing a new source)
 * passes only with both drafts, is downloaded as one archive, and is kept per tab, so two tabs
 * never overwrite each other's drafts and a reload brings them back.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
	draftEditor,
	expectDraft,
	expectDraftMatching,
	openDesk,
	replaceDraft
} from './editor-page.ts';

const LEADER = 'data/leaders/dario-amodei.json';
const leaderText = readFileSync(LEADER, 'utf8');
const sourcesText = readFileSync('data/sources.json', 'utf8');
const NEW_SOURCE = 'test-new-source-2026';

/** Dario's file with his first citation pointing at the new source. */
function leaderCitingNewSource(): string {
	const value = JSON.parse(leaderText) as { stances: { citations: { source: string }[] }[] };
	const citation = value.stances[0]?.citations[0];
	if (!citation) throw new Error(`${LEADER} needs a citation`);
	citation.source = NEW_SOURCE;
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** sources.json with the new source added, copied from the first one. */
function sourcesWithNewSource(): string {
	const value = JSON.parse(sourcesText) as { sources: Record<string, unknown>[] };
	value.sources.push({ ...value.sources[0], id: NEW_SOURCE, title: 'A source added in a test' });
	return `${JSON.stringify(value, null, '\t')}\n`;
}

const status = (page: Page) => page.locator('.check [role="status"]');
const tab = (page: Page, file: string) =>
	page.getByRole('navigation', { name: 'Drafts in this changeset' }).getByRole('button', {
		name: new RegExp(`^${file.replace(/[.]/g, '\\.')}`)
	});

/** Puts `text` in the draft shown, as a paste would. */
async function setDraft(page: Page, text: string) {
	await replaceDraft(page, text);
}

test.describe('/editor changeset', () => {
	test('a stance citing a new source passes with sources.json in the changeset, and downloads as one archive', async ({
		page
	}) => {
		await openDesk(page);
		await setDraft(page, leaderCitingNewSource());
		await expect(status(page)).toHaveText(/^1 error/);
		await expect(page.locator('.check ol')).toContainText(NEW_SOURCE);

		await page.getByRole('button', { name: '+ New draft' }).click();
		await setDraft(page, sourcesWithNewSource());
		await expect(status(page)).toHaveText(/^No errors: the 2 drafts .* are valid together/);
		await expect(tab(page, 'leaders/dario-amodei.json')).toContainText('valid');
		await expect(tab(page, 'sources.json')).toHaveAttribute('aria-current', 'true');
		await expect(page.getByRole('region', { name: 'A new version?' })).toContainText('meta.json');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /^Download all \(2 files, \.zip\)/ }).click()
		]);
		expect(download.suggestedFilename()).toBe('openness-spectrum-changeset.zip');
		const files = unzipSync(readFileSync(await download.path()));
		expect(Object.keys(files).sort()).toEqual([LEADER, 'data/sources.json']);
		expect(strFromU8(files[LEADER] ?? new Uint8Array())).toBe(leaderCitingNewSource());
	});

	test('bumps the version into the changeset when the data changes', async ({ page }) => {
		await openDesk(page);
		await setDraft(page, leaderCitingNewSource());
		await page.getByRole('button', { name: '+ New draft' }).click();
		await setDraft(page, sourcesWithNewSource());
		const advice = page.getByRole('region', { name: 'A new version?' });
		const bump = advice.getByRole('button', { name: /fits this change/ });
		const version = (await bump.textContent())?.match(/\d+\.\d+\.\d+/)?.[0] ?? '';
		await bump.click();
		await expect(tab(page, 'meta.json')).toHaveAttribute('aria-current', 'true');
		await expectDraftMatching(page, new RegExp(`"version": "${version.replace(/\./g, '\\.')}"`));
		await expect(advice).toHaveCount(0);
		await expect(status(page)).toHaveText(/^No errors: the 3 drafts/);
	});

	test('a problem in another draft shows that draft with the cursor on it', async ({ page }) => {
		await openDesk(page);
		await setDraft(page, leaderText.replace('"name":', '"nmae":'));
		await page.getByRole('button', { name: '+ New draft' }).click();
		await setDraft(page, sourcesText);
		await page.locator('.check ol button').first().click();
		await expect(tab(page, 'leaders/dario-amodei.json')).toHaveAttribute('aria-current', 'true');
		await expect(draftEditor(page)).toBeFocused();
	});

	test('two tabs keep their own drafts; a reload brings each back', async ({ page, context }) => {
		await openDesk(page);
		await setDraft(page, leaderText.replace('"name": "Dario Amodei"', '"name": "Tab one"'));
		await expect(status(page)).toHaveText(/No errors/);

		const other = await context.newPage();
		await openDesk(other);
		// The first tab still holds its drafts: the second starts empty rather than share them.
		await expectDraft(other, '');
		await setDraft(other, sourcesText.replace('"sources"', '"sources" '));
		await expect(status(other)).toHaveText(/No errors/);
		await other.waitForTimeout(400);

		await page.reload();
		await expect(page.locator('[data-checker="ready"]')).toBeAttached();
		await expect(page.locator('[data-editor="code"]')).toBeAttached();
		await expectDraftMatching(page, /"name": "Tab one"/);
		await other.reload();
		await expect(other.locator('[data-checker="ready"]')).toBeAttached();
		await expect(other.locator('[data-editor="code"]')).toBeAttached();
		await expectDraftMatching(other, /"sources" /);

		// Closed, its drafts wait for the next tab that opens the desk.
		await other.close();
		const third = await context.newPage();
		await openDesk(third);
		await expectDraftMatching(third, /"sources" /);
		await expect(third.getByRole('alert')).toContainText('Your drafts from before are back');
	});

	test('drafts of a closed tab that a new tab did not resume can be opened from the list', async ({
		page,
		context
	}) => {
		await openDesk(page);
		await setDraft(page, leaderText.replace('"name": "Dario Amodei"', '"name": "Older"'));
		await expect(status(page)).toHaveText(/No errors/);
		const second = await context.newPage();
		await openDesk(second);
		await setDraft(second, sourcesText.replace('"sources"', '"sources" '));
		await expect(status(second)).toHaveText(/No errors/);
		await page.waitForTimeout(400);
		await page.close();

		await second.reload();
		await expect(second.locator('[data-checker="ready"]')).toBeAttached();
		await expect(second.locator('[data-editor="code"]')).toBeAttached();
		const others = second.locator('details.kept');
		await others.locator('summary').click();
		await expect(others).toContainText('leaders/dario-amodei.json');
		await others.getByRole('button', { name: 'Open these drafts' }).click();
		await expectDraftMatching(second, /"name": "Older"/);
		// The drafts it left are kept, and listed in their place.
		await expect(others).toContainText('sources.json');
	});

	test('each draft keeps its own undo history: an undo never brings one draft into another', async ({
		page
	}) => {
		await openDesk(page);
		await setDraft(page, sourcesText);
		await page.getByRole('button', { name: '+ New draft' }).click();
		await setDraft(page, leaderText);
		await tab(page, 'sources.json').click();
		await expectDraft(page, sourcesText);
		await draftEditor(page).focus();
		await page.keyboard.press('Control+End');
		await page.keyboard.type(' ');
		await expectDraft(page, `${sourcesText} `);

		await tab(page, 'leaders/dario-amodei.json').click();
		await expectDraft(page, leaderText);
		await draftEditor(page).focus();
		await page.keyboard.press('Control+z');
		// Its own history: back to before the paste into it (empty), never the other draft's text.
		await expectDraft(page, '');

		await tab(page, 'sources.json').click();
		await expectDraft(page, `${sourcesText} `);
		await draftEditor(page).focus();
		await page.keyboard.press('Control+z');
		await expectDraft(page, sourcesText);
	});

	test('several files dropped together open as drafts together', async ({ page }) => {
		await openDesk(page);
		const transfer = await page.evaluateHandle(
			({ leader, sources }) => {
				const data = new DataTransfer();
				data.items.add(new File([leader], 'dario-amodei.json', { type: 'application/json' }));
				data.items.add(new File([sources], 'sources.json', { type: 'application/json' }));
				return data;
			},
			{ leader: leaderCitingNewSource(), sources: sourcesWithNewSource() }
		);
		await page.dispatchEvent('.desk', 'drop', { dataTransfer: transfer });
		await expect(tab(page, 'leaders/dario-amodei.json')).toBeVisible();
		await expect(tab(page, 'sources.json')).toBeVisible();
		await expect(status(page)).toHaveText(/^No errors: the 2 drafts/);
	});
});
