import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';

/**
 * SvelteKit's route announcer is the one element with a style attribute, written by SvelteKit
 * itself (sveltejs/kit#11993). Its exact value is allowed by hash, so no other inline style can
 * apply; the browser tests fail on any refusal, so a change of it in SvelteKit is caught.
 */
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

/**
 * The Content Security Policy of every page. Prerendered pages carry it in a meta tag, with the
 * hash of SvelteKit's inline start-up script: no other inline script or style runs. Datasets may
 * be fetched from any https host (`?data=`), and from a local server over http for testing.
 */
const csp = {
	mode: 'hash',
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self'],
		'style-src-attr': ['unsafe-hashes', announcerHash],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
		'worker-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		prerender: {
			handleHttpError: 'fail',
			// Link preview images are drawn only when the site's address is given at build time
			// (FACTIONS_SITE_URL); any other route left unbuilt is an error.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.every((route) => route.startsWith('/previews/'))) return;
				throw new Error(message);
			}
		},
		csp,
		// The page registers it itself, to tell the user when a new version waits.
		serviceWorker: { register: false }
	}
};

export default config;
