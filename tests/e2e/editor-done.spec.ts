/**
 * Issue 17's "done when", on a phone-sized screen: an editor adds a stance that cites a new source
 * through the form without touching JSON, sees which story steps it changes, fixes a typo in the
 * JSON guided by its underline, and downloads a changeset that the validator accepts (the archive
 * is unzipped over data/ here and checked by the same validator as `npm run validate`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readDataDir } from '../../scripts/lib/read-data-dir.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { editorState, expectDraftMatching, openDesk, replaceDraft } from './editor-page.ts';

interface Stance {
	id: string;
	axis: string;
	asOf: string;
	position: number;
}
interface Leader {
	id: string;
	name: string;
	stances: Stance[];
}
interface Step {
	chart: { date: string; view?: string; axis?: string; leaders?: string[] };
}
const leaders = readdirSync('data/leaders').map(
	(name) => JSON.parse(readFileSync(`data/leaders/${name}`, 'utf8')) as Leader
);
const story = JSON.parse(readFileSync('data/story/story.json', 'utf8')) as { steps: Step[] };

/**
 * A new stance the story must redraw: at the month of a spectrum step that shows its leader and
 * axis, where the stance in force is the leader's last on that axis (so nothing after it changes
 * whether it moves), at another level.
 */
function plan() {
	for (const [index, step] of story.steps.entries()) {
		const { date, view = 'spectrum', axis: only, leaders: shown } = step.chart;
		if (view !== 'spectrum') continue;
		for (const leader of leaders) {
			if (shown && !shown.includes(leader.id)) continue;
			for (const axis of only ? [only] : ['weights', 'tools', 'methodology', 'access']) {
				const onAxis = leader.stances
					.filter((s) => s.axis === axis)
					.sort((a, b) => (a.asOf < b.asOf ? -1 : 1));
				const last = onAxis.at(-1);
				const month = date.slice(0, 7);
				if (!last || last.asOf.slice(0, 7) >= month) continue;
				return {
					leader,
					axis,
					month,
					level: last.position === 4 ? 3 : last.position + 1,
					step: index + 1
				};
			}
		}
	}
	throw new Error('no story step to redraw: the story needs a spectrum step');
}
const { leader, axis, month, level, step } = plan();
const FILE = `data/leaders/${leader.id}.json`;
const SOURCE = 'example-outlet-2024-03';

test.use({ viewport: { width: 375, height: 800 } });

test('adds a stance citing a new source by the form, sees the steps it redraws, fixes a typo by its underline, and downloads a changeset the validator accepts', async ({
	page
}) => {
	test.slow();
	await openDesk(page);
	await page.getByLabel('Start from').selectOption(FILE);
	await page.getByRole('button', { name: 'Load', exact: true }).click();

	// The form, with no JSON touched.
	const form = page.locator('form.stance-form');
	await expect(form.getByLabel('Leader', { exact: true })).toHaveValue(leader.id);
	await form.getByLabel('Axis', { exact: true }).selectOption(axis);
	await form.getByLabel('When the stance was held (asOf)', { exact: true }).fill(month);
	await form.getByRole('radio', { name: new RegExp(`^${level} · `) }).check();
	await form.getByRole('radio', { name: /^Explicit/ }).check();
	await form.getByRole('radio', { name: /^New statement/ }).check();
	await form.getByLabel('Summary', { exact: true }).fill('Fake summary written by a test.');
	await form.getByLabel('Rationale', { exact: true }).fill('Fake rationale written by a test.');
	await form.getByLabel('Quote', { exact: true }).fill('fake words for a test');
	await form.getByRole('button', { name: '+ New source as Source' }).click();
	await form.getByLabel('Outlet', { exact: true }).fill('Example Outlet');
	await form.getByLabel('Title', { exact: true }).fill('A fake article for a test');
	await form.getByLabel('Kind', { exact: true }).selectOption('article');
	await form.getByLabel('Date', { exact: true }).fill('2024-03-02');
	await form
		.getByLabel('Address (https:, optional)', { exact: true })
		.fill('https://example.org/fake');
	await expect(form.getByLabel('Source id', { exact: true })).toHaveValue(SOURCE);
	await form.getByRole('button', { name: 'Write the stance into the draft' }).click();
	const status = page.locator('.check [role="status"]');
	await expect(status).toHaveText(/^No errors[^:]*: the 2 drafts .* are valid together/);

	// Which story steps it changes.
	const impact = page.getByText(/^This changeset changes the chart in/);
	await expect(impact).toBeVisible();
	const named = [...((await impact.textContent()) ?? '').matchAll(/(\d+)(?: to (\d+))?/g)]
		.slice(0, 1)
		.flatMap(([, a = '', b]) => {
			const from = Number(a);
			return Array.from({ length: Number(b ?? a) - from + 1 }, (_, i) => from + i);
		});
	expect(named).toContain(step);

	// A typo in the JSON, found by its underline and fixed where it is.
	const { text } = await editorState(page);
	await replaceDraft(page, text.replace('"summary": "Fake summary', '"sumary": "Fake summary'));
	await expect(status).toHaveText(/^1 error/);
	// The problem in the list takes the editor to it; there the key is underlined.
	await page.locator('.check ol button', { hasText: 'sumary' }).click();
	const underline = page.locator('.cm-lintRange-error', { hasText: 'sumary' });
	await expect(underline).toBeInViewport();
	await underline.dblclick();
	await page.keyboard.type('summary');
	await expectDraftMatching(page, /"summary": "Fake summary/);
	await expect(status).toHaveText(/^No errors[^:]*: the 2 drafts/);

	// The changeset, downloaded and checked as `npm run validate` would.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /^Download all \(2 files, \.zip\)/ }).click()
	]);
	const files = unzipSync(readFileSync(await download.path()));
	expect(Object.keys(files).sort()).toEqual([FILE, 'data/sources.json']);
	const changed = new Map(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
	const merged = readDataDir('data').map((f) => ({ ...f, text: changed.get(f.path) ?? f.text }));
	const { errors } = validateDataset(merged);
	expect(errors).toEqual([]);
	expect(changed.get(FILE)).toContain(`"source": "${SOURCE}"`);
});
