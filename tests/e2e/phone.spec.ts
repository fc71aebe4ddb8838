/**
 * The story and the explore view as a reader on a phone gets them (375 by 740, touch): at every
 * step the leaders the step highlights are on screen and uncovered (the point at each mark's
 * centre is the mark, not the step's card or its list item), every level of every spectrum is
 * named at 12 px or more, and a tap on a mark opens its words; /explore has a mark on its first
 * screen, and the rest of its controls in one "View options" sheet that keeps the URL state.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readLeaders, readStory } from './dataset-data.ts';

const steps = readStory().steps;
const leaders = readLeaders();
const PHONE = {
	viewport: { width: 375, height: 740 },
	isMobile: true,
	hasTouch: true,
	reducedMotion: 'reduce'
} as const;

test.use(PHONE);

interface MarkAtPoint {
	stance: string;
	leader: string;
	x: number;
	y: number;
	/** On screen, and the element at its centre is the mark (or the crowd box that takes its taps). */
	reachable: boolean;
	/** What is at the mark's centre instead, when it is not reachable. */
	covered: string;
}

/** Every drawn mark inside `root` and whether a tap at its centre reaches it. */
async function marksAtPoints(page: Page, root: string): Promise<MarkAtPoint[]> {
	return page.locator(root).evaluate((figure) =>
		[...figure.querySelectorAll<HTMLElement>('[data-stance-id]')]
			.filter((mark) => mark.getClientRects().length > 0 && !mark.closest('[hidden]'))
			.map((mark) => {
				const box = mark.getBoundingClientRect();
				const x = box.x + box.width / 2;
				const y = box.y + box.height / 2;
				const onScreen = x >= 0 && x < innerWidth && y >= 0 && y < innerHeight;
				const hit = onScreen ? document.elementFromPoint(x, y) : null;
				const crowd = mark.dataset.crowd;
				const reachable =
					hit !== null &&
					(mark.contains(hit) ||
						(crowd !== undefined && hit.closest(`[data-crowd="${crowd}"]`) !== null));
				return {
					stance: mark.dataset.stanceId ?? '',
					leader: mark.dataset.leaderId ?? '',
					x,
					y,
					reachable,
					covered: hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'off screen'
				};
			})
	);
}

async function openStory(page: Page) {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.story[data-ready]')).toBeAttached();
}

/** Scrolls until the step's card has its top at mid-screen, where the issue measured. */
async function cardAtMidScreen(page: Page, index: number) {
	await page.locator(`[data-step="${index}"]`).evaluate((card) => {
		window.scrollBy({
			top: card.getBoundingClientRect().top - innerHeight / 2,
			behavior: 'instant'
		});
	});
	await expect(page.locator('.pinned figure')).toHaveAttribute(
		'data-date',
		steps[index]!.chart.date
	);
	await settled(page);
}

/** Waits for the frame after a change, and for every animation running then to end. */
async function settled(page: Page) {
	await page.evaluate(async () => {
		await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
		await Promise.all(document.getAnimations().map((animation) => animation.finished));
	});
}

test.describe('the story on a phone', () => {
	test('keeps every highlighted leader’s marks on screen and uncovered at every step', async ({
		page
	}) => {
		await openStory(page);
		for (let i = 0; i < steps.length; i++) {
			await cardAtMidScreen(page, i);
			const step = steps[i]!;
			const marks = await marksAtPoints(page, '.pinned figure');
			const highlight = step.chart.highlight ?? [];
			// A step about a few leaders: all their marks. A step about everyone: every mark.
			const wanted =
				highlight.length > 0 ? marks.filter((m) => highlight.includes(m.leader)) : marks;
			for (const id of highlight) {
				expect(
					wanted.some((m) => m.leader === id),
					`${step.id}: ${id} is drawn`
				).toBe(true);
			}
			expect(wanted.length, step.id).toBeGreaterThan(0);
			const hidden = wanted
				.filter((m) => !m.reachable)
				.map((m) => `${m.stance} at ${Math.round(m.x)},${Math.round(m.y)} under ${m.covered}`);
			expect(hidden, step.id).toEqual([]);
		}
	});

	test('names all five levels of every spectrum at 12 px or more, apart, at every step', async ({
		page
	}) => {
		await openStory(page);
		for (let i = 0; i < steps.length; i++) {
			if (steps[i]!.chart.view === 'timelines') continue;
			await cardAtMidScreen(page, i);
			const guides = await page.locator('.pinned figure .guide').evaluateAll((all) =>
				all.map((guide) =>
					[...guide.querySelectorAll<HTMLElement>('.name')]
						.filter((name) => name.getClientRects().length > 0)
						.map((name) => {
							const box = name.getBoundingClientRect();
							return {
								size: parseFloat(getComputedStyle(name).fontSize),
								left: box.left,
								right: box.right,
								bottom: box.bottom
							};
						})
				)
			);
			expect(guides.length, steps[i]!.id).toBeGreaterThan(0);
			for (const names of guides) {
				expect(names, steps[i]!.id).toHaveLength(5);
				for (const [j, name] of names.entries()) {
					expect(name.size, steps[i]!.id).toBeGreaterThanOrEqual(12);
					expect(name.left).toBeGreaterThanOrEqual(0);
					expect(name.right).toBeLessThanOrEqual(375);
					expect(name.bottom, `${steps[i]!.id}: a level's name is on screen`).toBeLessThan(740);
					if (j > 0) expect(name.left, steps[i]!.id).toBeGreaterThanOrEqual(names[j - 1]!.right);
				}
			}
		}
	});

	test('opens a mark’s citation with a tap, and a tap outside closes it', async ({ page }) => {
		await openStory(page);
		await cardAtMidScreen(page, 0);
		const [leader] = steps[0]!.chart.highlight ?? [];
		const mark = page
			.locator(`.pinned figure [data-stance-id][data-leader-id="${leader}"]`)
			.first();
		const id = await mark.getAttribute('data-stance-id');
		await mark.tap();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		const name = leaders.find((l) => l.id === leader)?.name ?? '';
		await expect(dialog.getByRole('heading', { level: 2 })).toContainText(name);
		// The dialog fits the screen.
		const box = await dialog.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 375 && box.height <= 740, `${id}`).toBe(true);
		await page.touchscreen.tap(4, 4);
		await expect(dialog).toBeHidden();
	});

	test('keeps the step buttons working', async ({ page }) => {
		await openStory(page);
		await page.locator(`#step-${steps[0]!.id}`).getByRole('button', { name: 'Next step' }).tap();
		await expect(page.locator('.pinned figure')).toHaveAttribute('data-date', steps[1]!.chart.date);
		// The card it moved to starts in view, under the chart.
		const card = page.locator(`#step-${steps[1]!.id}`);
		await expect(card.getByRole('heading', { level: 2 })).toBeInViewport();
	});
});

async function openExplore(page: Page) {
	await page.goto('/explore');
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.charts[data-ready]')).toBeAttached();
}

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test.describe('/explore on a phone', () => {
	test('shows a chart on the first screen, and a tap on a mark opens its citation', async ({
		page
	}) => {
		await openExplore(page);
		const marks = await marksAtPoints(page, 'section.spectra');
		const first = marks.filter((m) => m.reachable && m.y < 740);
		expect(first.length, 'marks tappable on the first screen').toBeGreaterThan(0);
		await page.locator(`section.spectra [data-stance-id="${first[0]!.stance}"]`).tap();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`stance=${first[0]!.stance}`));
	});

	test('keeps the time control with the chart and the rest in a View options sheet', async ({
		page
	}) => {
		await openExplore(page);
		await expect(page.locator('#date-range')).toBeInViewport();
		const sheet = page.locator('#view-options');
		await expect(sheet).toBeHidden();
		await expect(page.getByLabel('Axes')).toBeHidden();
		await page.getByRole('button', { name: 'View options' }).tap();
		await expect(sheet).toBeVisible();
		// The sheet is the screen.
		expect(await sheet.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 });
		await page.getByLabel('Axes').selectOption('weights');
		await expect(page).toHaveURL(/axis=weights/);
		await sheet.getByRole('checkbox', { name: 'Sam Altman' }).tap();
		await expect(page).toHaveURL(/leaders=/);
		await sheet.getByRole('button', { name: 'Done' }).tap();
		await expect(sheet).toBeHidden();
		// It covers the screen, so no tap meant for it reaches a link under it; Escape (and the
		// back gesture) close it too.
		await page.getByRole('button', { name: 'View options' }).tap();
		await expect(sheet).toBeVisible();
		await page.touchscreen.tap(10, 10);
		await expect(sheet).toBeVisible();
		await expect(page).toHaveURL(/\/explore\?/);
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		// The view the address names is the view shown.
		await page.reload();
		await expect(page.locator('.charts[data-ready]')).toBeAttached();
		await expect(page.getByLabel('Axes')).toHaveValue('weights');
	});
});

test.describe('a leader page and /data on a phone', () => {
	test('a leader page draws its four timelines one per row, full width, levels named at 12 px', async ({
		page
	}) => {
		await page.goto(`/leaders/${leaders[0]!.id}`);
		await page.waitForLoadState('networkidle');
		const panels = page.locator('div.timelines [data-panel]');
		await expect(panels).toHaveCount(4);
		const boxes = await panels.evaluateAll((all) =>
			all.map((panel) => {
				const box = panel.getBoundingClientRect();
				return { top: box.top, bottom: box.bottom, width: box.width };
			})
		);
		for (const [i, box] of boxes.entries()) {
			expect(box.width, 'a timeline runs the width of the page').toBeGreaterThan(375 * 0.85);
			if (i > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
		}
		const sizes = await page
			.locator('div.timelines .levels button')
			.evaluateAll((labels) => labels.map((l) => parseFloat(getComputedStyle(l).fontSize)));
		expect(sizes.length).toBe(20);
		for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
	});

	test('/data keeps its filters one tap away from any card', async ({ page }) => {
		await page.goto('/data');
		await page.waitForLoadState('networkidle');
		const search = page.getByLabel('Search quotes, leaders and sources');
		await expect(search).toBeAttached();
		// Deep among the cards, the filters are off screen and the way back is on it.
		await page.locator('#citations tbody tr').nth(8).scrollIntoViewIfNeeded();
		await expect(search).not.toBeInViewport();
		const back = page.getByRole('link', { name: 'Back to the filters' });
		await expect(back).toBeInViewport();
		await back.tap();
		await expect(search).toBeInViewport();
	});
});

// axe reads the whole page (the story is long): each check has its own test and more time.
test('passes axe on a phone at a step of four spectra', async ({ page }) => {
	test.slow();
	await openStory(page);
	const four = steps.findIndex((s) => s.chart.view !== 'timelines' && !s.chart.axis);
	await cardAtMidScreen(page, four);
	expect(await axeViolations(page)).toEqual([]);
});

test('passes axe on a phone with /explore’s View options sheet open', async ({ page }) => {
	test.slow();
	await openExplore(page);
	await page.getByRole('button', { name: 'View options' }).tap();
	await expect(page.locator('#view-options')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
