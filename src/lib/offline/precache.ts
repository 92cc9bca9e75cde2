/**
 * What the service worker keeps for use without a network, and which kept copy answers a request.
 * Pure: the worker passes in SvelteKit's lists and the request's parts.
 */

/** Files of `static/` that only the README shows: the app never asks for them. */
const notForTheApp = /\/readme\//;

/**
 * The addresses to store at install: every file of the build (scripts, styles, workers, the
 * exporters' chunks), every file of `static/` the app uses (the example dataset, the schema, the
 * icons) and every prerendered page and endpoint (the pages, the built-in flip-book and
 * storyline). Each address once, in the order given.
 */
export function precacheList(
	build: readonly string[],
	files: readonly string[],
	prerendered: readonly string[]
): string[] {
	const wanted = [...build, ...files.filter((file) => !notForTheApp.test(file)), ...prerendered];
	return [...new Set(wanted)];
}

/**
 * The stored address that answers a GET of `url` from this site, or null to leave the request
 * to the network. A page is one file whatever its query (`/?at=1926-10` is `/`), as the app reads
 * the query in the browser; any other address answers only for itself.
 */
export function precachedAddress(
	url: URL,
	origin: string,
	isPage: boolean,
	stored: ReadonlySet<string>
): string | null {
	if (url.origin !== origin) return null;
	const address = isPage ? url.pathname : url.pathname + url.search;
	return stored.has(address) ? address : null;
}
