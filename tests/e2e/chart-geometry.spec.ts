/**
 * Where marks and labels land, measured in the browser: on a spectrum a mark's x grows with its
 * level and a level's marks share one x; every visible level label is centred on its own tick; on
 * a timeline a leader's marks move right with time and a level's marks stay in that level's band.
 * A chart drawn right to left, or a label set between two ticks, fails here.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLeaders } from './dataset-data.ts';

const levelOf = new Map<string, number>();
const asOfOf = new Map<string, string>();
for (const leader of readLeaders())
	for (const stance of leader.stances as { id: string; asOf: string; position?: number }[]) {
		levelOf.set(stance.id, stance.position ?? -1);
		asOfOf.set(stance.id, stance.asOf);
	}

interface Box {
	id: string;
	x: number;
	y: number;
}

/** The centres of the marks inside `scope`, with their stance ids. */
async function marks(page: Page, scope: string): Promise<Box[]> {
	return page.locator(`${scope} a[data-stance-id]`).evaluateAll((links) =>
		links
			.filter((a) => (a as HTMLElement).offsetParent !== null)
			.map((a) => {
				const r = a.getBoundingClientRect();
				return {
					id: a.getAttribute('data-stance-id') ?? '',
					x: r.left + r.width / 2,
					y: r.top + r.height / 2
				};
			})
	);
}

async function expectSpectraInOrder(page: Page) {
	const axes = await page
		.locator('.spectrum[data-axis]')
		.evaluateAll((all) => all.map((el) => el.getAttribute('data-axis') ?? ''));
	expect(axes.length).toBeGreaterThan(0);
	for (const [i, axis] of axes.entries()) {
		const scope = `.spectrum[data-axis="${axis}"] >> nth=${axes.slice(0, i).filter((a) => a === axis).length}`;
		const found = await page
			.locator(scope)
			.locator('a[data-stance-id]')
			.evaluateAll((links) =>
				links
					.filter((a) => !a.closest('.ghost') && (a as HTMLElement).offsetParent !== null)
					.map((a) => {
						const r =
							a.querySelector('svg, .dot')?.getBoundingClientRect() ?? a.getBoundingClientRect();
						return { id: a.getAttribute('data-stance-id') ?? '', x: r.left + r.width / 2, y: 0 };
					})
			);
		const byLevel = new Map<number, number[]>();
		for (const m of found) {
			const level = levelOf.get(m.id);
			if (level === undefined) continue;
			byLevel.set(level, [...(byLevel.get(level) ?? []), m.x]);
		}
		const levels = [...byLevel.keys()].sort((a, b) => a - b);
		for (const level of levels) {
			const xs = byLevel.get(level) ?? [];
			expect(Math.max(...xs) - Math.min(...xs), `${axis} level ${level} shares one x`).toBeLessThan(
				2
			);
		}
		const centres = levels.map((l) => byLevel.get(l)?.[0] ?? 0);
		for (let j = 1; j < centres.length; j++)
			expect(
				centres[j]!,
				`${axis}: level ${levels[j]} right of level ${levels[j - 1]}`
			).toBeGreaterThan(centres[j - 1]! + 10);
	}
}

async function expectLabelsOnTicks(page: Page) {
	const offsets = await page.locator('.spectrum .guide').evaluateAll((guides) =>
		guides.flatMap((guide) => {
			const ticks = [...guide.querySelectorAll('.column')].map(
				(c) => c.getBoundingClientRect().left
			);
			return [...guide.querySelectorAll('.label')].flatMap((label, i) => {
				const r = label.getBoundingClientRect();
				if (getComputedStyle(label).display === 'none' || r.width === 0) return [];
				return [{ text: label.textContent ?? '', offset: r.left + r.width / 2 - (ticks[i] ?? 0) }];
			});
		})
	);
	expect(offsets.length).toBeGreaterThan(0);
	for (const { text, offset } of offsets)
		expect(Math.abs(offset), `"${text}" on its tick`).toBeLessThan(2.5);
}

for (const width of [1440, 375]) {
	test(`spectra at ${width} px: marks in level order, one x per level, labels on their ticks`, async ({
		browser
	}) => {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto('/explore?view=spectrum');
		await page.waitForLoadState('networkidle');
		await expectSpectraInOrder(page);
		await expectLabelsOnTicks(page);
		await page.close();
	});
}

test('a four-spectra slide at 1280 by 720 labels levels on their ticks only', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await page.goto('/present#2');
	await page.waitForLoadState('networkidle');
	const slide = page.locator('[data-slide]:visible, .slide:visible').first();
	await expect(slide).toBeVisible();
	await expectLabelsOnTicks(page);
	await page.close();
});

test('timelines: a leader moves right with time, and each level keeps its band', async ({
	page
}) => {
	await page.goto('/explore?view=timelines');
	await page.waitForLoadState('networkidle');
	const axes = await page
		.locator('.timeline[data-axis]')
		.evaluateAll((all) => all.map((el) => el.getAttribute('data-axis') ?? ''));
	expect(axes).toHaveLength(4);
	for (const axis of axes) {
		const found = await marks(page, `.timeline[data-axis="${axis}"]`);
		expect(found.length).toBeGreaterThan(0);
		const byLeader = new Map<string, Box[]>();
		for (const m of found) {
			const leader = m.id.split('-')[0] ?? '';
			byLeader.set(leader, [...(byLeader.get(leader) ?? []), m]);
		}
		for (const [leader, own] of byLeader) {
			const inTime = [...own].sort((a, b) =>
				(asOfOf.get(a.id) ?? '').localeCompare(asOfOf.get(b.id) ?? '')
			);
			for (let i = 1; i < inTime.length; i++)
				expect(
					inTime[i]!.x,
					`${leader} on ${axis}: ${inTime[i]!.id} after ${inTime[i - 1]!.id}`
				).toBeGreaterThan(inTime[i - 1]!.x);
		}
		const ys = new Map<number, number[]>();
		for (const m of found) {
			const level = levelOf.get(m.id) ?? -1;
			ys.set(level, [...(ys.get(level) ?? []), m.y]);
		}
		const levels = [...ys.keys()].sort((a, b) => a - b);
		for (let i = 1; i < levels.length; i++) {
			const lower = ys.get(levels[i - 1]!) ?? [];
			const higher = ys.get(levels[i]!) ?? [];
			// Open is up: every mark of a higher level sits above every mark of a lower one.
			expect(
				Math.max(...higher),
				`${axis}: level ${levels[i]} above level ${levels[i - 1]}`
			).toBeLessThan(Math.min(...lower));
		}
	}
});

test('a level label explains itself: its rubric sentence on focus and hover, and as its description', async ({
	page
}) => {
	const axes = JSON.parse(readFileSync('data/axes.json', 'utf8')) as {
		axes: {
			id: string;
			label: string;
			levels: { value: number; label: string; rubric: string }[];
		}[];
	};
	const weights = axes.axes.find((a) => a.id === 'weights');
	const level = weights?.levels[2];
	if (!weights || !level) throw new Error('axes.json has no weights level 2');
	await page.goto('/explore?view=spectrum');
	await page.waitForLoadState('networkidle');
	const label = page
		.locator('.spectrum[data-axis="weights"] .guide')
		.getByRole('button', { name: level.label, exact: true });
	const rubric = `${weights.label}, level 2 of 0–4: ${level.rubric}`;
	await expect(label).toHaveAccessibleDescription(rubric);
	const tip = page.getByRole('tooltip', { name: rubric });
	await expect(tip).toBeHidden();
	await label.focus();
	await expect(tip).toBeVisible();
	await label.blur();
	await expect(tip).toBeHidden();
	await label.hover();
	await expect(tip).toBeVisible();
});
