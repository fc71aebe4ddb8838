/**
 * The classroom's pages keep working offline once loaded (a classroom's network can drop). Only
 * the presentation, its notes window and the practice pages register the service worker that
 * makes this so: a reader of any other page never downloads them in the background.
 */
import { base } from '$lib/base-path';
import { dev } from '$app/environment';

export function keepOffline(): void {
	// In development SvelteKit serves the worker as a module; the build makes a classic script.
	void navigator.serviceWorker
		?.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
		.catch(() => {
			// No offline copy (private windows can refuse): the presentation works online as before.
		});
}
