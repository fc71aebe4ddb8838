/**
 * The stance form on /editor, as an editor uses it: fill it for a new stance citing a source of the
 * data, and the stance is in the draft's JSON, which the checker passes; cite a new source, which
 * goes into sources.json in the changeset, valid together; pick a source with the
 * keyboard alone; be told what to fix, with the focus on it; be told which file has a syntax
 * error; be offered the corrections-log entry when changing a published stance; and no axe
 * violations at phone and desktop widths. The stance's words here are fake.
 */
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editorState, openDesk, replaceDraft } from './editor-page.ts';

const AXES = ['weights', 'tools', 'methodology', 'access'] as const;

interface LeaderFile {
	id: string;
	name: string;
	shortName?: string;
	stances: { id: string; axis: string; asOf: string; position: number }[];
}
const leaders = readdirSync('data/leaders').map(
	(name) => JSON.parse(readFileSync(`data/leaders/${name}`, 'utf8')) as LeaderFile
);
/** A leader with no stance on some axis: a new stance there is the first, so it moves nothing. */
const leader = leaders.find((l) => AXES.some((a) => !l.stances.some((s) => s.axis === a)));
if (!leader) throw new Error('these tests need a leader with no stance on some axis');
const axis = AXES.find((a) => !leader.stances.some((s) => s.axis === a))!;
const FILE = `data/leaders/${leader.id}.json`;
const surname = (leader.shortName ?? leader.name.split(' ').at(-1) ?? '').toLowerCase();
const newId = `${surname}-${axis}-2024`;

const sources = (
	JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
		sources: { id: string; url?: string }[];
	}
).sources;
/** A source with an address, so the citation needs no via. */
const source = sources.find((s) => s.url !== undefined)!;

const status = (page: Page) => page.locator('.check [role="status"]');
const tab = (page: Page, file: string) =>
	page.getByRole('navigation', { name: 'Drafts in this changeset' }).getByRole('button', {
		name: new RegExp(`^${file.replace(/[.]/g, '\\.')}`)
	});
/** The draft's text, as the desk's editor holds it. */
const draftText = async (page: Page) => (await editorState(page)).text;
const form = (page: Page) => page.locator('form.stance-form');

async function openWithLeader(page: Page) {
	await openDesk(page);
	await page.getByLabel('Start from').selectOption(FILE);
	await page.getByRole('button', { name: 'Load', exact: true }).click();
	await expect(status(page)).toHaveText(/No errors/);
	// The form starts with the leader being drafted.
	await expect(form(page).getByLabel('Leader', { exact: true })).toHaveValue(leader!.id);
}

/** Fills every field of a new stance but its citation's source. */
async function fillStance(page: Page) {
	const f = form(page);
	await f.getByLabel('Axis', { exact: true }).selectOption(axis);
	await f.getByLabel('When the stance was held (asOf)', { exact: true }).fill('2024-03');
	await expect(f.getByLabel('Stance id', { exact: true })).toHaveValue(newId);
	await f.getByRole('radio', { name: /^2 · / }).check();
	await f.getByRole('radio', { name: /^Explicit/ }).check();
	await f
		.getByLabel('Summary', { exact: true })
		.fill('Fake summary written by an end-to-end test.');
	await f
		.getByLabel('Rationale', { exact: true })
		.fill('Fake rationale written by an end-to-end test.');
	await f.getByLabel('Quote', { exact: true }).fill('fake words for a test');
}

test.describe('the stance form', () => {
	test('writes a new stance citing a source of the data into the draft, which passes the check', async ({
		page
	}) => {
		await openWithLeader(page);
		await fillStance(page);
		const picker = form(page).getByRole('combobox', { name: 'Source', exact: true });
		await picker.fill(source.id);
		await page.getByRole('option', { name: new RegExp(`^${source.id}`) }).click();
		await expect(picker).toHaveValue(source.id);
		await form(page).getByRole('button', { name: 'Write the stance into the draft' }).click();

		await expect(form(page).getByRole('status')).toContainText(`Written: Add stance ${newId}`);
		const written = JSON.parse(await draftText(page)) as LeaderFile;
		const stance = written.stances.find((s) => s.id === newId);
		expect(stance).toMatchObject({
			id: newId,
			axis,
			asOf: '2024-03',
			position: 2,
			evidence: 'explicit',
			citations: [{ source: source.id, quote: 'fake words for a test' }]
		});
		expect(written.stances).toHaveLength(leader!.stances.length + 1);
		await expect(status(page)).toHaveText(/^No errors: .* Stances: 1 new\./);
		await expect(page.locator('.check ol')).toHaveCount(0);

		// The form now edits the stance written: writing again changes it, not a second one.
		await form(page)
			.getByLabel('Summary', { exact: true })
			.fill('Fake summary, changed by the test.');
		await form(page).getByRole('button', { name: 'Write the changes into the draft' }).click();
		await expect(form(page).getByRole('status')).toContainText(`Edit stance ${newId}`);
		const again = JSON.parse(await draftText(page)) as LeaderFile;
		expect(again.stances).toHaveLength(leader!.stances.length + 1);
		await expect(status(page)).toHaveText(/^No errors/);
	});

	test('cites a new source: sources.json joins the changeset and both pass together', async ({
		page
	}) => {
		await openWithLeader(page);
		await fillStance(page);
		const f = form(page);
		await f.getByRole('button', { name: '+ New source as Source' }).click();
		await f.getByLabel('Outlet', { exact: true }).fill('Example Outlet');
		await f.getByLabel('Title', { exact: true }).fill('A fake article for an end-to-end test');
		await f.getByLabel('Kind', { exact: true }).selectOption('article');
		await f.getByLabel('Date', { exact: true }).fill('2024-03-02');
		await f
			.getByLabel('Address (https:, optional)', { exact: true })
			.fill('https://example.org/fake');
		await expect(f.getByLabel('Source id', { exact: true })).toHaveValue('example-outlet-2024-03');
		await f.getByRole('button', { name: 'Write the stance into the draft' }).click();

		await expect(f.getByRole('status')).toContainText('new source example-outlet-2024-03');
		await expect(status(page)).toHaveText(/^No errors: the 2 drafts .* are valid together/);
		await expect(tab(page, `leaders/${leader!.id}.json`)).toHaveAttribute('aria-current', 'true');
		await tab(page, 'sources.json').click();
		const sourcesDraft = JSON.parse(await draftText(page)) as { sources: { id: string }[] };
		const ids = sourcesDraft.sources.map((s) => s.id);
		expect(ids).toContain('example-outlet-2024-03');
		expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	});

	test('picks a source with the keyboard alone', async ({ page }) => {
		await openWithLeader(page);
		const picker = form(page).getByRole('combobox', { name: 'Source', exact: true });
		// Reached by Tab from the citation's legend area: the field before it is the rationale.
		await form(page).getByLabel('Rationale', { exact: true }).focus();
		await page.keyboard.press('Tab');
		await expect(picker).toBeFocused();
		await expect(picker).toHaveAttribute('aria-expanded', 'false');

		await page.keyboard.type(source.id.slice(0, -1));
		await expect(picker).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('ArrowDown');
		const active = await picker.getAttribute('aria-activedescendant');
		expect(active).toBeTruthy();
		await expect(page.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
		await expect(page.locator(`#${active}`)).toContainText(source.id);
		await page.keyboard.press('Enter');
		await expect(picker).toHaveValue(source.id);
		await expect(picker).toHaveAttribute('aria-expanded', 'false');
		await expect(picker).not.toHaveAttribute('aria-activedescendant');

		// Escape closes an open list, then clears the box.
		await page.keyboard.press('ArrowDown');
		await expect(picker).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Escape');
		await expect(picker).toHaveAttribute('aria-expanded', 'false');
		await expect(picker).toHaveValue(source.id);
		await page.keyboard.press('Escape');
		await expect(picker).toHaveValue('');

		// "+ New source" opens the new source's fields with the focus in the first.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: '+ New source as Source' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(form(page).getByLabel('Outlet', { exact: true })).toBeFocused();
	});

	test('lists what to fix, focuses the first, and writes nothing', async ({ page }) => {
		await openWithLeader(page);
		const before = await draftText(page);
		await form(page).getByRole('button', { name: 'Write the stance into the draft' }).click();
		const summary = form(page).locator('.error-summary');
		await expect(summary).toContainText('fields need fixing');
		await expect(summary).toContainText('Axis: choose an axis');
		await expect(form(page).getByLabel('Axis', { exact: true })).toBeFocused();
		await expect(form(page).getByLabel('Axis', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect(form(page).getByLabel('Summary', { exact: true })).toHaveAccessibleDescription(
			/is required/
		);

		// A new source's address must be https:.
		await form(page).getByRole('button', { name: '+ New source as Source' }).click();
		await form(page)
			.getByLabel('Address (https:, optional)', { exact: true })
			.fill('http://example.org/page');
		await expect(
			form(page).getByLabel('Address (https:, optional)', { exact: true })
		).toHaveAccessibleDescription(/must be a full https: address/);
		await summary.getByRole('button', { name: /Summary: is required/ }).click();
		await expect(form(page).getByLabel('Summary', { exact: true })).toBeFocused();
		expect(await draftText(page)).toBe(before);
	});

	test('says which file has a syntax error, and writes nothing', async ({ page }) => {
		await openWithLeader(page);
		const broken = (await draftText(page)).replace(
			`"id": "${leader!.id}",`,
			`"id": "${leader!.id}"`
		);
		await replaceDraft(page, broken);
		await expect(form(page).locator('.notice')).toContainText(`${FILE} has a syntax error`);
		await fillStance(page);
		await form(page).getByRole('combobox', { name: 'Source', exact: true }).fill(source.id);
		await form(page).getByRole('button', { name: 'Write the stance into the draft' }).click();
		await expect(form(page).locator('.notice')).toBeFocused();
		expect(await draftText(page)).toBe(broken);
	});

	test('offers the corrections-log entry when a published stance changes level', async ({
		page
	}) => {
		await openWithLeader(page);
		const stance = leader!.stances[0]!;
		await form(page).getByLabel('Edit a stance of theirs', { exact: true }).selectOption(stance.id);
		await form(page).getByRole('button', { name: 'Load into the form' }).click();
		await expect(form(page).getByLabel('Stance id', { exact: true })).toHaveValue(stance.id);
		await expect(form(page)).toContainText(`Editing ${stance.id}, a published stance`);
		await expect(form(page).locator('.correction')).toHaveCount(0);

		const level = stance.position === 4 ? 3 : stance.position + 1;
		await form(page)
			.getByRole('radio', { name: new RegExp(`^${level} · `) })
			.check();
		const offer = form(page).locator('.correction');
		await expect(offer).toContainText(`level ${stance.position} → ${level}`);
		await expect(offer.getByRole('checkbox')).toBeChecked();
		// The why is required while the entry is kept.
		await form(page).getByRole('button', { name: 'Write the changes into the draft' }).click();
		await expect(form(page).getByLabel('Why it changed', { exact: true })).toBeFocused();
		await page.keyboard.type('Fake reason written by an end-to-end test.');
		await form(page).getByRole('button', { name: 'Write the changes into the draft' }).click();
		await expect(form(page).getByRole('status')).toContainText('corrections log');
		await tab(page, 'changes.json').click();
		const log = JSON.parse(await draftText(page)) as { changes: Record<string, unknown>[] };
		expect(log.changes.at(-1)).toMatchObject({
			change: 'level',
			stance: stance.id,
			before: stance.position,
			after: level,
			why: 'Fake reason written by an end-to-end test.'
		});
	});

	for (const width of [375, 1440]) {
		test(`has no axe violations, with problems and the source list open, at ${width} px`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await openWithLeader(page);
			const audit = async () =>
				(await new AxeBuilder({ page }).include('.form-section').analyze()).violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`
				);
			expect(await audit()).toEqual([]);
			await form(page).getByRole('button', { name: 'Write the stance into the draft' }).click();
			await form(page).getByRole('combobox', { name: 'Source', exact: true }).fill('a');
			await expect(page.getByRole('listbox')).toBeVisible();
			expect(await audit()).toEqual([]);
			// Nothing in the form is wider than the page.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
});
