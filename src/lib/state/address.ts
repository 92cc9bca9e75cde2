import { pushState, replaceState } from '$app/navigation';
import { AddressQueue } from './address-queue';
import { historyStep, type HistoryMode } from './url';

/**
 * Addresses not yet in the address bar, oldest first. Shared by every writer: a later write
 * goes on from the last of them, and an address written at once waits for them.
 */
const queue = new AddressQueue({
	now: () => performance.now(),
	location: () => `${window.location.pathname}${window.location.search}`,
	write(href, push) {
		// Shallow routing on the current page: the path is already resolved.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (push) pushState(href, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else replaceState(href, {});
	},
	later(run, ms) {
		const timer = setTimeout(run, ms);
		return () => clearTimeout(timer);
	}
});
let scheduled = false;

/** Where the address bar is, or will be once the pending addresses are written. */
function currentAddress(): { path: string; search: string } {
	const last = queue.current();
	const query = last.indexOf('?');
	return query < 0
		? { path: last, search: '' }
		: { path: last.slice(0, query), search: last.slice(query) };
}

/**
 * Forgets the pending addresses: the browser went elsewhere (Back, Forward) before they were
 * written. What waited for them runs.
 */
export function dropPendingAddress() {
	queue.drop();
}

/**
 * Writes the pending addresses before the page is left for another: called as a navigation
 * starts (a link, not Back or Forward, which `dropPendingAddress` handles).
 */
export function leavingPage() {
	queue.leave();
}

/**
 * Runs `callback` once the pending addresses are in the address bar, or now if none is pending:
 * the page's title, for one, belongs to the history entry of the month it names.
 */
export function afterAddress(callback: () => void) {
	queue.afterWritten(callback);
}

/**
 * Writes the pending addresses once the frame after this task has been drawn: the history API
 * (and SvelteKit's scroll bookkeeping, which measures the page) then costs the step nothing, and
 * reads a page already laid out.
 */
function settleAfterPaint() {
	if (scheduled) return;
	scheduled = true;
	requestAnimationFrame(() =>
		setTimeout(() => {
			scheduled = false;
			queue.settle();
		})
	);
}

/** Keeps a view's state in the address bar, one history entry per gesture (see `HistoryMode`). */
export class AddressWriter {
	private inGesture = false;

	/**
	 * Writes the view into the current address's parameters with `fill`; `place` may move it to
	 * another path of the same page (a month's own address). `later`: after the next frame is
	 * drawn (a step of the slider, where the picture comes first), in the same history entries.
	 */
	write(
		history: HistoryMode,
		fill: (params: URLSearchParams) => void,
		place: (path: string, params: URLSearchParams) => string = (path, params) =>
			`${path}?${params}`,
		later = false
	) {
		const step = historyStep(this.inGesture, history);
		this.inGesture = step.inGesture;
		const { path, search } = currentAddress();
		// A throwaway copy of the address, not state: nothing reads it reactively.
		const params = new URLSearchParams(search);
		fill(params);
		const href = place(path, params);
		queue.add({ href, push: step.push });
		if (!queue.waiting) return;
		if (later) settleAfterPaint();
		else queue.settle();
	}
}

/**
 * Edits the current address's parameters in place (no new history entry), after the pending
 * addresses: say, to leave out a link's `data=` once the dataset it named is replaced.
 */
export function editAddress(edit: (params: URLSearchParams) => void) {
	const { path, search } = currentAddress();
	// A throwaway copy of the address, not state: nothing reads it reactively.
	const params = new URLSearchParams(search);
	const before = params.toString();
	edit(params);
	const query = params.toString();
	if (query === before) return;
	queue.add({ href: query ? `${path}?${query}` : path, push: false });
	queue.settle();
}
