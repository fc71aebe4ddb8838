/**
 * Scratch copies of the project for the benchmark, under `.bench/`: the app with a synthetic
 * data/ (everything but node_modules, builds and git, with node_modules linked back), and a bare
 * SvelteKit app with the same svelte.config.js and build options, as the floor to compare with.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import path from 'node:path';
import type { DataFile } from '../../src/lib/data/validate.ts';

const SKIP = new Set([
	'node_modules',
	'build',
	'.svelte-kit',
	'.git',
	'.bench',
	'.test-output',
	'test-results',
	'playwright-report',
	'bench'
]);

function fresh(dir: string, root: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/** A copy of the project in `dir` whose data/ files are `files` (data/story/ and the like stay). */
export function appCopy(root: string, dir: string, files: readonly DataFile[]): void {
	fresh(dir, root);
	for (const entry of readdirSync(root)) {
		if (SKIP.has(entry)) continue;
		cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
	}
	const data = path.join(dir, 'data');
	for (const name of readdirSync(data)) if (name.endsWith('.json')) rmSync(path.join(data, name));
	rmSync(path.join(data, 'leaders'), { recursive: true, force: true });
	mkdirSync(path.join(data, 'leaders'), { recursive: true });
	for (const file of files) writeFileSync(path.join(dir, file.path), file.text);
}

const BARE_PAGE = `<svelte:head><title>Bare</title></svelte:head>\n<main><h1>Hello</h1></main>\n`;
const BARE_VITE = `import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	build: { rolldownOptions: { checks: { bundlerTimings: false } } }
});
`;

/** A hello-world SvelteKit app built the same way (same svelte.config.js, same adapter). */
export function bareCopy(root: string, dir: string): void {
	fresh(dir, root);
	for (const name of ['package.json', 'svelte.config.js', 'tsconfig.json']) {
		cpSync(path.join(root, name), path.join(dir, name));
	}
	// The app names pages no link reaches (the presentation's notes window) as prerender entries;
	// the bare page has only its home page, so it crawls from there alone.
	const config = path.join(dir, 'svelte.config.js');
	writeFileSync(
		config,
		readFileSync(config, 'utf8').replace(/entries: \[[^\]]*\]/, "entries: ['*']")
	);
	mkdirSync(path.join(dir, 'src/routes'), { recursive: true });
	cpSync(path.join(root, 'src/app.html'), path.join(dir, 'src/app.html'));
	if (existsSync(path.join(root, 'static')))
		cpSync(path.join(root, 'static'), path.join(dir, 'static'), { recursive: true });
	writeFileSync(path.join(dir, 'src/routes/+page.svelte'), BARE_PAGE);
	writeFileSync(path.join(dir, 'src/routes/+layout.ts'), 'export const prerender = true;\n');
	writeFileSync(path.join(dir, 'vite.config.ts'), BARE_VITE);
}
