import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/lib/read-data-dir.ts';
import {
	CheckClient,
	serveChecks,
	type CheckAnswer,
	type CheckRequest,
	type CheckerState
} from './check-protocol.ts';
import { checkChangeset } from './desk-check.ts';

type Args = [text: string];

/** A worker that answers only when told to, in any order. */
function fakeWorker() {
	const posted: CheckRequest<Args>[] = [];
	const listeners = new Map<string, ((event: { data: CheckAnswer<string> }) => void)[]>();
	return {
		posted,
		port: {
			postMessage: (message: CheckRequest<Args>) => posted.push(message),
			addEventListener: (type: string, listener: (event: { data: CheckAnswer<string> }) => void) =>
				listeners.set(type, [...(listeners.get(type) ?? []), listener])
		},
		send(data: CheckAnswer<string>) {
			for (const listener of listeners.get('message') ?? []) listener({ data });
		},
		crash() {
			for (const listener of listeners.get('error') ?? []) listener({ data: { ready: true } });
		}
	};
}

/** Timers run by hand. */
function manualTimers() {
	const pending = new Map<number, () => void>();
	let next = 0;
	return {
		timers: {
			set: (run: () => void) => {
				pending.set(++next, run);
				return next;
			},
			clear: (timer: unknown) => pending.delete(timer as number)
		},
		runAll() {
			const runs = [...pending.values()];
			pending.clear();
			for (const run of runs) run();
		},
		get count() {
			return pending.size;
		}
	};
}

function setup() {
	const worker = fakeWorker();
	const clock = manualTimers();
	const results: string[] = [];
	const errors: string[] = [];
	const states: CheckerState[] = [];
	const client = new CheckClient<Args, string>(worker.port, {
		delayMs: 300,
		timers: clock.timers,
		onresult: (r) => results.push(r),
		onerror: (e) => errors.push(e),
		onstate: (s) => states.push(s)
	});
	return { worker, clock, results, errors, states, client };
}

describe('CheckClient', () => {
	it('waits for the worker to be ready, then posts only the latest request', () => {
		const { worker, clock, states, client } = setup();
		client.request(['a']);
		client.request(['ab']);
		expect(clock.count).toBe(1);
		clock.runAll();
		expect(worker.posted).toEqual([]);
		expect(client.state).toBe('loading');
		worker.send({ ready: true });
		expect(states).toEqual(['ready']);
		expect(worker.posted).toEqual([{ id: 2, args: ['ab'] }]);
	});

	it('posts at once when asked, without the debounce', () => {
		const { worker, client } = setup();
		worker.send({ ready: true });
		client.request(['now'], true);
		expect(worker.posted).toEqual([{ id: 1, args: ['now'] }]);
	});

	it('keeps one request in flight, and drops the answer a newer request made stale', () => {
		const { worker, clock, results, client } = setup();
		worker.send({ ready: true });
		client.request(['a'], true);
		client.request(['ab']);
		clock.runAll();
		client.request(['abc']);
		clock.runAll();
		// Still only the first: the others wait for its answer, the latest replacing the rest.
		expect(worker.posted.map((r) => r.id)).toEqual([1]);
		worker.send({ id: 1, result: 'checked a' });
		expect(results).toEqual([]);
		expect(worker.posted.map((r) => r.id)).toEqual([1, 3]);
		worker.send({ id: 3, result: 'checked abc' });
		expect(results).toEqual(['checked abc']);
	});

	it('reports an error only for the latest request', () => {
		const { worker, results, errors, client } = setup();
		worker.send({ ready: true });
		client.request(['bad'], true);
		worker.send({ id: 1, error: 'it threw' });
		expect(errors).toEqual(['it threw']);
		expect(results).toEqual([]);
		client.request(['x'], true);
		worker.send({ id: 2, result: 'fine' });
		expect(results).toEqual(['fine']);
	});

	it('says it failed when the worker does not load, and never posts', () => {
		const { worker, clock, states, client } = setup();
		worker.crash();
		client.request(['a'], true);
		clock.runAll();
		worker.send({ ready: true });
		expect(states).toEqual(['failed']);
		expect(client.state).toBe('failed');
		expect(worker.posted).toEqual([]);
	});
});

describe('serveChecks', () => {
	function scope() {
		const answers: CheckAnswer<number>[] = [];
		let listener: ((event: { data: CheckRequest<Args> }) => void) | undefined;
		return {
			answers,
			scope: {
				postMessage: (m: CheckAnswer<number>) => answers.push(m),
				addEventListener: (_: 'message', l: typeof listener) => (listener = l)
			},
			ask: (data: CheckRequest<Args>) => listener?.({ data })
		};
	}

	it('says it is ready, then answers each request with its id', () => {
		const worker = scope();
		serveChecks(worker.scope, (text: string) => text.length);
		worker.ask({ id: 7, args: ['four'] });
		expect(worker.answers).toEqual([{ ready: true }, { id: 7, result: 4 }]);
	});

	it('answers a check that throws with its message', () => {
		const worker = scope();
		serveChecks(worker.scope, (text: string) => {
			if (text === '') throw new Error('nothing to check');
			return 1;
		});
		worker.ask({ id: 1, args: [''] });
		expect(worker.answers.at(-1)).toEqual({ id: 1, error: 'nothing to check' });
	});
});

describe("the desk's check across postMessage", () => {
	it('survives a structured clone whole, joined dataset included', () => {
		const data = readDataDir('data');
		const dario = data.find((f) => f.path === 'data/leaders/dario-amodei.json')?.text ?? '';
		const outcome = checkChangeset(data, [{ key: 'a', text: dario, chosen: '' }]);
		expect(outcome.dataset).toBeDefined();
		expect(outcome.published).toBeDefined();
		// structuredClone throws on functions and drops class prototypes: equal means nothing was lost.
		expect(structuredClone(outcome)).toEqual(outcome);
	});
});
