/**
 * Screenshots of the presentation as a class sees it: `npm run screenshot:present`. Serves
 * build/ and writes every slide at 1280x720 and 1920x1080, in the light theme and the dark, plus
 * the overview, the key list and the speaker's notes window, to
 * .test-output/screenshots/present-<width>-<theme>-<slide>.png (and present-<what>.png).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchChromium } from './lib/chromium-args.ts';
import { startPreview } from './lib/preview-server.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
const OUT = '.test-output/screenshots';
const BASE = `http://localhost:${PORT}`;
const sizes = [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
];

async function open(page: Page, address: string) {
	await page.goto(`${BASE}${address}`);
	await page.locator('[data-ready]').waitFor({ state: 'attached' });
	// The presenter's buttons fade once the mouse rests: shoot what the class sees.
	await page.waitForTimeout(2800);
}

async function shoot(page: Page, name: string) {
	const path = `${OUT}/present-${name}.png`;
	await page.screenshot({ path });
	console.log(path);
}

mkdirSync(OUT, { recursive: true });
const { server } = await startPreview(PORT);
try {
	const browser = await launchChromium();
	for (const viewport of sizes) {
		for (const theme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
			await open(page, '/present');
			if (theme === 'dark') await page.getByRole('button', { name: 'Dark' }).click();
			const count = await page.locator('.slide-item').count();
			for (let n = 1; n <= count; n++) {
				await open(page, `/present#${n}`);
				await shoot(page, `${viewport.width}-${theme}-${n}`);
			}
			await page.close();
		}
	}
	const page = await browser.newPage({ viewport: sizes[0], reducedMotion: 'reduce' });
	await open(page, '/present#4');
	await page.keyboard.press('o');
	await shoot(page, 'overview');
	await page.keyboard.press('Escape');
	await page.keyboard.press('?');
	await shoot(page, 'keys');
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/present/notes#4');
	await shoot(page, 'notes');
	await browser.close();
} finally {
	server.kill();
}
