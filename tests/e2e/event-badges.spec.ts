/**
 * The numbered event badges above the timelines: each is named starting with what it shows
 * ("Events 14–16: …"), the strip says what the numbers are and where they are listed, and a badge
 * opens its events in place (label, date, citations), on /explore and inside the presentation
 * deck, which it never leaves.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readSlides, readStory } from './dataset-data.ts';

interface RawEvent {
	id: string;
	date: string;
	label: string;
	citations: { quote: string }[];
}
const events = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: RawEvent[] })
	.events;

const badges = (page: Page) => page.locator('.event-strip a.event');

/** The badge showing a range ("14–16"): the events it stands for, by number. */
async function groupedBadge(page: Page): Promise<{ badge: Locator; members: RawEvent[] }> {
	const texts = await badges(page).allTextContents();
	const text = texts.find((t) => t.includes('–'));
	if (!text) throw new Error('no badge groups events');
	const [first, last] = text.split('–').map(Number) as [number, number];
	return {
		badge: badges(page).filter({ hasText: new RegExp(`^${text}$`) }),
		members: events.slice(first - 1, last)
	};
}

test.describe('event badges on /explore', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/explore');
		await expect(page.locator('.charts[data-ready]')).toBeAttached();
	});

	test('each is named starting with its visible text, and the strip says what they are', async ({
		page
	}) => {
		const all = await badges(page).evaluateAll((links) =>
			links.map((a) => ({
				text: a.textContent?.trim() ?? '',
				name: a.getAttribute('aria-label') ?? ''
			}))
		);
		expect(all.length).toBeGreaterThan(3);
		for (const { text, name } of all) {
			expect(name.startsWith(`${text.includes('–') ? 'Events' : 'Event'} ${text}: `), name).toBe(
				true
			);
		}
		const { badge, members } = await groupedBadge(page);
		for (const event of members) await expect(badge).toHaveAccessibleName(new RegExp(event.label));
		await expect(badge).toHaveAttribute('title', /\(listed below\)$/);
		await expect(page.locator('.event-strip .caption')).toHaveText(/^Events\s*listed below$/);
		await expect(page.locator('.event-strip .caption')).toBeVisible();
	});

	test('a badge opens its events in place: label, date and citations', async ({ page }) => {
		const { badge, members } = await groupedBadge(page);
		const text = (await badge.textContent())?.trim() ?? '';
		const before = page.url();
		await badge.click();
		const panel = page.getByRole('dialog', { name: `Events ${text}` });
		await expect(panel).toBeVisible();
		for (const event of members) {
			await expect(panel).toContainText(event.label);
			await expect(panel.locator(`time[datetime="${event.date}"]`).first()).toBeVisible();
			await expect(panel).toContainText(event.citations[0]?.quote ?? '');
		}
		await expect(panel.getByRole('link', { name: 'listed below' })).toHaveAttribute(
			'href',
			`#event-${members[0]?.id}`
		);
		expect(page.url()).toBe(before);
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(badge).toBeFocused();
	});

	test('the keyboard opens a badge too', async ({ page }) => {
		const badge = badges(page).first();
		await badge.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByRole('dialog', { name: /^Events? / });
		await expect(panel).toBeVisible();
		await expect(panel).toContainText(events[0]?.label ?? '');
		await expect(panel.getByRole('link').first()).toBeFocused();
	});
});

test('in the presentation a badge opens in place and the deck stays on its slide', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const step = readStory().steps.find((s) => s.chart.view === 'timelines');
	expect(step, 'a slide of the story shows the timelines').toBeDefined();
	const slide = readSlides().findIndex((s) => s.kind === 'step' && s.id === step?.id) + 1;
	await page.goto(`/present#${slide}`);
	await expect(page.locator('.deck[data-ready]')).toBeAttached();
	const current = page.locator('.slide-item.current');
	const badge = current.locator('.event-strip a.event').first();
	const name = (await badge.getAttribute('aria-label')) ?? '';
	await badge.click();
	const panel = page.getByRole('dialog', { name: name.split(':')[0] });
	await expect(panel).toBeVisible();
	await expect(panel).toContainText(name.split(': ')[1]?.split(',')[0] ?? '');
	// Keys typed in the panel stay there: the deck does not move.
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`/present#${slide}$`));
	await expect(page.locator('.deck')).toHaveAttribute('data-slide', String(slide));
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page).toHaveURL(new RegExp(`/present#${slide}$`));
	await expect(badge).toBeFocused();
});
