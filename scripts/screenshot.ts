/**
 * Screenshots of the built site for people to look at: `npm run screenshot -- / /explore`.
 * Serves build/ with `vite preview`, shoots each path at 375, 414 and 1440 px wide, light and dark,
 * and writes PNGs to .test-output/screenshots/: the whole page cut into screen-sized parts, so
 * each part can be read at full size.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium-args.ts';
import { startPreview } from './lib/preview-server.ts';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4174);
const OUT = '.test-output/screenshots';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const widths = [375, 414, 1440];

mkdirSync(OUT, { recursive: true });
const { server } = await startPreview(PORT);
try {
	const browser = await launchChromium();
	for (const path of paths.length ? paths : ['/']) {
		for (const width of widths) {
			for (const scheme of ['light', 'dark'] as const) {
				const page = await browser.newPage({
					viewport: { width, height: 900 },
					colorScheme: scheme
				});
				await page.goto(`http://localhost:${PORT}${path}`);
				const part = width < 800 ? 1200 : 900;
				const scrollHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
				for (let y = 0, i = 1; y < (await scrollHeight()); y += part, i++) {
					// Scrolled there first, as a reader would: what draws as it comes into view
					// (content-visibility, lazy timelines, lists drawn in parts) is drawn.
					await page.evaluate((top) => window.scrollTo(0, top), y);
					await page.waitForTimeout(200);
					const height = await scrollHeight();
					const name = `${path.replace(/\W+/g, '_') || '_'}-${width}-${scheme}-${i}.png`;
					const clip = { x: 0, y, width, height: Math.min(part, height - y) };
					await page.screenshot({ path: `${OUT}/${name}`, fullPage: true, clip });
					console.log(`${OUT}/${name}`);
				}
				await page.close();
			}
		}
	}
	await browser.close();
} finally {
	server.kill();
}
