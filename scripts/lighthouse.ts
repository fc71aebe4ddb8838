/**
 * `npm run lighthouse`: Lighthouse's accessibility and best-practices audits on every reader
 * route at phone size (Lighthouse's default mobile emulation), against the built site.
 *
 * Builds first when build/ is missing or older than the sources, serves it with `vite preview`,
 * runs the Lighthouse CLI in the Chromium the tests use, prints each route's two scores and every
 * failing audit with the elements it names, keeps the JSON reports in .test-output/lighthouse/,
 * and exits non-zero when any score is under 100.
 *
 * `npm run lighthouse -- /explore /data` audits only those paths. One leader page stands for all
 * of them (they share one template): the leader with the most stances, whose timelines are the
 * most crowded. LIGHTHOUSE_PORT sets the preview's port (default 4175).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './lib/chromium-args.ts';
import { findChromium } from './lib/find-chromium.ts';
import { startPreview } from './lib/preview-server.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4175);
const OUT = '.test-output/lighthouse';
const CATEGORIES = ['accessibility', 'best-practices'] as const;

/** The leader with the most stances: the busiest leader page. */
function busiestLeader(): string {
	const dir = 'data/leaders';
	const counts = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => {
			const leader = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
				id: string;
				stances?: unknown[];
			};
			return { id: leader.id, stances: leader.stances?.length ?? 0 };
		})
		.sort((a, b) => b.stances - a.stances || a.id.localeCompare(b.id));
	const first = counts[0];
	if (!first) throw new Error(`no leader in ${dir}`);
	return first.id;
}

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

function needsBuild(): boolean {
	const built = 'build/index.html';
	if (!existsSync(built)) return true;
	const sources = ['src', 'data', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
	return Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
}

interface AuditRef {
	id: string;
	weight: number;
}
interface Audit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	details?: { items?: { node?: { selector?: string; snippet?: string; explanation?: string } }[] };
}
interface Report {
	categories: Record<string, { score: number | null; auditRefs: AuditRef[] }>;
	audits: Record<string, Audit>;
	runtimeError?: { code: string; message: string };
}

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const routes = paths.length
	? paths
	: ['/', '/explore', '/data', '/data/changes', `/leaders/${busiestLeader()}`, '/present'];

const found = findChromium();
const chromePath = found?.executablePath ?? (found ? chromium.executablePath() : undefined);
if (!chromePath) {
	console.error('No Chromium found: run `npx tsx scripts/ensure-chromium.ts` (npm test does).');
	process.exit(1);
}

if (needsBuild()) {
	console.log('▶ build/ is missing or older than the sources: npm run build');
	const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

mkdirSync(OUT, { recursive: true });
const { origin, server } = await startPreview(PORT);
let failures = 0;
try {
	for (const route of routes) {
		const name = route.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home';
		const output = `${OUT}/${name}.json`;
		const run = spawnSync(
			'node_modules/.bin/lighthouse',
			[
				`${origin}${route}`,
				`--only-categories=${CATEGORIES.join(',')}`,
				`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
				'--output=json',
				`--output-path=${output}`,
				'--quiet'
			],
			{ stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromePath } }
		);
		if (run.status !== 0 || !existsSync(output)) {
			console.log(`${route}: Lighthouse failed (exit ${run.status})`);
			failures++;
			continue;
		}
		const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
		if (report.runtimeError) {
			console.log(`${route}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
			failures++;
			continue;
		}
		const scores = CATEGORIES.map((id) => {
			const score = report.categories[id]?.score;
			return { id, score: score == null ? null : Math.round(score * 100) };
		});
		const line = scores.map((s) => `${s.id} ${s.score ?? '–'}`).join('  ');
		const ok = scores.every((s) => s.score === 100);
		console.log(`${ok ? '✓' : '✗'} ${route}  ${line}`);
		if (!ok) failures++;
		for (const id of CATEGORIES) {
			for (const ref of report.categories[id]?.auditRefs ?? []) {
				const audit = report.audits[ref.id];
				if (!audit || audit.score === null || audit.score >= 1) continue;
				if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
				console.log(`    ${id}/${audit.id}: ${audit.title}`);
				for (const item of (audit.details?.items ?? []).slice(0, 5)) {
					const node = item.node;
					if (!node) continue;
					console.log(`      ${node.selector ?? ''}  ${node.snippet ?? ''}`.slice(0, 240));
					if (node.explanation)
						console.log(`        ${node.explanation.replace(/\s*\n\s*/g, ' ')}`.slice(0, 240));
				}
			}
		}
	}
} finally {
	server.kill();
}
console.log(
	failures
		? `\n${failures} of ${routes.length} routes under 100 (reports in ${OUT}/)`
		: `\nEvery route scores 100 for ${CATEGORIES.join(' and ')} (reports in ${OUT}/)`
);
process.exit(failures ? 1 : 0);
