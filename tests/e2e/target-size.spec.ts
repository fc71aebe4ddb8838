/**
 * WCAG 2.2 target size (2.5.8) on a phone: on /explore at 375 px, every pointer target on the
 * timelines (the marks and the event badges) is at least 24 by 24 px, and the 24 px circle centred
 * on each mark touches no other target. Marks too close to tap apart act as one target: a box
 * over them takes the taps (and lists them) while they take none, all marked with one
 * `data-crowd` key; the keyboard still reaches each mark.
 */
import { expect, test, type Page } from '@playwright/test';

interface Target {
	name: string;
	/** One target may be drawn as several marks: those of one crowd. */
	group: string;
	shape: 'circle' | 'box';
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Every visible pointer target inside the timelines, in viewport px. */
async function targets(page: Page): Promise<Target[]> {
	return page.locator('div.timelines').evaluate((root) =>
		[...root.querySelectorAll<HTMLElement>('a[href], button')]
			.filter(
				(el) =>
					el.getClientRects().length > 0 &&
					!el.closest('[popover]') &&
					getComputedStyle(el).pointerEvents !== 'none'
			)
			.map((el, i) => {
				const box = el.getBoundingClientRect();
				const id = el.dataset.stanceId;
				return {
					name: id ?? el.textContent?.trim() ?? `#${i}`,
					group: el.dataset.crowd ?? id ?? `#${i}`,
					shape: getComputedStyle(el).borderRadius === '50%' ? 'circle' : 'box',
					x: box.x,
					y: box.y,
					w: box.width,
					h: box.height
				} as const;
			})
	);
}

const R = 12;
const EPS = 0.5;
const centre = (t: Target) => ({ x: t.x + t.w / 2, y: t.y + t.h / 2 });

/** Does the 24 px circle on a mark, or the box of a larger target, touch the other's? */
function touches(a: Target, b: Target): boolean {
	if (a.shape === 'circle' && b.shape === 'circle') {
		const [p, q] = [centre(a), centre(b)];
		return Math.hypot(p.x - q.x, p.y - q.y) < 2 * R - EPS;
	}
	if (a.shape === 'box' && b.shape === 'box') {
		return (
			a.x < b.x + b.w - EPS &&
			b.x < a.x + a.w - EPS &&
			a.y < b.y + b.h - EPS &&
			b.y < a.y + a.h - EPS
		);
	}
	const [circle, box] = a.shape === 'circle' ? [a, b] : [b, a];
	const c = centre(circle);
	const nx = Math.max(box.x, Math.min(c.x, box.x + box.w));
	const ny = Math.max(box.y, Math.min(c.y, box.y + box.h));
	return Math.hypot(c.x - nx, c.y - ny) < R - EPS;
}

test.use({ viewport: { width: 375, height: 800 } });

test('on a 375 px phone every timeline target is 24 px and touches no other target', async ({
	page
}) => {
	await page.goto('/explore');
	await expect(page.locator('.charts[data-ready]')).toBeAttached();
	// Crowds are known once the chart is measured.
	await expect(page.locator('div.timelines a[data-crowd]').first()).toBeAttached();
	const all = await targets(page);
	expect(
		await page.locator('div.timelines a[data-stance-id]').count(),
		'marks on the timelines'
	).toBeGreaterThan(20);
	expect(all.filter((t) => t.shape === 'circle').length, 'marks alone').toBeGreaterThan(0);
	// Each crowd is one box, over all of its marks and nothing else.
	expect(await page.locator('div.timelines button.crowd').count(), 'crowds').toBeGreaterThan(0);
	const covered = await page.locator('div.timelines').evaluate((root) =>
		[...root.querySelectorAll<HTMLElement>('a[data-crowd]')].every((mark) => {
			const box = root
				.querySelector(`button.crowd[data-crowd="${mark.dataset.crowd}"]`)
				?.getBoundingClientRect();
			const r = mark.getBoundingClientRect();
			return (
				!!box &&
				r.left >= box.left - 0.5 &&
				r.right <= box.right + 0.5 &&
				r.top >= box.top - 0.5 &&
				r.bottom <= box.bottom + 0.5
			);
		})
	);
	expect(covered, 'every crowded mark lies inside its crowd box').toBe(true);
	expect(
		all.filter((t) => t.w < 24 - EPS || t.h < 24 - EPS).map((t) => `${t.name} ${t.w}x${t.h}`),
		'targets under 24 px'
	).toEqual([]);
	const clashes: string[] = [];
	for (const [i, a] of all.entries()) {
		for (const b of all.slice(i + 1)) {
			if (a.group !== b.group && touches(a, b)) clashes.push(`${a.name} ↔ ${b.name}`);
		}
	}
	expect(clashes, 'targets closer than 24 px to another target').toEqual([]);
});

test('a tap on marks too close to tell apart lists them, and each opens its citation', async ({
	page
}) => {
	await page.goto('/explore');
	await expect(page.locator('.charts[data-ready]')).toBeAttached();
	// Crowds are known once the chart is measured.
	await expect(page.locator('div.timelines a[data-crowd]').first()).toBeAttached();
	const crowded = page.locator('div.timelines a[data-crowd]');
	const first = crowded.first();
	const key = await first.getAttribute('data-crowd');
	const members = await page
		.locator(`div.timelines a[data-crowd="${key}"]`)
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-stance-id')));
	expect(members.length).toBeGreaterThan(1);

	// Its marks take no taps: the box over them does.
	await expect(first).toHaveCSS('pointer-events', 'none');
	await page.locator(`div.timelines button.crowd[data-crowd="${key}"]`).click();
	const chooser = page.getByRole('dialog', { name: `${members.length} marks close together` });
	await expect(chooser).toBeVisible();
	const choices = chooser.locator('[data-choice]');
	await expect(choices).toHaveCount(members.length);
	expect(
		new Set(await choices.evaluateAll((c) => c.map((a) => a.getAttribute('data-choice'))))
	).toEqual(new Set(members));
	// Each choice is a comfortable target of its own.
	for (const box of await choices.evaluateAll((c) =>
		c.map((a) => a.getBoundingClientRect().toJSON() as DOMRect)
	)) {
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
	const picked = members.at(-1) ?? '';
	await chooser.locator(`[data-choice="${picked}"]`).click();
	await expect(chooser).toBeHidden();
	const citation = page.getByRole('dialog');
	await expect(citation).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`stance=${picked}`));
	await page.keyboard.press('Escape');
	await expect(page.locator(`div.timelines [data-stance-id="${picked}"]`)).toBeFocused();

	// The keyboard reaches every mark of a crowd on its own: Enter opens that mark's citation.
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`stance=${members[0]}`));
	await expect(chooser).toBeHidden();
});
