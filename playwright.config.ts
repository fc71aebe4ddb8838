import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium-args.ts';
import { findChromium } from './scripts/lib/find-chromium.ts';

const chromium = findChromium();
// E2E_PORT lets two checkouts run their tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
// The same data built as a large dataset's pages are (src/lib/server/page-weight.ts).
const partsPort = port + 1;
// The site built for a sub-path, as a static host such as GitHub Pages serves it.
const subpathPort = port + 2;
export const SUBPATH = '/openness-spectrum';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: '.test-output/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Desktop Chrome'],
		timezoneId: 'UTC',
		// The offline cache is tested where it matters (present.spec.ts); elsewhere it would only
		// add a download of the whole site to every test.
		serviceWorkers: 'block',
		locale: 'en-GB',
		launchOptions: {
			executablePath: chromium?.executablePath,
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{ name: 'site', testIgnore: ['dev/**', 'parts/**', 'subpath/**'] },
		{ name: 'parts', testMatch: 'parts/**', use: { baseURL: `http://localhost:${partsPort}` } },
		{
			name: 'subpath',
			testMatch: 'subpath/**',
			use: { baseURL: `http://localhost:${subpathPort}${SUBPATH}/` }
		},
		// Edits data/ (one scratch file, always removed), so it runs alone, after everything else.
		{ name: 'dev', testMatch: 'dev/**', dependencies: ['site'], fullyParallel: false }
	],
	webServer: [
		{
			command: `npm run build && node_modules/.bin/vite preview --port ${port} --strictPort`,
			port,
			reuseExistingServer: false,
			timeout: 180_000
		},
		{
			command: `node_modules/.bin/vite build && node_modules/.bin/vite preview --port ${partsPort} --strictPort`,
			env: { OPENNESS_BUILD: 'parts' },
			port: partsPort,
			reuseExistingServer: false,
			timeout: 240_000
		},
		{
			command: `node_modules/.bin/vite build && node_modules/.bin/vite preview --port ${subpathPort} --strictPort`,
			// With the site's address known too: canonical addresses, the sitemap, absolute share images.
			env: {
				OPENNESS_BUILD: 'subpath',
				BASE_PATH: SUBPATH,
				PUBLIC_SITE_ORIGIN: `http://localhost:${subpathPort}`,
				PUBLIC_REPO_URL: 'https://github.com/openness-spectrum/openness-spectrum'
			},
			port: subpathPort,
			reuseExistingServer: false,
			timeout: 300_000
		}
	]
});
