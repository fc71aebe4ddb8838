/**
 * Movement, shown honestly (issue 15), as a reader meets it: why a point moved (leader pages, the
 * citation panel, /data, the timelines), how old a point is (the spectra), which evidence counts
 * (the explore view), and what changed between released versions (/data/changes, /data/v/, the
 * feed, and the explore view's comparison). Expectations are worked out from data/ directly.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLeaders, readMeta, readReleases } from './dataset-data.ts';

interface RawStance {
	id: string;
	axis: string;
	asOf: string;
	position: number;
	evidence: string;
	cause?: { kind: string; note?: string };
}
const leaders = readLeaders().map((l) => ({ ...l, stances: l.stances as unknown as RawStance[] }));

/** Every move in the data: a stance whose level differs from the leader's stance before on its axis. */
const moves = leaders.flatMap((leader) =>
	['weights', 'tools', 'methodology', 'access'].flatMap((axis) => {
		const onAxis = leader.stances
			.filter((s) => s.axis === axis)
			.sort((a, b) => (a.asOf < b.asOf ? -1 : 1));
		return onAxis.flatMap((stance, i) => {
			const before = onAxis[i - 1];
			return before && before.position !== stance.position ? [{ leader, before, stance }] : [];
		});
	})
);
const releases = readReleases();
const meta = readMeta();

test.describe('why a point moved', () => {
	test('every move in the data has a cause, and a leader page lists each of theirs, oldest first', async ({
		page
	}) => {
		expect(moves.length).toBeGreaterThan(20);
		for (const move of moves) expect(move.stance.cause, move.stance.id).toBeDefined();
		const leader = leaders.find((l) => l.id === 'ilya-sutskever');
		if (!leader) throw new Error('the data changed: pick another leader');
		await page.goto(`/leaders/${leader.id}`);
		const list = page.locator('.moves li[data-stance-id]');
		const theirs = moves.filter((m) => m.leader.id === leader.id);
		await expect(list).toHaveCount(theirs.length);
		for (const { before, stance } of theirs) {
			const item = page.locator(`.moves li[data-stance-id="${stance.id}"]`);
			await expect(item).toContainText(
				stance.position > before.position ? 'moved toward open' : 'moved toward closed'
			);
			if (stance.cause?.note) await expect(item).toContainText(stance.cause.note);
		}
		// Neutral words only.
		await expect(page.locator('.moves')).not.toContainText(/flip|u-turn|revers/i);
	});

	test('a moved point opens with the before and after side by side, and the cause', async ({
		page
	}) => {
		const move = moves.find((m) => m.stance.id === 'sutskever-weights-2023-03');
		if (!move) throw new Error('the data changed: pick another move');
		await page.goto(`/leaders/${move.leader.id}`);
		// A click before the page's script has run follows the mark's link instead (no panel).
		await page.waitForLoadState('networkidle');
		const mark = page.locator(`.charts a.mark[data-stance-id="${move.stance.id}"]`).first();
		await expect(mark).toHaveAttribute('aria-label', /moved toward closed$/);
		await mark.click();
		const dialog = page.getByRole('dialog');
		const section = dialog.locator('section.move');
		await expect(section.getByRole('heading')).toHaveText(/Moved toward closed by 2 levels/);
		await expect(section).toContainText('Before');
		await expect(section).toContainText('After');
		await expect(section).toContainText(`Why it moved: New statement.`);
		await expect(section.locator('blockquote')).toHaveCount(2);
	});

	test('/data lists every move, filtered by direction', async ({ page }) => {
		await page.goto('/data#moves');
		const items = page.locator('#moves li[data-stance-id]');
		await expect(items).toHaveCount(moves.length);
		await page.locator('#moves select').nth(2).selectOption('closed');
		const closed = moves.filter((m) => m.stance.position < m.before.position).length;
		await expect(items).toHaveCount(closed);
		await expect(page.locator('#moves [role="status"]')).toHaveText(
			`${closed} of ${moves.length} moves`
		);
	});
});

/** The spectra's marks, as their accessible names. */
const spectrumMarks = (page: Page) => page.locator('.spectra a.mark');

test.describe('how old a point is', () => {
	test('a point older than three years at the month shown is faded and says when it was last on record', async ({
		page
	}) => {
		await page.goto('/explore?view=spectrum');
		await expect(page.locator('.charts[data-ready]')).toBeVisible();
		const stale = page.locator('.spectra a.mark.stale');
		await expect(stale.first()).toBeVisible();
		await expect(stale.first()).toHaveAttribute(
			'aria-label',
			/, last on record [A-Z][a-z]{2} \d{4}|, last on record \d{4}/
		);
		const counts = page.locator('.spectra [data-stale]');
		const said = (await counts.allTextContents()).map((t) => Number(t.split(' ')[0]));
		expect(said.reduce((a, b) => a + b, 0)).toBe(await stale.count());
		// Its panel says so too.
		await stale.first().click();
		await expect(page.getByRole('dialog').locator('[data-stale]')).toContainText('Last on record');
	});
});

test.describe('which evidence counts', () => {
	test('explicit only leaves the other points out, lists them, and keeps it in the address', async ({
		page
	}) => {
		await page.goto('/explore?view=spectrum');
		await expect(page.locator('.charts[data-ready]')).toBeVisible();
		await page.getByText('Evidence and versions').click();
		await page.getByRole('combobox', { name: 'Evidence' }).selectOption('explicit');
		await expect(page).toHaveURL(/evidence=explicit/);
		const notExplicit = new Set(
			leaders.flatMap((l) => l.stances.filter((s) => s.evidence !== 'explicit').map((s) => s.id))
		);
		const ids = await spectrumMarks(page).evaluateAll((marks) =>
			marks.map((m) => m.getAttribute('data-stance-id'))
		);
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) expect(notExplicit.has(id ?? '')).toBe(false);
		const left = page.locator('section.dropped li[data-stance-id]');
		expect(await left.count()).toBeGreaterThan(0);
		for (const id of await left.evaluateAll((l) => l.map((e) => e.getAttribute('data-stance-id'))))
			expect(notExplicit.has(id ?? '')).toBe(true);
	});
});

test.describe('versions', () => {
	test('each release is served as released, and the latest is the data now', async ({
		request
	}) => {
		expect(releases.map((r) => r.version)).toContain(meta.version);
		for (const { version } of releases) {
			const json = await request.get(`/data/v/${version}/openness-spectrum.json`);
			expect(json.ok(), version).toBe(true);
			expect(((await json.json()) as { version: string }).version).toBe(version);
			const csv = await request.get(`/data/v/${version}/openness-spectrum.csv`);
			expect((await csv.text()).split('\n')[1]).toMatch(
				new RegExp(`^${version.replace(/\./g, '\\.')},`)
			);
		}
		const now = await (await request.get('/data/openness-spectrum.json')).text();
		const released = await (
			await request.get(`/data/v/${meta.version}/openness-spectrum.json`)
		).text();
		expect(released).toBe(now);
	});

	test('/data/changes lists every release with what changed from the one before, and a feed', async ({
		page,
		request
	}) => {
		await page.goto('/data/changes');
		await expect(page.locator('.releases > li')).toHaveCount(releases.length);
		const [previous, latest] = releases.slice(-2);
		await page
			.locator(`.releases > li[data-version="${latest?.version}"]`)
			.getByRole('link', { name: `Changes from ${previous?.version}` })
			.click();
		await expect(page).toHaveURL(`/data/changes/${previous?.version}/${latest?.version}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`From version ${previous?.version} to ${latest?.version}`
		);
		const feed = await (await request.get('/data/changes.xml')).text();
		expect(feed.match(/<entry>/g)).toHaveLength(releases.length);
		expect(feed).toContain(`<id>tag:openness-spectrum,2026:release:${latest?.version}</id>`);
	});

	test('a version compared in /explore shows what it placed otherwise, apart from the chart', async ({
		page
	}) => {
		await page.goto('/explore?view=spectrum&date=2024-06&compare=1.0.0');
		const comparison = page.locator('section.comparison');
		await expect(comparison).toContainText('Placed at another level');
		await expect(comparison).toContainText('Sutskever, Weights: level 1 in 1.0.0, level 0 now');
		await expect(page.locator('.band[data-version="1.0.0"]').first()).toBeVisible();
		await expect(
			page.locator('.band .ghost[data-leader-id="ilya-sutskever"]').first()
		).toBeVisible();
	});

	test('marks new or changed since the release before, in their names', async ({ page }) => {
		const previous = releases.filter((r) => r.version !== meta.version).at(-1);
		await page.goto('/explore?view=timelines&new=1');
		await expect(page.locator('.charts[data-ready]')).toBeVisible();
		// The marks are named once the evidence-and-versions part has loaded (on demand).
		const flagged = page.locator(
			`.timelines a.mark[aria-label$="since version ${previous?.version}"]`
		);
		await expect(flagged.first()).toBeVisible();
	});
});

test.describe('accessible with every part of it on', () => {
	const everything = '/explore?date=2024-06&from=2023-01&evidence=stated&compare=1.0.0&new=1';

	async function openWithEverything(page: Page, width: number) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(everything);
		await expect(page.locator('section.comparison')).toContainText('Placed at another level');
		await expect(page.locator('section.dropped')).toBeVisible();
		await expect(page.locator('.trail-moves li').first()).toBeVisible();
	}

	for (const width of [375, 1440])
		test(`/explore comparing, leaving evidence out, trailing and marking what is new has no axe violations at ${width} px`, async ({
			page
		}) => {
			// Every layer on is some 6,000 elements: axe alone takes ten seconds on this machine.
			test.slow();
			await openWithEverything(page, width);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		});

	test('on a phone, all of it comes back on reload, and the View options sheet holding it passes axe', async ({
		page
	}) => {
		await openWithEverything(page, 375);
		// The view is its address.
		await page.reload();
		await expect(page.locator('section.comparison')).toBeVisible();
		await page.getByRole('button', { name: 'View options' }).click();
		await expect(page.getByRole('combobox', { name: 'Evidence' })).toHaveValue('stated');
		// The page behind was checked above; here only the sheet, with every choice made.
		const sheet = await new AxeBuilder({ page }).include('#view-options').analyze();
		expect(sheet.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
});
