/**
 * Where marks and labels land, measured in the browser: on a spectrum a mark's x grows with its
 * level and a level's marks share one x; every visible level label is centred on its own tick; on
 * a timeline a leader's marks move right with time and a level's marks stay in that level's band.
 * A chart drawn right to left, or a label set between two ticks, fails here.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLeaders, readSlides, readStory } from './dataset-data.ts';

const axes = (
	JSON.parse(readFileSync('data/axes.json', 'utf8')) as {
		axes: {
			id: string;
			label: string;
			levels: { value: number; label: string; rubric: string }[];
		}[];
	}
).axes;

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

test('a four-spectra slide at 1280 by 720 keys each spectrum: its five levels under it, in order', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await page.goto('/present#2');
	await page.waitForLoadState('networkidle');
	const slide = page.locator('.slide-item.current .slide');
	await expect(slide).toBeVisible();
	const cells = await slide.locator('.spectra .cell').evaluateAll((all) =>
		all.map((cell) => {
			const spectrum = cell.querySelector('.spectrum')?.getBoundingClientRect();
			const key = cell.querySelector('.level-key');
			const box = key?.getBoundingClientRect();
			return {
				axis: cell.querySelector('.spectrum')?.getAttribute('data-axis'),
				keyAxis: key?.getAttribute('data-axis'),
				items: [...(key?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim()),
				// The key lies under its own spectrum, inside its column.
				under: !!spectrum && !!box && box.top >= spectrum.bottom - 1,
				inside:
					!!spectrum && !!box && box.left >= spectrum.left - 1 && box.right <= spectrum.right + 1,
				// The guide names no tick itself: the key does.
				labels: [...cell.querySelectorAll('.guide .label')].filter(
					(l) => getComputedStyle(l).display !== 'none'
				).length
			};
		})
	);
	expect(cells.map((c) => c.axis)).toEqual(axes.map((a) => a.id));
	for (const cell of cells) {
		const axis = axes.find((a) => a.id === cell.axis);
		expect(cell.keyAxis).toBe(cell.axis);
		expect(cell.items).toEqual(axis?.levels.map((l) => `${l.value} ${l.label}`));
		expect(cell.under, `${cell.axis} key under its spectrum`).toBe(true);
		expect(cell.inside, `${cell.axis} key inside its column`).toBe(true);
		expect(cell.labels).toBe(0);
	}
	await page.close();
});

test('a one-axis slide keys its axis under the chart, its levels in one run, in order', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	// The first one-axis step of each view, at its slide's number.
	const slides = readSlides();
	const oneAxis = (view: 'spectrum' | 'timelines') => {
		const step = readStory().steps.find(
			(s) => s.chart.axis && (s.chart.view ?? 'spectrum') === view
		);
		return slides.findIndex((s) => s.kind === 'step' && s.id === step?.id) + 1;
	};
	for (const [n, view] of [
		[oneAxis('spectrum'), 'spectrum'],
		[oneAxis('timelines'), 'timelines']
	] as const) {
		expect(n, `a one-axis ${view} step`).toBeGreaterThan(0);
		await page.goto(`/present#${n}`);
		await page.waitForLoadState('networkidle');
		const slide = page.locator('.slide-item.current .slide');
		await expect(slide.locator(`figure[data-view="${view}"]`)).toBeVisible();
		const key = slide.locator('.keys .level-key');
		await expect(key).toHaveCount(1);
		const axisId = await key.getAttribute('data-axis');
		const axis = axes.find((a) => a.id === axisId);
		expect(axis, `slide ${n}`).toBeDefined();
		await expect(key).toHaveAccessibleName(`${axis?.label}: levels, closed to open`);
		const items = key.locator('li');
		await expect(items).toHaveText(axis?.levels.map((l) => `${l.value} ${l.label}`) ?? []);
		const boxes = await items.evaluateAll((li) =>
			li.map((l) => l.getBoundingClientRect().toJSON() as DOMRect)
		);
		const chart = await slide
			.locator('.chart')
			.evaluate((c) => c.getBoundingClientRect().toJSON() as DOMRect);
		for (const [i, box] of boxes.entries()) {
			expect(box.top, `slide ${n}: level ${i} under the chart`).toBeGreaterThanOrEqual(
				chart.bottom - 1
			);
			// Closed to open, as read: each level after the one before, on its line or the next.
			const prev = boxes[i - 1];
			if (prev)
				expect(
					box.left > prev.left || box.top > prev.top,
					`slide ${n}: level ${i} after ${i - 1}`
				).toBe(true);
		}
	}
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

test('a timeline level label names its level and shows its rubric on hover, focus and tap', async ({
	page
}) => {
	const weights = axes.find((a) => a.id === 'weights');
	const level = weights?.levels[1];
	if (!weights || !level) throw new Error('axes.json has no weights level 1');
	await page.goto('/explore?view=timelines');
	await page.waitForLoadState('networkidle');
	const toolbar = page.getByRole('group', { name: `${weights.label}: levels` });
	const label = toolbar.getByRole('button', { name: level.label, exact: true });
	const rubric = `${weights.label}, level 1 of 0–4: ${level.rubric}`;
	await expect(label).toHaveAccessibleDescription(rubric);
	const tip = page.getByRole('tooltip', { name: rubric });
	await expect(tip).toBeHidden();
	await label.hover();
	await expect(tip).toBeVisible();
	await page.mouse.move(0, 0);
	await expect(tip).toBeHidden();
	await label.focus();
	await expect(tip).toBeVisible();
	// The rubric lies inside its timeline, clear of the labels, over the plot.
	const [tipBox, timeline, labelBox] = await Promise.all([
		tip.boundingBox(),
		page.locator('.timeline[data-axis="weights"]').boundingBox(),
		label.boundingBox()
	]);
	if (!tipBox || !timeline || !labelBox) throw new Error('not laid out');
	expect(tipBox.x).toBeGreaterThan(labelBox.x + labelBox.width);
	expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(timeline.x + timeline.width + 1);
	await label.blur();
	await label.click();
	await expect(tip).toBeVisible();
});

test('timeline level labels: open at the top, in reading order, each reached by Tab', async ({
	page
}) => {
	await page.goto('/explore?view=timelines');
	await page.waitForLoadState('networkidle');
	for (const axis of axes) {
		const buttons = page.getByRole('group', { name: `${axis.label}: levels` }).getByRole('button');
		// Named by the data, open at the top, each centred on its level's band.
		await expect(buttons).toHaveText([...axis.levels].reverse().map((l) => l.label));
		const ys = await buttons.evaluateAll((all) =>
			all.map((b) => {
				const r = b.getBoundingClientRect();
				return r.top + r.height / 2;
			})
		);
		for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]! + 10);
	}
	const weights = axes.find((a) => a.id === 'weights')!;
	const buttons = page.getByRole('group', { name: `${weights.label}: levels` }).getByRole('button');
	await buttons.first().focus();
	for (let i = 1; i < 5; i++) {
		await page.keyboard.press('Tab');
		await expect(buttons.nth(i)).toBeFocused();
	}
	await expect(page.getByRole('tooltip', { name: /level 0 of 0–4/ }).first()).toBeVisible();
});

test('on a 375 px phone each timeline level label is a 24 px target clear of every other', async ({
	browser
}) => {
	const page = await browser.newPage({ viewport: { width: 375, height: 800 }, hasTouch: true });
	for (const path of ['/explore?view=timelines', '/leaders/sam-altman']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const boxes = await page.locator('.timeline').evaluateAll((timelines) =>
			timelines.map((t) => {
				const labels = [...t.querySelectorAll('.levels button')].map(
					(b) => b.getBoundingClientRect().toJSON() as DOMRect
				);
				const plot = t
					.querySelector('.layercake-layout-html')
					?.getBoundingClientRect()
					.toJSON() as DOMRect;
				return { labels, plot };
			})
		);
		expect(boxes.length).toBe(4);
		for (const { labels, plot } of boxes) {
			expect(labels).toHaveLength(5);
			for (const [i, b] of labels.entries()) {
				expect(b.width, `${path}: label ${i} width`).toBeGreaterThanOrEqual(24);
				expect(b.height, `${path}: label ${i} height`).toBeGreaterThanOrEqual(24);
				// 12 px clear of the plot, where the first marks' 24 px circles reach.
				expect(b.right, `${path}: label ${i} clear of the plot`).toBeLessThanOrEqual(
					plot.left - 12 + 0.5
				);
				expect(b.left, `${path}: label ${i} on the page`).toBeGreaterThanOrEqual(0);
				const next = labels[i + 1];
				if (next)
					expect(next.top, `${path}: labels ${i} and ${i + 1} apart`).toBeGreaterThanOrEqual(
						b.bottom
					);
			}
		}
	}
	await page.close();
});
