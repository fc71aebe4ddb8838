import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/lib/vite-plugin-dataset.ts';

export default defineConfig({
	plugins: [datasetPlugin(), sveltekit()],
	build: {
		// Browsers with light-dark() (2024 on). The default, older target makes the CSS minifier
		// rewrite light-dark() into page-wide variables, and then a region can no longer switch
		// theme with color-scheme (the presentation's dark toggle). Leader colours already use
		// light-dark() in inline styles, which no minifier rewrites.
		cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		// Unit tests sit beside what they test; Playwright specs live in tests/e2e and are not vitest's.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
