/**
 * What a change does, shown on /editor: a published stance re-scored in the draft names the story
 * steps whose chart draws it (and their slides), shows each step before and after, and lists the
 * change in a commit message ready to copy. The steps expected are read from data/ here, not from
 * the app: a step draws the stance when it shows its leader and axis, on the spectra at a month
 * (or trail month) when it is the leader's latest, or on the timelines at all.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { draftEditor, openDesk } from './editor-page.ts';

const LEADER = 'sam-altman';
const STANCE = 'altman-weights-2025-08';
const FILE = `data/leaders/${LEADER}.json`;

interface Stance {
	id: string;
	axis: string;
	asOf: string;
	position: number;
	cause?: unknown;
}
interface Step {
	id: string;
	title: string;
	chart: {
		date: string;
		from?: string;
		view?: string;
		axis?: string;
		leaders?: string[];
	};
}
const leader = JSON.parse(readFileSync(FILE, 'utf8')) as { stances: Stance[] };
const story = JSON.parse(readFileSync('data/story/story.json', 'utf8')) as {
	steps: Step[];
	calls?: { after: string }[];
};
const target = leader.stances.find((s) => s.id === STANCE);
if (!target) throw new Error(`${FILE} has no stance ${STANCE}`);
const newLevel = target.position === 4 ? 3 : target.position + 1;
// The level now differs from the stance before it on the axis: a move, which needs its cause.
const draft = `${JSON.stringify(
	{
		...leader,
		stances: leader.stances.map((s) =>
			s.id === STANCE ? { ...s, position: newLevel, cause: s.cause ?? { kind: 'statement' } } : s
		)
	},
	null,
	'\t'
)}\n`;

/** The leader's stance on the target's axis in force at the end of `month`. */
function inForce(month: string): Stance | undefined {
	return leader.stances
		.filter((s) => s.axis === target?.axis && s.asOf.slice(0, 7) <= month)
		.sort((a, b) => (a.asOf < b.asOf ? -1 : 1))
		.at(-1);
}
const expected = story.steps.flatMap((step, index) => {
	const { chart } = step;
	const shows = !chart.leaders || chart.leaders.includes(LEADER);
	const onAxis = !chart.axis || chart.axis === target.axis;
	const view = chart.view ?? 'spectrum';
	const onSpectra =
		view !== 'timelines' &&
		(inForce(chart.date)?.id === STANCE || (chart.from && inForce(chart.from)?.id === STANCE));
	if (!shows || !onAxis || (!onSpectra && view === 'spectrum')) return [];
	const callsBefore = (story.calls ?? []).filter((c) =>
		story.steps.slice(0, index).some((s) => s.id === c.after)
	).length;
	return [{ id: step.id, step: index + 1, slide: index + 2 + callsBefore }];
});

/** The numbers a sentence lists, ranges ("5 to 8", "7–10") spelt out: "2, 5 to 7 and 9" → [2, 5, 6, 7, 9]. */
function numbersIn(words: string): number[] {
	return [...words.matchAll(/(\d+)(?:(?: to |–)(\d+))?/g)].flatMap(([, from = '', to]) => {
		const [a, b] = [Number(from), Number(to ?? from)];
		return Array.from({ length: b - a + 1 }, (_, i) => a + i);
	});
}

async function openWithDraft(page: Page) {
	await openDesk(page);
	await draftEditor(page).fill(draft);
	await expect(page.getByRole('status').filter({ hasText: /No errors/ })).toBeVisible();
}

test.describe('/editor: what a change does', () => {
	test('names the steps a re-scored stance changes, shows them before and after, and writes the commit message', async ({
		page
	}) => {
		// The stance must be one the story draws: choose another if the data moves on.
		expect(expected.length, `a story step draws ${STANCE}`).toBeGreaterThan(0);
		await openWithDraft(page);
		const sentence = page.getByTestId('impact-sentence');
		await expect(sentence).toContainText('This changeset changes the chart in step');
		const text = (await sentence.textContent()) ?? '';
		const [, steps = '', slides = ''] =
			/changes the chart in steps? (.*?) and (?:its|their) slides? \((.*?)\)/.exec(text) ?? [];
		expect(numbersIn(steps)).toEqual(expected.map((e) => e.step));
		expect(numbersIn(slides)).toEqual(expected.map((e) => e.slide));

		await page.getByText(/, before and after$/).click();
		const shown = page.locator('[data-step-id]');
		await expect(shown).toHaveCount(expected.length);
		expect(
			await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')))
		).toEqual(expected.map((e) => e.id));
		const first = shown.first();
		await expect(first.getByText('Before', { exact: true })).toBeVisible();
		await expect(first.getByText('After', { exact: true })).toBeVisible();
		const images = first.locator('.pair img');
		await expect(images).toHaveCount(2);
		// As readers would see it with the changeset: the step's card, and its slide numbered as
		// the deck numbers it.
		await expect(first.locator('.card-title')).toHaveText(
			story.steps.find((s) => s.id === expected[0]?.id)?.title ?? ''
		);
		await expect(first.getByText(`Its slide, ${expected[0]?.slide} of`)).toBeVisible();
		await expect(first.locator('.frame .slide')).toBeVisible();
		for (const image of await images.all()) {
			await expect(image).toHaveJSProperty('complete', true);
			expect(await image.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
		}

		const message = page.getByLabel('The message');
		await expect(message).toHaveValue(
			new RegExp(
				`^Re-score Sam Altman on model weights \\(${target.asOf}\\): ${target.position} → ${newLevel}\\n\\n`
			)
		);
		await expect(message).toHaveValue(
			new RegExp(
				`- Changed ${STANCE} \\(Model weights, ${target.asOf}\\): level ${target.position} \\(`
			)
		);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.getByRole('button', { name: 'Copy the message' }).click();
		await expect(page.getByText('Copied')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await message.inputValue()
		);
	});

	for (const [width, scheme] of [
		[375, 'light'],
		[1440, 'light'],
		[1440, 'dark']
	] as const) {
		test(`has no axe violations with the steps open (${width} px, ${scheme})`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme: scheme });
			await openWithDraft(page);
			await page.getByText(/, before and after$/).click();
			await expect(page.locator('[data-step-id] img').first()).toBeVisible();
			await expect(page.locator('[data-step-id] .frame .slide').first()).toBeVisible();
			const violations = (await new AxeBuilder({ page }).analyze()).violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`
			);
			expect(violations).toEqual([]);
		});
	}
});
