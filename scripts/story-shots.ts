/**
 * Screenshots of the story as a reader scrolls it: `npm run screenshot:story`. Serves build/,
 * scrolls to where each step starts at 375, 414 and 1440 px wide, light and dark, and writes
 * what the screen shows to .test-output/screenshots/story-<width>-<scheme>-<step id>.png (the
 * page's top, before any step, as `-top.png`). `-- --step <id>` shoots that step alone;
 * `-- --light` the light scheme alone.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium-args.ts';
import { startPreview } from './lib/preview-server.ts';
import { storyShotName, storyShotOptions } from './lib/story-shot-options.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
const OUT = '.test-output/screenshots';
const sizes = [
	{ width: 375, height: 740 },
	{ width: 414, height: 896 },
	{ width: 1440, height: 900 }
];

let options: ReturnType<typeof storyShotOptions>;
try {
	options = storyShotOptions(process.argv.slice(2));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
const { schemes, step: only } = options;

mkdirSync(OUT, { recursive: true });
const { server } = await startPreview(PORT);
let failed = false;
try {
	const browser = await launchChromium();
	sizes: for (const viewport of sizes) {
		for (const scheme of schemes) {
			const page = await browser.newPage({
				viewport,
				colorScheme: scheme,
				reducedMotion: 'reduce'
			});
			await page.goto(`http://localhost:${PORT}/`);
			// Each step card's id is "step-<step id>".
			const ids = await page
				.locator('[data-step]')
				.evaluateAll((cards) => cards.map((card) => card.id.replace(/^step-/, '')));
			if (only !== undefined && !ids.includes(only)) {
				console.error(`No step "${only}" in the story. Its steps: ${ids.join(', ')}`);
				failed = true;
				await page.close();
				break sizes;
			}
			if (only === undefined) {
				await page.screenshot({ path: `${OUT}/${storyShotName(viewport.width, scheme, 'top')}` });
			}
			for (const [i, id] of ids.entries()) {
				if (only !== undefined && id !== only) continue;
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
				const name = `${OUT}/${storyShotName(viewport.width, scheme, id)}`;
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
if (failed) process.exit(1);
