/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { precachedAddress, precacheList } from '$lib/offline/precache';

// The worker's own global, typed as a service worker's rather than a window's.
const worker = globalThis as unknown as ServiceWorkerGlobalScope;

/** One cache per version of the site: a new version fills its own, then drops the old. */
const CACHE = `factions-${version}`;
const addresses = precacheList(build, files, prerendered);
const stored = new Set(addresses);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(addresses)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The page that installed the first version is served from the cache too, so a lazily
			// loaded part (an exporter) still comes if the network goes in the same visit.
			await worker.clients.claim();
		})()
	);
});

// A waiting version takes over when the page asks (its "Reload" button), never by itself: a
// page must not run the scripts of two versions.
worker.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'activate-update') {
		void worker.skipWaiting();
	}
});

worker.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const answer = precachedAddress(
		new URL(event.request.url),
		worker.location.origin,
		event.request.mode === 'navigate',
		stored,
		new URL(worker.registration.scope).pathname
	);
	if (answer === null) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (answer.networkFirst) {
				try {
					return await fetch(event.request);
				} catch {
					return (await cache.match(answer.address)) ?? Response.error();
				}
			}
			return (await cache.match(answer.address)) ?? fetch(event.request);
		})()
	);
});
