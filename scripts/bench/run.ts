/**
 * `npm run bench [-- --sizes 1,10,100 --seed 1 --samples 60 --dry]`: how the product's cost grows with
 * the dataset. For each size, a synthetic dataset (synthesize.ts) in a scratch copy of the
 * project under .bench/<size>x/, then: validation time, build time, HTML bytes, the JavaScript
 * each route loads, time until /explore is interactive, and time from moving the time control to
 * the end of the next frame. A bare SvelteKit page built the same way is the floor for JavaScript.
 *
 * Writes bench/results.json and bench/results.md, puts the table into the README between the
 * bench markers, and prints it. Servers use ports 4375-4399.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { validateDataset, type DataFile } from '../../src/lib/data/validate.ts';
import { datasetFrom } from '../../src/lib/server/dataset-from.ts';
import { launchChromium } from '../lib/chromium-args.ts';
import { startPreview, type PreviewServer } from '../lib/preview-server.ts';
import { readDataDir } from '../lib/read-data-dir.ts';
import {
	rangeMax,
	routeScripts,
	scrubCpu,
	scrubTimes,
	timeToInteractive
} from './measure-browser.ts';
import { mulberry32 } from './prng.ts';
import {
	budgetProblems,
	resultsTable,
	withTable,
	type BenchResults,
	type SizeResult,
	type Timing
} from './results.ts';
import { appCopy, bareCopy } from './scratch.ts';
import { median, p95 } from './stats.ts';
import { synthesizeDataset } from './synthesize.ts';

function option(name: string, fallback: string): string {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const ROOT = process.cwd();
const SCRATCH = path.join(ROOT, '.bench');
const sizes = option('sizes', '1,10,100').split(',').map(Number);
const seed = Number(option('seed', '1'));
const samples = Number(option('samples', '60'));
let port = 4375;

const log = (message: string) => console.log(`[bench] ${message}`);

/** Runs `command` in `dir` (the app: `npm run build`, which validates first) and times it (s). */
function build(dir: string, command = ['npm', 'run', '-s', 'build']): number {
	const started = performance.now();
	const [bin = 'npm', ...args] = command;
	const result = spawnSync(bin, args, { cwd: dir, encoding: 'utf8' });
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error(`the build in ${dir} failed`);
	}
	return (performance.now() - started) / 1000;
}

async function serve(dir: string): Promise<PreviewServer> {
	return startPreview(port++, dir);
}

/** Bytes of every file under `dir`. */
function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.reduce((n, entry) => n + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function timeMs(run: () => unknown, runs = 3): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		run();
		times.push(performance.now() - started);
	}
	return median(times);
}

const timing = (values: number[]): Timing => ({
	median: median(values),
	p95: p95(values),
	max: Math.max(...values),
	samples: values.length
});

async function measureSize(
	browser: Browser,
	bundled: DataFile[],
	scale: number
): Promise<SizeResult> {
	const dir = path.join(SCRATCH, `${scale}x`);
	const files = synthesizeDataset(bundled, { scale, seed });
	appCopy(ROOT, dir, files);
	log(`${scale}x: ${files.length} files in ${path.relative(ROOT, dir)}/`);

	const result = validateDataset(files);
	if (!result.dataset)
		throw new Error(`the ${scale}x dataset is invalid: ${result.errors[0]?.message}`);
	const stances = result.dataset.leaders.reduce((n, l) => n + l.stances.length, 0);
	const validateMs = timeMs(() => validateDataset(files));
	const validateJoinMs = timeMs(() => datasetFrom(files));
	log(`${scale}x: validation ${validateMs.toFixed(1)} ms; building…`);
	const buildSeconds = build(dir);
	log(`${scale}x: built in ${buildSeconds.toFixed(1)} s; measuring in Chromium…`);

	const firstLeader = result.dataset.leaders[0]?.id ?? '';
	const html: SizeResult['html'] = {};
	for (const [route, file] of [
		['/', 'index.html'],
		['/explore', 'explore.html'],
		['/data', 'data.html'],
		['/present', 'present.html'],
		['/leaders/<id>', `leaders/${firstLeader}.html`]
	] as const) {
		const bytes = readFileSync(path.join(dir, 'build', file));
		html[route] = { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
	}
	const routes = ['/', '/explore', '/data', `/leaders/${firstLeader}`];
	if (existsSync(path.join(dir, 'build', 'editor.html'))) routes.push('/editor');

	const { origin, server } = await serve(dir);
	try {
		const jsGzipBytes: Record<string, number> = {};
		const foreignRequests: string[] = [];
		for (const route of routes) {
			const scripts = await routeScripts(browser, origin, route);
			jsGzipBytes[route.startsWith('/leaders/') ? '/leaders/<id>' : route] = scripts.gzipBytes;
			foreignRequests.push(...scripts.foreign);
		}
		const explore = `${origin}/explore`;
		const tti: number[] = [];
		for (let i = 0; i < 3; i++) tti.push(await timeToInteractive(browser, explore));
		const max = await rangeMax(browser, explore);
		const count = Math.min(samples, max);
		// One month at a time over the last months (where most stances are), then random months.
		const steps = Array.from({ length: count + 1 }, (_, i) => max - count + i);
		const random = mulberry32(seed);
		const jumps = Array.from({ length: samples }, () => random.int(0, max));
		// The first moves warm up the page (code paths compiled, caches filled): not counted.
		const stepTimes = (await scrubTimes(browser, explore, [max - 3, max - 2, ...steps])).slice(3);
		const jumpTimes = (await scrubTimes(browser, explore, [0, max, ...jumps])).slice(2);
		const stepCpu = await scrubCpu(browser, explore, steps);
		const jumpCpu = await scrubCpu(browser, explore, jumps);
		log(
			`${scale}x: scrub one month ${median(stepTimes).toFixed(1)} ms median, far ${median(jumpTimes).toFixed(1)} ms`
		);
		return {
			scale,
			leaders: result.dataset.leaders.length,
			stances,
			sources: result.dataset.sources.sources.length,
			events: result.dataset.events.events.length,
			dataBytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
			validateMs,
			validateJoinMs,
			buildSeconds,
			buildBytes: folderBytes(path.join(dir, 'build')),
			html,
			jsGzipBytes,
			foreignRequests,
			timeToInteractive: timing(tti),
			scrubStep: timing(stepTimes),
			scrubJump: timing(jumpTimes),
			scrubStepCpuMs: stepCpu,
			scrubJumpCpuMs: jumpCpu
		};
	} finally {
		server.kill();
	}
}

async function measureBare(browser: Browser): Promise<BenchResults['bare']> {
	const dir = path.join(SCRATCH, 'bare');
	bareCopy(ROOT, dir);
	const buildSeconds = build(dir, ['node_modules/.bin/vite', 'build']);
	const { origin, server } = await serve(dir);
	try {
		const { gzipBytes } = await routeScripts(browser, origin, '/');
		log(`bare SvelteKit page: ${(gzipBytes / 1024).toFixed(1)} KB of gzipped JavaScript`);
		return { jsGzipBytes: gzipBytes, buildSeconds };
	} finally {
		server.kill();
	}
}

const started = performance.now();
const bundled = readDataDir('data');
const browser = await launchChromium();
let results: BenchResults;
try {
	const bare = await measureBare(browser);
	const measured: SizeResult[] = [];
	for (const scale of sizes) measured.push(await measureSize(browser, bundled, scale));
	results = {
		date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
		machine: { cpus: cpus().length, node: process.version, chromium: browser.version() },
		seed,
		bare,
		sizes: measured
	};
} finally {
	await browser.close();
}

const table = resultsTable(results);
console.log(`\n${table}`);
const foreign = results.sizes.flatMap((s) => s.foreignRequests);
if (foreign.length > 0) console.log(`Requests to another origin: ${foreign.join(', ')}`);
const overBudget = budgetProblems(results);
for (const problem of overBudget) console.error(`Over budget: ${problem}`);
process.exitCode = overBudget.length > 0 || foreign.length > 0 ? 1 : 0;
// --dry: print only, for trying a change without replacing the committed results.
if (process.argv.includes('--dry')) process.exit();
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
writeFileSync('bench/results.md', `# Benchmark results\n\nMade by \`npm run bench\`.\n\n${table}`);
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withTable(readme, table));
log(
	`done in ${((performance.now() - started) / 1000).toFixed(0)} s: bench/results.json, bench/results.md, README.md`
);
