/**
 * How the page asks a worker to run the draft's check, so typing never waits for the validator.
 * Generic over the check function: the page posts `{ id, args }`, the worker answers
 * `{ id, result }` or `{ id, error }` (and `{ ready: true }` once its module has loaded).
 *
 * The client debounces requests, keeps one in flight at a time (a newer request waits for it,
 * replacing any other waiting one) and passes on only the answer to the latest request: an answer
 * to anything older is dropped. Both sides take a minimal port, so they are tested without a worker.
 */

/** What the page posts: the arguments of one call of the check function. */
export interface CheckRequest<Args extends unknown[]> {
	id: number;
	args: Args;
}

/** What the worker posts back. */
export type CheckAnswer<Result> =
	{ ready: true } | { id: number; result: Result } | { id: number; error: string };

/** The page's side of a worker: `Worker` fits. */
export interface ClientPort<Args extends unknown[], Result> {
	postMessage(message: CheckRequest<Args>): void;
	addEventListener(type: 'message', listener: (event: { data: CheckAnswer<Result> }) => void): void;
	addEventListener(type: 'error' | 'messageerror', listener: (event: unknown) => void): void;
	terminate?(): void;
}

/** The worker's side: its global scope fits. */
export interface WorkerScope<Args extends unknown[], Result> {
	postMessage(message: CheckAnswer<Result>): void;
	addEventListener(type: 'message', listener: (event: { data: CheckRequest<Args> }) => void): void;
}

/** 'loading' until the worker says it is up; 'failed' when it could not load or crashed. */
export type CheckerState = 'loading' | 'ready' | 'failed';

/** Runs `check` for every request posted to `scope`, answering with its result or its error. */
export function serveChecks<Args extends unknown[], Result>(
	scope: WorkerScope<Args, Result>,
	check: (...args: Args) => Result
): void {
	scope.addEventListener('message', ({ data }) => {
		try {
			scope.postMessage({ id: data.id, result: check(...data.args) });
		} catch (error) {
			scope.postMessage({
				id: data.id,
				error: error instanceof Error ? error.message : String(error)
			});
		}
	});
	scope.postMessage({ ready: true });
}

export interface CheckClientOptions<Result> {
	/** The answer to the latest request. */
	onresult: (result: Result) => void;
	/** The latest request failed in the worker (the check threw, or the answer would not clone). */
	onerror: (message: string) => void;
	/** The worker loaded, or failed to. */
	onstate: (state: CheckerState) => void;
	/** Waits this long after the last request before posting it. */
	delayMs: number;
	/** For tests: the timer functions. */
	timers?: {
		set: (run: () => void, ms: number) => unknown;
		clear: (timer: unknown) => void;
	};
}

/** The page's side of the protocol: `request` as often as the text changes. */
export class CheckClient<Args extends unknown[], Result> {
	readonly #port: ClientPort<Args, Result>;
	readonly #options: CheckClientOptions<Result>;
	readonly #timers: NonNullable<CheckClientOptions<Result>['timers']>;
	#state: CheckerState = 'loading';
	#lastId = 0;
	/** The request the worker is running, if any. */
	#inFlight: number | null = null;
	/** The latest request, not yet posted (the debounce is running, or one is in flight). */
	#waiting: CheckRequest<Args> | null = null;
	#timer: unknown = null;

	constructor(port: ClientPort<Args, Result>, options: CheckClientOptions<Result>) {
		this.#port = port;
		this.#options = options;
		this.#timers = options.timers ?? {
			set: (run, ms) => setTimeout(run, ms),
			clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)
		};
		port.addEventListener('message', ({ data }) => this.#answer(data));
		const fail = () => this.#setState('failed');
		port.addEventListener('error', fail);
		port.addEventListener('messageerror', fail);
	}

	get state(): CheckerState {
		return this.#state;
	}

	/**
	 * Asks for a check with `args`, replacing any request not yet posted. `now`: post it without
	 * waiting for the debounce (the first check of a restored draft).
	 */
	request(args: Args, now = false): void {
		this.#waiting = { id: ++this.#lastId, args };
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
		if (now) this.#flush();
		else
			this.#timer = this.#timers.set(() => {
				this.#timer = null;
				this.#flush();
			}, this.#options.delayMs);
	}

	/** Stops the worker; nothing is reported after this. */
	dispose(): void {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
		this.#waiting = null;
		this.#state = 'failed';
		this.#port.terminate?.();
	}

	/** Posts the waiting request, unless the worker is busy or not up yet. */
	#flush(): void {
		const next = this.#waiting;
		if (next === null || this.#inFlight !== null || this.#state !== 'ready') return;
		if (this.#timer !== null) return;
		this.#waiting = null;
		this.#inFlight = next.id;
		this.#port.postMessage(next);
	}

	#answer(data: CheckAnswer<Result>): void {
		if ('ready' in data) {
			this.#setState('ready');
			this.#flush();
			return;
		}
		if (data.id === this.#inFlight) this.#inFlight = null;
		// Only the answer to the latest request counts: a newer one makes this one stale.
		if (data.id === this.#lastId) {
			if ('error' in data) this.#options.onerror(data.error);
			else this.#options.onresult(data.result);
		}
		this.#flush();
	}

	#setState(state: CheckerState): void {
		if (this.#state === state || this.#state === 'failed') return;
		this.#state = state;
		this.#options.onstate(state);
	}
}
