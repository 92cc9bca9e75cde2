import type { Dataset } from '$lib/model/schema';
import type { Selection } from './selection';

/**
 * `commit`: the user has settled on this view (a key press, a click, the end of a drag or of
 * playback). `transient`: one step of a drag or of playback. A gesture's first step makes one
 * history entry and the rest rewrite it, so Back returns to where the gesture began.
 */
export type HistoryMode = 'commit' | 'transient';

/**
 * How one write of the address goes: as a new history entry (`push`) or in place, and whether
 * a gesture is under way after it. Only a gesture's first step (or a commit outside one)
 * pushes; a commit ends the gesture.
 */
export function historyStep(
	inGesture: boolean,
	history: HistoryMode
): { push: boolean; inGesture: boolean } {
	return { push: !inGesture, inGesture: history === 'transient' };
}

/**
 * The person (`focus=`) or alliance (`alliance=`) a URL selects. An id the dataset does not
 * know selects nothing and adds a notice for the user.
 */
export function selectionFromParams(
	params: URLSearchParams,
	dataset: Dataset,
	notices: string[]
): Selection {
	const focus = params.get('focus');
	const alliance = params.get('alliance');
	if (focus !== null) {
		if (dataset.people.some((p) => p.id === focus)) return { kind: 'person', id: focus };
		notices.push(`No person "${focus}" in this dataset: nothing is selected.`);
	} else if (alliance !== null) {
		if (dataset.alliances.some((a) => a.id === alliance)) return { kind: 'alliance', id: alliance };
		notices.push(`No alliance "${alliance}" in this dataset: nothing is selected.`);
	}
	return null;
}

/** Writes a selection into URL parameters, replacing any earlier one. */
export function writeSelection(params: URLSearchParams, selection: Selection) {
	params.delete('focus');
	params.delete('alliance');
	if (selection?.kind === 'person') params.set('focus', selection.id);
	if (selection?.kind === 'alliance') params.set('alliance', selection.id);
}

/**
 * The explorer's address at `month`, with `selection` selected: `/?at=1926-10&focus=stalin`.
 * `path` is the explorer's resolved path.
 */
export function explorerHref(path: string, month: string, selection: Selection = null): string {
	const params = new URLSearchParams({ at: month });
	writeSelection(params, selection);
	return `${path}?${params}`;
}

/** The compare view's address for two months: `/compare?a=1924-06&b=1929-06`. */
export function compareHref(path: string, a: string, b: string): string {
	return `${path}?${new URLSearchParams({ a, b })}`;
}

/** The months with a page of their own (`/1926-10`), and where the explorer lives otherwise. */
export interface MonthPages {
	/** The explorer's own path, where a month without a page is shown with `?at=`. */
	home: string;
	has(month: string): boolean;
	pathOf(month: string): string;
}

const withParams = (path: string, params: URLSearchParams) => {
	const query = params.toString();
	return query ? `${path}?${query}` : path;
};

/** The month a path names as its own page (`/1926-10` gives `1926-10`), or `null`. */
export function monthOfPath(pathname: string): string | null {
	return /\/(\d{4}-(?:0[1-9]|1[0-2]))\/?$/.exec(pathname)?.[1] ?? null;
}

/**
 * Where the explorer writes its view. On a month's own page the month stays in the path: the
 * page of the new month when it has one (`/1926-11?focus=stalin`), else the explorer's home with
 * `?at=`. Elsewhere the path stays and the month is `?at=`.
 */
export function explorerPlace(path: string, params: URLSearchParams, pages: MonthPages): string {
	if (monthOfPath(path) === null) return withParams(path, params);
	const month = params.get('at');
	if (month === null || !pages.has(month)) return withParams(pages.home, params);
	const rest = new URLSearchParams(params);
	rest.delete('at');
	return withParams(pages.pathOf(month), rest);
}

/** An address's parameters, with the month its path names as `at` unless it names one itself. */
export function explorerParams(url: URL): URLSearchParams {
	const month = monthOfPath(url.pathname);
	if (month === null || url.searchParams.has('at')) return url.searchParams;
	const params = new URLSearchParams(url.searchParams);
	params.set('at', month);
	return params;
}

/**
 * Whether an address asks the explorer for something other than `month` with everyone shown,
 * as a month's first picture shows it: another date, a dataset, a filter or a presentation.
 */
export function asksForAnotherView(url: URL, month: string): boolean {
	const at = explorerParams(url).get('at');
	return (
		(at !== null && at !== month) ||
		['data', 'show', 'story', 'step'].some((key) => url.searchParams.has(key))
	);
}

/** Whether an address asks the compare view for other dates (or data) than `a` against `b`. */
export function asksForAnotherPair(url: URL, a: string, b: string): boolean {
	const params = url.searchParams;
	return (params.get('a') ?? a) !== a || (params.get('b') ?? b) !== b || params.has('data');
}
