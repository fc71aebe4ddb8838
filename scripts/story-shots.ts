/**
 * Screenshots of the story as a reader scrolls it: `npm run screenshot:story`. Serves build/,
 * scrolls to where each step starts at 375, 414 and 1440 px wide, light and dark, and
 * writes what the screen shows to .test-output/screenshots/story-<width>-<scheme>-<step>.png.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium-args.ts';
import { startPreview } from './lib/preview-server.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
const OUT = '.test-output/screenshots';
const sizes = [
	{ width: 375, height: 740 },
	{ width: 414, height: 896 },
	{ width: 1440, height: 900 }
];

mkdirSync(OUT, { recursive: true });
const { server } = await startPreview(PORT);
try {
	const browser = await launchChromium();
	const schemes = process.argv.includes('--light')
		? (['light'] as const)
		: (['light', 'dark'] as const);
	for (const viewport of sizes) {
		for (const scheme of schemes) {
			const page = await browser.newPage({
				viewport,
				colorScheme: scheme,
				reducedMotion: 'reduce'
			});
			await page.goto(`http://localhost:${PORT}/`);
			await page.screenshot({ path: `${OUT}/story-${viewport.width}-${scheme}-0.png` });
			const steps = await page.locator('[data-step]').count();
			for (let i = 0; i < steps; i++) {
				// Just past the moment the step starts: its card's top a little above the trigger line
				// (60% down the screen), where a reader first sees the step's chart. On a phone the
				// chart ends at that line and the card scrolls under it: its top just at the line.
				const at = viewport.width < 960 ? 0.595 : 0.55;
				await page.locator(`[data-step="${i}"]`).evaluate((card, at) => {
					const top = card.getBoundingClientRect().top;
					window.scrollBy({ top: top - innerHeight * at, behavior: 'instant' });
				}, at);
				await page.mouse.wheel(0, 1);
				await page.waitForTimeout(400);
				const name = `${OUT}/story-${viewport.width}-${scheme}-${i + 1}.png`;
				await page.screenshot({ path: name });
				console.log(name);
			}
			await page.close();
		}
	}
	await browser.close();
} finally {
	server.kill();
}
