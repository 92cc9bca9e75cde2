/**
 * What the service worker keeps for use without a network, and which kept copy answers a request.
 * Pure: the worker passes in SvelteKit's lists and the request's parts.
 */

/** Files of `static/` that only the README shows: the app never asks for them. */
const notForTheApp = /\/readme\//;

/**
 * The link preview images (`/previews/1926-10.png`, drawn when the site's address is given at
 * build time): one per month, for the sites that show a link, never for the app.
 */
const linkPreview = /\/previews\/[^/]+\.png$/;

/**
 * A month's own page (`/1926-10`) and its data for navigation: hundreds of them, each with its
 * picture. They are not stored: without a network, the explorer's page answers for them, and
 * reads the month from the address.
 */
const monthPage = /\/\d{4}-\d{2}(\/__data\.json)?$/;

/**
 * The addresses to store at install: every file of the build (scripts, styles, workers, the
 * exporters' chunks), every file of `static/` the app uses (the example dataset, the schema, the
 * icons) and every prerendered page and endpoint (the pages, the built-in flip-book and
 * storyline), but for the months' pages and their link preview images. Each address once, in
 * the order given.
 */
export function precacheList(
	build: readonly string[],
	files: readonly string[],
	prerendered: readonly string[]
): string[] {
	const wanted = [
		...build,
		...files.filter((file) => !notForTheApp.test(file)),
		...prerendered.filter((page) => !monthPage.test(page) && !linkPreview.test(page))
	];
	return [...new Set(wanted)];
}

/**
 * The stored address that answers a GET of `url` from this site, or null to leave the request
 * to the network. A page is one file whatever its query (`/?at=1926-10` is `/`), as the app reads
 * the query in the browser; any other address answers only for itself. A month's own page is
 * asked of the network first (`networkFirst`), and answered by the explorer's page `home` when
 * there is none.
 */
export function precachedAddress(
	url: URL,
	origin: string,
	isPage: boolean,
	stored: ReadonlySet<string>,
	home = '/'
): { address: string; networkFirst: boolean } | null {
	if (url.origin !== origin) return null;
	const address = isPage ? url.pathname : url.pathname + url.search;
	if (stored.has(address)) return { address, networkFirst: false };
	if (isPage && monthPage.test(url.pathname) && stored.has(home))
		return { address: home, networkFirst: true };
	return null;
}
