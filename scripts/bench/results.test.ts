import { describe, expect, it } from 'vitest';
import {
	budgetProblems,
	HTML_ROUTES,
	resultsTable,
	withTable,
	type BenchResults,
	type SizeResult
} from './results.ts';

const timing = (median: number) => ({ median, p95: median * 2, max: median * 3, samples: 60 });
const size = (scale: number): SizeResult => ({
	scale,
	leaders: 7 * Math.sqrt(scale),
	stances: 26 * scale,
	sources: 13 * scale,
	events: 11,
	dataBytes: 40_000 * scale,
	validateMs: 2 * scale,
	validateJoinMs: 3 * scale,
	buildSeconds: 6,
	buildBytes: 1_000_000 * scale,
	html: { '/explore': { bytes: 100_000 * scale, gzipBytes: 20_000 * scale } },
	jsGzipBytes: { '/explore': 70 * 1024 },
	foreignRequests: [],
	timeToInteractive: timing(400),
	scrubStep: timing(5 * scale),
	scrubJump: timing(8),
	scrubStepCpuMs: 4,
	scrubJumpCpuMs: 6
});
const results: BenchResults = {
	date: '2026-11-29 09:00 UTC',
	machine: { cpus: 2, node: 'v20', chromium: '156' },
	seed: 1,
	bare: { jsGzipBytes: 28 * 1024, buildSeconds: 3 },
	sizes: [size(1), size(100)]
};

describe('resultsTable', () => {
	const table = resultsTable(results);
	const row = (label: string) => table.split('\n').find((l) => l.startsWith(`| ${label} |`));

	it('gives each size a column with its ratio to 1x, and the growth exponent', () => {
		expect(row('validation')).toBe('| validation | 2.0 ms | 200 ms (×100) | n^1.00 |');
		expect(row('build (validate + vite build)')).toContain('| n^0.00 |');
	});

	it('says whether any route requested another origin', () => {
		expect(table).toContain('No route made a request to another origin.');
	});

	it('compares JavaScript with the bare page', () => {
		expect(row('/explore JS gzipped')).toBe(
			'| /explore JS gzipped | 70 KB (×2.5 bare) | 70 KB (×2.5 bare, ×1.0) | n^0.00 |'
		);
	});
});

describe('withTable', () => {
	it('replaces what lies between the bench markers, and nothing else', () => {
		const readme = 'before\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n';
		expect(withTable(readme, 'new\n')).toBe(
			'before\n<!-- bench:start -->\n\nnew\n\n<!-- bench:end -->\nafter\n'
		);
		expect(withTable('no markers', 'new')).toBe('no markers');
	});
});

describe('budgetProblems', () => {
	const weighed = (gzipKb: number): SizeResult => ({
		...size(100),
		html: Object.fromEntries(
			HTML_ROUTES.map((route) => [route, { bytes: gzipKb * 8 * 1024, gzipBytes: gzipKb * 1024 }])
		)
	});

	it('passes pages within the budget', () => {
		expect(budgetProblems({ ...results, sizes: [weighed(300)] })).toEqual([]);
	});

	it('names every route over the budget, at its size', () => {
		const problems = budgetProblems({ ...results, sizes: [weighed(301)] });
		expect(problems).toHaveLength(HTML_ROUTES.length);
		expect(problems[0]).toBe('100x: / HTML is 301 KB gzipped, over 300 KB');
	});

	it('counts a route left unweighed as a problem, not a pass', () => {
		expect(budgetProblems(results)).toContain('1x: /data was not weighed');
	});
});
