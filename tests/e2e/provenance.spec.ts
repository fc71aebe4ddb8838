/**
 * How each quote was checked and what was corrected, as a reader meets them: on the citation
 * panel, on leader pages, in the /data table and its count, in the CSV, and in the corrections log
 * at /data/changes. Expectations are computed from data/ directly, not from the app's own model.
 */
import { expect, test } from '@playwright/test';
import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import { readLeaders } from './dataset-data.ts';

interface RawSource {
	id: string;
	seed?: boolean;
	url?: string;
	outlet: string;
}
interface RawChange {
	version: string;
	change: string;
	stance?: string;
	replacedBy?: string[];
	before: unknown;
	after?: unknown;
}

const leaders = readLeaders();
const sources = new Map(
	(JSON.parse(readFileSync('data/sources.json', 'utf8')) as { sources: RawSource[] }).sources.map(
		(s) => [s.id, s]
	)
);
const log = (JSON.parse(readFileSync('data/changes.json', 'utf8')) as { changes: RawChange[] })
	.changes;
type RawCitation = { quote: string; source: string; via?: string; speaker?: string };
const citations = leaders.flatMap((l) =>
	l.stances.flatMap((s) =>
		(s.citations as RawCitation[]).map((c) => ({ leader: l, stance: s, citation: c }))
	)
);
const checkOf = (c: RawCitation) =>
	c.via === undefined ? 'original' : sources.get(c.via)?.seed ? 'essay' : 'copy';
const count = (check: string) => citations.filter((c) => checkOf(c.citation) === check).length;

test('the /data page says how many quotes were checked at the original, and filters by it', async ({
	page
}) => {
	await page.goto('/data');
	await expect(page.getByTestId('check-count')).toContainText(
		`${count('original')} of ${citations.length} quotes checked at the original; ${count('copy')} read in a copy or report that we name; ${count('essay')} quoted via the essay and not checked.`
	);
	await expect(page.getByTestId('check-count')).toContainText(`${log.length} corrections`);
	await page.getByLabel('How the quote was checked').selectOption('essay');
	const rows = page.locator('#citations tbody tr');
	await expect(rows).toHaveCount(count('essay'));
	for (const row of await rows.all())
		await expect(row.locator('[data-check]')).toHaveAttribute('data-check', 'essay');
});

test('the CSV names the speaker and how each quote was checked', async ({ request }) => {
	const text = await (await request.get('/data/openness-spectrum.csv')).text();
	const rows = csvParse(text);
	expect(rows.columns).toEqual(expect.arrayContaining(['speaker', 'quote_check', 'via_url']));
	expect(rows).toHaveLength(citations.length);
	for (const { leader, stance, citation } of citations) {
		const row = rows.find((r) => r.stance_id === stance.id && r.quote === citation.quote);
		expect(row, `${stance.id}: ${citation.quote}`).toBeDefined();
		expect(row?.quote_check).toBe(checkOf(citation));
		expect(row?.speaker).toBe(citation.speaker ?? leader.name);
		expect(row?.url).toBe(sources.get(citation.source)?.url ?? '');
	}
});

test('a citation panel shows how each quote was checked, whose words they are, and its corrections', async ({
	page
}) => {
	// A stance with a correction, a quote read in a copy and words that are not the leader's own.
	const entry = log.find(
		(c) =>
			c.change === 'level' &&
			citations.some(
				(x) => x.stance.id === c.stance && x.citation.via && !sources.get(x.citation.via)?.seed
			)
	);
	const stance = leaders.flatMap((l) => l.stances).find((s) => s.id === entry?.stance);
	const leader = leaders.find((l) => l.stances.includes(stance!));
	if (!entry || !stance || !leader) throw new Error('no corrected stance with a copy in the data');
	await page.goto(`/leaders/${leader.id}`);
	await page.waitForLoadState('networkidle');
	await page.locator(`.timelines [data-stance-id="${stance.id}"]`).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText(`Corrected in ${entry.version}: level ${entry.before}`);
	await expect(
		dialog.getByRole('link', { name: `Corrected in ${entry.version}` }).first()
	).toHaveAttribute('href', `/data/changes#v${entry.version}`);
	const checks = dialog.locator('[data-check]');
	await expect(checks).toHaveCount(stance.citations.length);
	const copy = (stance.citations as RawCitation[]).find((c) => checkOf(c) === 'copy');
	const via = sources.get(copy?.via ?? '');
	await expect(dialog.locator('[data-check="copy"]').first()).toContainText(
		`Read in a copy or report: ${via?.outlet}`
	);
	if (via?.url) {
		const host = new URL(via.url).hostname.replace(/^www\./, '');
		await expect(
			dialog.getByRole('link', { name: `Open the copy or report at ${host}` }).first()
		).toHaveAttribute('href', via.url);
	}
});

test('words that are not the leader’s own are never shown under "In their words"', async ({
	page
}) => {
	const found = citations.find(
		(x) => x.citation.speaker && x.stance.citations.every((c) => (c as RawCitation).speaker)
	);
	if (!found) throw new Error('no stance resting only on others’ words');
	await page.goto(`/leaders/${found.leader.id}`);
	await page.waitForLoadState('networkidle');
	await page.locator(`.timelines [data-stance-id="${found.stance.id}"]`).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading', { name: 'In their words' })).toHaveCount(0);
	await expect(dialog.getByRole('heading', { name: 'Other words on record' })).toBeVisible();
	await expect(dialog).toContainText(`Words of ${found.citation.speaker}`);
});

test.describe('the corrections log at /data/changes', () => {
	test('lists every correction by version, newest first, each linking to its point', async ({
		page
	}) => {
		await page.goto('/data/changes');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Versions and corrections');
		await expect(page.getByRole('heading', { level: 2, name: 'Corrections log' })).toBeVisible();
		await expect(page.locator('li.entry')).toHaveCount(log.length);
		const versions = [...new Set(log.map((c) => c.version))];
		for (const version of versions)
			await expect(page.locator(`h3[id="v${version}"]`)).toContainText(`Version ${version}`);
		const stanceIds = new Set(leaders.flatMap((l) => l.stances.map((s) => s.id)));
		for (const link of await page.locator('li.entry a').all()) {
			const href = (await link.getAttribute('href')) ?? '';
			const [path, id] = href.split('#');
			expect(path, href).toMatch(/^\/leaders\/[a-z-]+$/);
			expect(stanceIds.has(id ?? ''), href).toBe(true);
		}
	});

	test('shows a removal with what it said and what replaced it, and a level change before and after', async ({
		page
	}) => {
		await page.goto('/data/changes');
		const removal = log.find((c) => c.change === 'removal' && c.replacedBy?.length);
		if (!removal) throw new Error('no removal in the log');
		const item = page.locator('li.entry[data-change="removal"]', { hasText: removal.stance });
		await expect(item).toContainText(`Removed. Was: ${String(removal.before)}`);
		await expect(item.getByRole('link').first()).toHaveAttribute(
			'href',
			new RegExp(`#${removal.replacedBy?.[0]}$`)
		);
		const level = log.find((c) => c.change === 'level');
		const levelItem = page.locator('li.entry[data-change="level"]', { hasText: level?.stance });
		await expect(levelItem.first()).toContainText(`${level?.before} (`);
		await expect(levelItem.first()).toContainText(`→ ${level?.after} (`);
	});

	test('is complete without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/data/changes');
		await expect(page.locator('li.entry')).toHaveCount(log.length);
		await context.close();
	});
});
