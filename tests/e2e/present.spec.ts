/**
 * The presentation as a teacher uses it: the keyboard and a clicker through every slide with the
 * address following, reloads, the overview, the key list, blanking, swipes, the notes window kept
 * in step, citations, the printed handout, and the page without script. Slides are checked
 * against the story data, and measured: legible type, nothing spilling off a slide.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findStance, readSlides, readStory } from './dataset-data.ts';

const story = readStory();
const discussion = story.discussion ?? { title: 'Discuss', questions: [] };
const SLIDES = readSlides();
/** Every slide's title, in order: the title slide, each step and the calls after it, the discussion. */
const TITLES = SLIDES.map((s) => s.title);
const COUNT = TITLES.length;
/** The number of a step's slide, counted from 1. */
const stepSlide = (stepId: string) =>
	SLIDES.findIndex((s) => s.kind === 'step' && s.id === stepId) + 1;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (month: string) =>
	`${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

test.use({ viewport: { width: 1280, height: 720 } });

async function open(page: Page, address = '/present') {
	await page.goto(address);
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
}

/** Opens the notes window with S, and waits for it to follow the deck. */
async function openNotes(page: Page, context: BrowserContext): Promise<Page> {
	const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await expect(notes.locator('.presenter[data-ready]')).toBeAttached();
	return notes;
}

/** The deck shows slide `number` (from 1), the address names it, and its title is on screen. */
async function expectSlide(page: Page, number: number) {
	await expect(page.locator('.deck')).toHaveAttribute('data-slide', String(number));
	await expect(page).toHaveURL(new RegExp(`/present#${number}$`));
	const current = page.locator('.slide-item.current');
	await expect(current).toHaveAttribute('id', String(number));
	await expect(
		current.getByRole('heading', { name: TITLES[number - 1], exact: true })
	).toBeVisible();
	// Only the current slide is on screen.
	await expect(page.locator('.slide-item:not(.current) .slide').first()).toBeHidden();
}

test('the keyboard and a clicker move through every slide, and the address follows', async ({
	page
}) => {
	await open(page);
	await expect(page.locator('.deck')).toHaveAttribute('data-slide', '1');
	await expect(page.getByRole('heading', { name: story.title, exact: true })).toBeVisible();

	const forward = ['ArrowRight', 'Space', 'PageDown'];
	for (let n = 2; n <= COUNT; n++) {
		await page.keyboard.press(forward[n % forward.length] ?? 'ArrowRight');
		await expectSlide(page, n);
	}
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, COUNT);

	const back = ['ArrowLeft', 'PageUp', 'Shift+Space'];
	for (let n = COUNT - 1; n >= 1; n--) {
		await page.keyboard.press(back[n % back.length] ?? 'ArrowLeft');
		await expectSlide(page, n);
	}
	await page.keyboard.press('End');
	await expectSlide(page, COUNT);
	await page.keyboard.press('Home');
	await expectSlide(page, 1);

	// A slide number, then Enter; the number shows while it is typed. (On a Your call slide the
	// number keys count votes instead: these are step slides.)
	const fourth = stepSlide(story.steps[3]!.id);
	const ninth = stepSlide(story.steps[8]!.id);
	expect(ninth).toBeGreaterThanOrEqual(10);
	await page.keyboard.press(String(fourth));
	await expect(page.getByText(`Go to slide ${fourth}…`)).toBeVisible();
	await page.keyboard.press('Enter');
	await expectSlide(page, fourth);
	for (const digit of String(ninth)) await page.keyboard.press(digit);
	await page.keyboard.press('Enter');
	await expectSlide(page, ninth);
	// Announced with what the chart shows, as the story announces its steps.
	const status = page.getByRole('status');
	await expect(status).toContainText(`Slide ${ninth} of ${COUNT}: ${TITLES[ninth - 1]}. The `);
	await expect(status).toContainText(monthName(story.steps[8]?.chart.date ?? ''));
});

test('a slide address opens that slide, and a reload keeps it', async ({ page }) => {
	await open(page, '/present#6');
	await expectSlide(page, 6);
	await page.reload();
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
	await expectSlide(page, 6);

	await open(page, '/present?slide=3');
	await expect(page.locator('.deck')).toHaveAttribute('data-slide', '3');
	// From the first move on, the hash alone names the slide.
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 4);

	await open(page, '/present#99');
	await expect(page.locator('.deck')).toHaveAttribute('data-slide', String(COUNT));
});

test('the overview shows every slide; arrows choose one, Enter or a click goes there', async ({
	page
}) => {
	await open(page, '/present#3');
	await page.keyboard.press('o');
	await expect(page.locator('.deck')).toHaveClass(/overview/);
	const picks = page.locator('.pick');
	await expect(picks).toHaveCount(COUNT);
	for (const pick of await picks.all()) await expect(pick).toBeVisible();
	await expect(page.getByRole('button', { name: `Slide 3: ${TITLES[2]}` })).toBeFocused();

	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('button', { name: `Slide 4: ${TITLES[3]}` })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.deck')).not.toHaveClass(/overview/);
	await expectSlide(page, 4);

	await page.keyboard.press('Escape');
	await expect(page.locator('.deck')).toHaveClass(/overview/);
	await page.getByRole('button', { name: `Slide 8: ${TITLES[7]}` }).click();
	await expect(page.locator('.deck')).not.toHaveClass(/overview/);
	await expectSlide(page, 8);

	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(page.locator('.deck')).not.toHaveClass(/overview/);
	await expectSlide(page, 8);
});

test('? lists the keys; Escape or Close shuts the list', async ({ page }) => {
	await open(page, '/present#2');
	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Presentation keys' });
	await expect(help).toBeVisible();
	for (const does of ['Next slide', 'Previous slide', 'Overview of all slides', 'Full screen'])
		await expect(help).toContainText(does);
	const axe = await new AxeBuilder({ page }).include('dialog').analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	// Keys do not move the slides behind the list.
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.deck')).toHaveAttribute('data-slide', '2');
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await page.getByRole('button', { name: 'Keys' }).click();
	await expect(help).toBeVisible();
	await help.getByRole('button', { name: 'Close' }).click();
	await expect(help).toBeHidden();
});

test('B or . blanks the screen; any key brings back the same slide', async ({ page }) => {
	await open(page, '/present#4');
	await page.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.locator('[data-blank]')).toBeHidden();
	await expectSlide(page, 4);
	await page.keyboard.press('.');
	await expect(page.locator('[data-blank]')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-blank]')).toBeHidden();
	await expectSlide(page, 4);
});

test('a swipe on a touch screen turns the slide', async ({ page }) => {
	await open(page, '/present#2');
	const swipe = async (fromX: number, toX: number) => {
		await page.dispatchEvent('.deck', 'pointerdown', {
			pointerType: 'touch',
			clientX: fromX,
			clientY: 300
		});
		await page.dispatchEvent('.deck', 'pointerup', {
			pointerType: 'touch',
			clientX: toX,
			clientY: 310
		});
	};
	await swipe(900, 500);
	await expectSlide(page, 3);
	await swipe(400, 800);
	await expectSlide(page, 2);
	await swipe(600, 620); // a tap
	await expectSlide(page, 2);
});

test("each quote and each point on a slide opens its citation, and keys wait until it's closed", async ({
	page
}) => {
	const index = story.steps.findIndex((s) => s.body.flat().some((p) => typeof p !== 'string'));
	const step = story.steps[index];
	const quote = step?.body.flat().find((p) => typeof p !== 'string');
	if (!step || !quote || typeof quote === 'string') throw new Error('the story has no quote');
	const number = stepSlide(step.id);
	await open(page, `/present#${number}`);

	const slide = page.locator('.slide-item.current');
	const link = slide.getByRole('link', { name: `“${quote.quote}”` });
	await expect(link).toBeVisible();
	await link.click();
	const panel = page.getByRole('dialog');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText(quote.quote);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.deck')).toHaveAttribute('data-slide', String(number));
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(link).toBeFocused();
	// Focus is back on the quote, and Space and the arrows move the slides again.
	await page.keyboard.press('Space');
	await expectSlide(page, number + 1);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, number);

	const mark = slide.locator('.chart a[data-stance-id]').first();
	const stance = await mark.getAttribute('data-stance-id');
	await mark.click();
	await expect(panel).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/present#${number}$`));
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(slide.locator(`.chart a[data-stance-id="${stance}"]`)).toBeFocused();
	// On a mark the arrows move the slides, not between marks; a clicker's keys too.
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, number + 1);
	await page.keyboard.press('PageUp');
	await expectSlide(page, number);
});

test('a toolbar button clicked with the mouse leaves the keys to the deck', async ({ page }) => {
	await open(page, '/present#2');
	await page.getByRole('button', { name: 'Dark' }).click();
	await expect(page.locator('.deck')).toHaveClass(/dark/);
	await page.keyboard.press('Space');
	await expectSlide(page, 3);
	await expect(page.locator('.deck')).toHaveClass(/dark/);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, 2);
});

test('a Your call slide takes the class’s votes from the keys, then reveals the dataset’s level', async ({
	page,
	context
}) => {
	const call = (story.calls ?? [])[0];
	if (!call) throw new Error('the story has no Your call slide');
	const { stance, axis } = findStance(call.stance);
	const number = SLIDES.findIndex((s) => s.kind === 'call' && s.id === call.id) + 1;
	await open(page, `/present#${number}`);
	const slide = page.locator('.slide-item.current');
	for (const level of axis.levels) await expect(slide.getByText(level.rubric)).toBeVisible();
	// The notes window has the answer before the class sees it.
	const notes = await openNotes(page, context);
	const answer = axis.levels.find((l) => l.value === stance.position)!;
	await expect(notes.locator('section.notes')).toContainText(
		`The dataset: level ${stance.position}, ${answer.label}`
	);
	await expect(slide.locator('.answer')).toHaveCount(0);

	// 3 hands for level 0, 12 for 1, 8 for 2, none for 3, 1 for 4.
	for (const key of ['3', 'Enter', '1', '2', 'Enter', '8', 'Enter', 'Enter', '1', 'Enter'])
		await page.keyboard.press(key);
	await expect(slide.locator('.levels li .number')).toHaveText(['3', '12', '8', '0', '1']);
	// Counting done, the slide is still here: digits went to the votes, not to a slide number.
	await expectSlide(page, number);
	await page.keyboard.press('r');
	const votes = [3, 12, 8, 0, 1];
	const matched = votes[stance.position]!;
	await expect(slide.locator('li.theirs')).toContainText(`${stance.position} · ${answer.label}`);
	await expect(slide.locator('li.theirs')).toContainText('The dataset');
	await expect(slide.locator('.outcome')).toContainText(
		`${matched} of 24 matched the dataset's level ${stance.position} (${answer.label})`
	);
	await expect(slide.locator('.why')).toContainText(stance.rationale);
	// A clicker moves on, and back: the votes are kept while the deck is open.
	await page.keyboard.press('PageDown');
	await expectSlide(page, number + 1);
	await page.keyboard.press('PageUp');
	await expect(slide.locator('.outcome')).toBeVisible();
});

test('the notes window says when the screen is blank or in the overview, and takes B, O and ?', async ({
	page,
	context
}) => {
	await open(page, '/present#3');
	const notes = await openNotes(page, context);
	await page.keyboard.press('b');
	await expect(notes.getByRole('status')).toContainText('The projected screen is blank');
	await notes.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeHidden();
	await expect(notes.getByRole('status')).toHaveCount(0);
	await notes.keyboard.press('o');
	await expect(page.locator('.deck')).toHaveClass(/overview/);
	await expect(notes.getByRole('status')).toContainText('overview');
	await notes.keyboard.press('o');
	await expect(page.locator('.deck')).not.toHaveClass(/overview/);
	await notes.keyboard.press('?');
	await expect(notes.getByRole('dialog', { name: 'Speaker notes keys' })).toBeVisible();
});

test('S opens the speaker notes in a window of their own, kept on the same slide both ways', async ({
	page,
	context
}) => {
	await open(page, '/present#3');
	const notes = await openNotes(page, context);
	await expect(notes).toHaveURL(/\/present\/notes#3$/);
	const step = story.steps[1];
	for (const point of step?.notes?.points ?? []) await expect(notes.getByText(point)).toBeVisible();
	if (step?.notes?.question) await expect(notes.getByText(step.notes.question)).toBeVisible();
	await expect(notes.getByText(`Next: ${TITLES[3]}`)).toBeVisible();
	await expect(notes.locator('.elapsed')).toHaveText(/^\d+:\d\d$/);
	await notes.getByRole('button', { name: 'Pause' }).click();
	await notes.getByRole('button', { name: 'Reset' }).click();
	await expect(notes.locator('.elapsed')).toHaveText('0:00');
	await expect(notes.getByRole('button', { name: 'Resume' })).toBeVisible();
	// The notes are not on the projected slide.
	for (const point of step?.notes?.points ?? []) await expect(page.getByText(point)).toBeHidden();

	await page.keyboard.press('ArrowRight');
	await expect(notes.locator('.presenter')).toHaveAttribute('data-slide', '4');
	await expect(notes.locator('#notes-title')).toHaveText(TITLES[3] ?? '');

	await notes.getByRole('button', { name: 'Next →' }).click();
	await expectSlide(page, 5);
	await notes.keyboard.press('ArrowLeft');
	await expectSlide(page, 4);

	// The presenter can blank the projected screen from the notes window, and the notes window
	// follows the deck's theme.
	await notes.getByRole('button', { name: 'Blank the screen' }).click();
	await expect(page.locator('[data-blank]')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toBeHidden();
	await page.getByRole('button', { name: 'Dark' }).click();
	await expect(notes.locator('.presenter')).toHaveClass(/dark/);
});

test.describe('with its offline cache', () => {
	test.use({ serviceWorkers: 'allow' });

	test('only the presentation installs it: readers of other pages download nothing extra', async ({
		page
	}) => {
		for (const path of ['/', '/explore', '/data']) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations()), path).toEqual(
				[]
			);
		}
		await open(page, '/present');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(1);
	});

	test('works offline once loaded: the notes window opens and a slide reloads', async ({
		page,
		context
	}) => {
		await open(page, '/present#3');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await context.setOffline(true);
		// The network is really gone, for the service worker too: an address it never cached fails.
		const uncached = await page.evaluate(() =>
			fetch('/no-such-page').then(
				() => 'answered',
				() => 'failed'
			)
		);
		expect(uncached).toBe('failed');

		const notes = await openNotes(page, context);
		await expect(notes.locator('#notes-title')).toHaveText(TITLES[2] ?? '');
		await page.reload();
		await expect(page.locator('.deck[data-ready]')).toBeAttached();
		await expectSlide(page, 3);
		await page.keyboard.press('ArrowRight');
		await expect(notes.locator('.presenter')).toHaveAttribute('data-slide', '4');

		// The pages the notes send the presenter to open offline too, the view its address names.
		const explore = notes.getByRole('link', { name: "this slide's view in Explore" });
		const href = (await explore.getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/explore\?/);
		const month = new URLSearchParams(href.split('?')[1]).get('date') ?? '';
		await page.goto(href);
		await expect(page.locator('.charts[data-ready]')).toBeVisible();
		await expect(page.locator('.charts')).toContainText(monthName(month));
		await page.goto('/data/changes');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await context.setOffline(false);
	});
});

test('F puts the presentation in full screen, and F again takes it out', async ({ page }) => {
	await open(page, '/present#2');
	const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
	await page.keyboard.press('f');
	await expect.poll(fullscreen).toBe(true);
	await page.keyboard.press('f');
	await expect.poll(fullscreen).toBe(false);
});

test('the theme is light for a projector, with a dark toggle that a reload keeps', async ({
	page
}) => {
	await open(page, '/present#2');
	const background = () =>
		page
			.locator('.slide-item.current .slide')
			.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(await background()).toBe('rgb(251, 250, 247)');
	await page.getByRole('button', { name: 'Dark' }).click();
	await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
	expect(await background()).toBe('rgb(21, 23, 27)');
	await page.reload();
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
	await expect(page.locator('.deck')).toHaveClass(/dark/);
	await page.getByRole('button', { name: 'Dark' }).click();
	expect(await background()).toBe('rgb(251, 250, 247)');
});

/** Text smaller than `min` px as shown, and text outside the slide, on the current slide. */
async function measureSlide(page: Page, min: number) {
	return page.locator('.slide-item.current .slide').evaluate((slide, min) => {
		const box = slide.getBoundingClientRect();
		const small: string[] = [];
		const outside: string[] = [];
		const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim() ?? '';
			const element = node.parentElement;
			if (!text || !element) continue;
			const style = getComputedStyle(element);
			// Words kept for screen readers only (clipped to nothing) are not on screen.
			if (style.visibility === 'hidden' || element.closest('.absent, .visually-hidden')) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const rect = range.getBoundingClientRect();
			if (rect.width < 1 || rect.height < 1) continue;
			const px = parseFloat(style.fontSize) * element.currentCSSZoom;
			if (px < min) small.push(`${px.toFixed(1)}px "${text}"`);
			if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.bottom > box.bottom + 1)
				outside.push(text);
		}
		return { small, outside, width: box.width, height: box.height };
	}, min);
}

test('every slide fits 1280 by 720 with no text under 24 px, and fills 1920 by 1080', async ({
	page
}) => {
	for (const [width, height, min] of [
		[1280, 720, 23.5],
		[1920, 1080, 35]
	] as const) {
		await page.setViewportSize({ width, height });
		for (let n = 1; n <= COUNT; n++) {
			await open(page, `/present#${n}`);
			const measured = await measureSlide(page, min);
			expect(measured.small, `slide ${n} at ${width}`).toEqual([]);
			expect(measured.outside, `slide ${n} at ${width}`).toEqual([]);
			expect(Math.round(measured.width)).toBe(width);
			expect(Math.round(measured.height)).toBe(height);
			const scrolls = await page.evaluate(
				() =>
					document.documentElement.scrollHeight > innerHeight ||
					document.documentElement.scrollWidth > innerWidth
			);
			expect(scrolls, `slide ${n} at ${width} scrolls`).toBe(false);
		}
	}
});

test('printing gives one page per slide, with its notes and sources', async ({ page }) => {
	await open(page);
	await page.emulateMedia({ media: 'print' });
	const handouts = page.locator('.handout');
	await expect(handouts).toHaveCount(COUNT);
	for (const handout of await handouts.all()) await expect(handout).toBeVisible();
	const first = story.steps[0];
	await expect(handouts.nth(1)).toContainText(first?.notes?.points[0] ?? '');
	// On paper a link cannot be followed: its address is printed after it.
	const source = handouts.nth(1).locator('a[href^="https://"]').first();
	const href = await source.getAttribute('href');
	expect(await source.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" ${href}"`);
	await expect(page.locator('.controls')).toBeHidden();

	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
	expect(pages.length).toBe(COUNT);
});

test("the printed handout keeps each step slide's level key, named by the data", async ({
	page
}) => {
	const axes = (
		JSON.parse(readFileSync('data/axes.json', 'utf8')) as {
			axes: { id: string; levels: { value: number; label: string }[] }[];
		}
	).axes;
	await open(page);
	await page.emulateMedia({ media: 'print' });
	const steps = page.locator('.slide-item:has(figure)');
	await expect(steps).toHaveCount(story.steps.length);
	for (const item of await steps.all()) {
		const keys = item.locator('.level-key');
		expect(await keys.count()).toBeGreaterThan(0);
		for (const key of await keys.all()) {
			await expect(key).toBeVisible();
			const id = await key.getAttribute('data-axis');
			const axis = axes.find((a) => a.id === id);
			await expect(key.locator('li')).toHaveText(
				axis?.levels.map((l) => `${l.value} ${l.label}`) ?? ['an axis of the data']
			);
		}
	}
});

test('without script the page is the handout: every slide, its notes and its sources', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/present');
	const slides = page.locator('.slide');
	await expect(slides).toHaveCount(COUNT);
	for (const slide of await slides.all()) await expect(slide).toBeVisible();
	for (const title of TITLES)
		await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
	for (const question of discussion.questions) await expect(page.getByText(question)).toBeVisible();
	for (const step of story.steps)
		for (const point of step.notes?.points ?? []) await expect(page.getByText(point)).toBeVisible();
	await context.close();
});

test('each step of the explainer opens the presentation at its own slide', async ({ page }) => {
	await page.goto('/');
	const links = page.getByRole('link', { name: 'Present from this step' });
	await expect(links).toHaveCount(story.steps.length);
	for (const [i, link] of (await links.all()).entries())
		await expect(link).toHaveAttribute('href', `/present#${stepSlide(story.steps[i]!.id)}`);
	// A step after a Your call slide: its link counts past the call.
	const late = story.steps.length - 1;
	expect(stepSlide(story.steps[late]!.id)).toBeGreaterThan(late + 2);
	await page.goto((await links.nth(late).getAttribute('href')) ?? '');
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
	await expectSlide(page, stepSlide(story.steps[late]!.id));
});

for (const mode of ['a slide', 'the overview', 'a slide in the dark theme'] as const) {
	test(`has no axe violations on ${mode}`, async ({ page }) => {
		await open(page, '/present#9');
		if (mode === 'the overview') await page.keyboard.press('o');
		if (mode === 'a slide in the dark theme')
			await page.getByRole('button', { name: 'Dark' }).click();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`
			)
		).toEqual([]);
	});
}
