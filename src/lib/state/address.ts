import { pushState, replaceState } from '$app/navigation';
import { pendingAfter, type PendingAddress } from './pending-address';
import { historyStep, type HistoryMode } from './url';

/**
 * Addresses written `later`, not yet in the address bar, oldest first. Shared by every writer:
 * a later write goes on from the last of them, and an address written at once waits for them.
 */
let pending: PendingAddress[] = [];
let scheduled = false;
/** What waits for the pending addresses to be written (see `afterAddress`). */
let waiting: (() => void)[] = [];

/** Where the address bar is, or will be once the pending addresses are written. */
function currentAddress(): { path: string; search: string } {
	const last = pending.at(-1)?.href ?? `${window.location.pathname}${window.location.search}`;
	const query = last.indexOf('?');
	return query < 0
		? { path: last, search: '' }
		: { path: last.slice(0, query), search: last.slice(query) };
}

/** Writes the pending addresses, in order, now. */
export function settleAddress() {
	const writes = pending;
	pending = [];
	for (const { href, push } of writes) goTo(href, push);
	runWaiting();
}

/**
 * Forgets the pending addresses: the browser went elsewhere (Back, Forward) before they were
 * written. What waited for them runs.
 */
export function dropPendingAddress() {
	pending = [];
	runWaiting();
}

function runWaiting() {
	const callbacks = waiting;
	waiting = [];
	for (const callback of callbacks) callback();
}

/**
 * Runs `callback` once the pending addresses are in the address bar, or now if none is pending:
 * the page's title, for one, belongs to the history entry of the month it names.
 */
export function afterAddress(callback: () => void) {
	if (pending.length) waiting.push(callback);
	else callback();
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
			settleAddress();
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
		if (later) {
			pending = pendingAfter(pending, { href, push: step.push }, `${path}${search}`);
			if (pending.length) settleAfterPaint();
			return;
		}
		settleAddress();
		goTo(href, step.push);
	}
}

/**
 * Puts `params` in the address bar of the current page, as a new history entry (`push`) or in
 * place, and does nothing if the address would not change.
 */
export function updateAddress(params: URLSearchParams, push: boolean) {
	settleAddress();
	goTo(`${window.location.pathname}?${params}`, push);
}

function goTo(href: string, push: boolean) {
	const now = `${window.location.pathname}${window.location.search}`;
	if (href === now || href === `${now}?`) return;
	// Shallow routing on the current page: the path is already resolved.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	if (push) pushState(href, {});
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	else replaceState(href, {});
}
