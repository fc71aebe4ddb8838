import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/lib/vite-plugin-dataset.ts';

export default defineConfig({
	plugins: [datasetPlugin(), sveltekit()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		// Unit tests sit beside what they test; Playwright specs live in tests/e2e and are not vitest's.
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
