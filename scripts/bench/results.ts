/**
 * The benchmark's results: their shape (what bench/results.json holds) and the Markdown table
 * made from them, with each figure's ratio to the bare page or to 1x and its growth exponent.
 */
import { growthExponent } from './stats.ts';

export interface Timing {
	median: number;
	p95: number;
	max: number;
	samples: number;
}

export interface SizeResult {
	scale: number;
	leaders: number;
	stances: number;
	sources: number;
	events: number;
	/** Bytes of every data file together. */
	dataBytes: number;
	/** validateDataset over every file, median of runs (ms). */
	validateMs: number;
	/** Validation and join (what the build does, three times: CLI, Vite plugin, page loader) (ms). */
	validateJoinMs: number;
	/** `npm run build` (validate, then vite build with prerendering), wall clock (s). */
	buildSeconds: number;
	/** Bytes of everything the build wrote. */
	buildBytes: number;
	/** Bytes of a route's prerendered HTML, raw and gzipped. */
	html: Record<string, { bytes: number; gzipBytes: number }>;
	/** Gzipped JavaScript each route loads. */
	jsGzipBytes: Record<string, number>;
	/** Requests to another origin, on any route (must be none). */
	foreignRequests: string[];
	/** Navigation start to `.charts[data-ready]` on /explore (ms). */
	timeToInteractive: Timing;
	/** Range moved one month at a time: input to end of frame (ms). */
	scrubStep: Timing;
	/** Range moved to random months: input to end of frame (ms). */
	scrubJump: Timing;
	/** Main-thread CPU per one-month move, mean (ms): robust to a busy machine. */
	scrubStepCpuMs: number;
	/** Main-thread CPU per move to a random month, mean (ms). */
	scrubJumpCpuMs: number;
}

export interface BenchResults {
	date: string;
	machine: { cpus: number; node: string; chromium: string };
	seed: number;
	bare: { jsGzipBytes: number; buildSeconds: number };
	sizes: SizeResult[];
}

const kb = (bytes: number) =>
	bytes >= 10 * 1024 * 1024
		? `${(bytes / 1024 / 1024).toFixed(0)} MB`
		: `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const times = (ratio: number) => `×${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio)}`;

/** Reader routes whose prerendered HTML the benchmark weighs. */
export const HTML_ROUTES = ['/', '/explore', '/data', '/present', '/leaders/<id>'] as const;

/** No reader route's HTML, gzipped, may pass this at any size (issue: pages that scale). */
export const HTML_BUDGET_GZIP_BYTES = 300 * 1024;

/**
 * Every way the results break a byte budget, as sentences ("100x: / is 310 KB gzipped, over 300
 * KB"); empty when none does. Bytes are exact, so the benchmark fails on them; times are noisy
 * on a shared machine, so they are reported, not enforced.
 */
export function budgetProblems(results: BenchResults): string[] {
	return results.sizes.flatMap((size) =>
		HTML_ROUTES.flatMap((route) => {
			const gzip = size.html[route]?.gzipBytes;
			if (gzip === undefined) return [`${size.scale}x: ${route} was not weighed`];
			return gzip > HTML_BUDGET_GZIP_BYTES
				? [
						`${size.scale}x: ${route} HTML is ${kb(gzip)} gzipped, over ${kb(HTML_BUDGET_GZIP_BYTES)}`
					]
				: [];
		})
	);
}

interface Row {
	label: string;
	value: (s: SizeResult) => number;
	format: (n: number) => string;
	/** A second figure to show beside the value, e.g. its ratio to the bare page. */
	note?: (s: SizeResult) => string;
}

function rows(results: BenchResults): Row[] {
	const bare = results.bare.jsGzipBytes;
	const routes = Object.keys(results.sizes[0]?.jsGzipBytes ?? {});
	return [
		{ label: 'data files', value: (s) => s.dataBytes, format: kb },
		{ label: 'validation', value: (s) => s.validateMs, format: ms },
		{ label: 'validation + join', value: (s) => s.validateJoinMs, format: ms },
		{
			label: 'build (validate + vite build)',
			value: (s) => s.buildSeconds,
			format: (n) => `${n.toFixed(1)} s`
		},
		{ label: 'build output', value: (s) => s.buildBytes, format: kb },
		...HTML_ROUTES.flatMap((route): Row[] => [
			{ label: `${route} HTML`, value: (s) => s.html[route]?.bytes ?? 0, format: kb },
			{ label: `${route} HTML gzipped`, value: (s) => s.html[route]?.gzipBytes ?? 0, format: kb }
		]),
		...routes.map((route): Row => ({
			label: `${route} JS gzipped`,
			value: (s) => s.jsGzipBytes[route] ?? 0,
			format: kb,
			note: (s) => `${times((s.jsGzipBytes[route] ?? 0) / bare)} bare`
		})),
		{
			label: '/explore time to interactive (median)',
			value: (s) => s.timeToInteractive.median,
			format: ms
		},
		{ label: 'scrub one month: median', value: (s) => s.scrubStep.median, format: ms },
		{ label: 'scrub one month: p95', value: (s) => s.scrubStep.p95, format: ms },
		{
			label: 'scrub one month: main-thread CPU (mean)',
			value: (s) => s.scrubStepCpuMs,
			format: ms
		},
		{ label: 'scrub far (random month): median', value: (s) => s.scrubJump.median, format: ms },
		{ label: 'scrub far (random month): p95', value: (s) => s.scrubJump.p95, format: ms },
		{
			label: 'scrub far (random month): main-thread CPU (mean)',
			value: (s) => s.scrubJumpCpuMs,
			format: ms
		}
	];
}

/**
 * The results as a Markdown table: one column per size, each figure with its ratio to 1x (or to
 * the bare page, for JavaScript), and the growth exponent from the smallest size to the largest
 * (1 = linear, below 1 better than linear, above 1 worse).
 */
export function resultsTable(results: BenchResults): string {
	const sizes = results.sizes;
	const base = sizes[0];
	const top = sizes.at(-1);
	if (!base || !top) return '';
	const head = [
		'',
		...sizes.map((s) => `${s.scale}x: ${s.leaders} leaders, ${s.stances} stances`),
		`growth ${base.scale}x→${top.scale}x`
	];
	const lines = [
		`| ${head.join(' | ')} |`,
		`| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`
	];
	for (const row of rows(results)) {
		const cells = sizes.map((s) => {
			const value = row.value(s);
			const notes = [row.note?.(s), s === base ? undefined : `${times(value / row.value(base))}`];
			const note = notes.filter((n) => n !== undefined).join(', ');
			return `${row.format(value)}${note ? ` (${note})` : ''}`;
		});
		const k = growthExponent(
			{ size: base.stances, cost: row.value(base) },
			{ size: top.stances, cost: row.value(top) }
		);
		lines.push(
			`| ${row.label} | ${cells.join(' | ')} | ${Number.isFinite(k) ? `n^${k.toFixed(2)}` : '–'} |`
		);
	}
	const bare = `Bare SvelteKit page built the same way: ${kb(results.bare.jsGzipBytes)} of gzipped JavaScript.`;
	const machine = `${results.date}, ${results.machine.cpus} CPUs (shared with other work: times are noisy), Node ${results.machine.node}, Chromium ${results.machine.chromium}, seed ${results.seed}.`;
	const foreign = results.sizes.flatMap((s) => s.foreignRequests);
	const requests =
		foreign.length === 0
			? 'No route made a request to another origin.'
			: `Requests to another origin: ${foreign.join(', ')}.`;
	return `${lines.join('\n')}\n\n${bare} ${requests} Growth is the exponent k in cost ∝ stances^k. Measured ${machine}\n`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** `readme` with the text between the bench markers replaced by `table`; unchanged without them. */
export function withTable(readme: string, table: string): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) return readme;
	return `${readme.slice(0, start + START.length)}\n\n${table}\n${readme.slice(end)}`;
}
