/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the classroom's pages working offline once loaded: a teacher who opens the presentation
 * on the school's network can lose it and still open the notes window, reload a slide, print the
 * handout or open the /explore views the notes send them to, and a student can finish a practice
 * set. Registered by the presentation and the practice pages only (page/keep-offline.ts). On install
 * the built files and those pages are cached for this version. Built files never change under their
 * names, so they come from the cache; pages come from the network when it answers (so a new
 * dataset shows as soon as it is published) and from the cache when it does not. Only this
 * site's own addresses are ever handled.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `openness-spectrum-${version}`;
const IMMUTABLE = new Set([...build, ...files]);
/**
 * The pages kept for a class offline: the presentation, the pages its notes open (the explore
 * view, with its state in the address, and the corrections log), and practice.
 */
const CLASSROOM = ['/present', '/explore', '/data/changes', '/practice'].map((page) => base + page);
const OFFLINE_PAGES = prerendered.filter((path) =>
	CLASSROOM.some((page) => path === page || path.startsWith(`${page}/`))
);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) => cache.addAll([...IMMUTABLE, ...OFFLINE_PAGES]))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const cached = await cache.match(url.pathname);
		if (cached) return cached;
	}
	try {
		return await fetch(request);
	} catch (error) {
		// Offline: the page as cached at install (a slide's #hash is never sent, so it matches).
		const cached =
			(await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(url.pathname));
		if (cached) return cached;
		throw error;
	}
}
