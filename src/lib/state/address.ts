import { pushState, replaceState } from '$app/navigation';
import { historyStep, type HistoryMode } from './url';

/** Keeps a view's state in the address bar, one history entry per gesture (see `HistoryMode`). */
export class AddressWriter {
	private inGesture = false;

	/**
	 * Writes the view into the current address's parameters with `fill`; `place` may move it to
	 * another path of the same page (a month's own address).
	 */
	write(
		history: HistoryMode,
		fill: (params: URLSearchParams) => void,
		place: (path: string, params: URLSearchParams) => string = (path, params) => `${path}?${params}`
	) {
		const step = historyStep(this.inGesture, history);
		this.inGesture = step.inGesture;
		// A throwaway copy of the address, not state: nothing reads it reactively.
		const params = new URLSearchParams(window.location.search);
		fill(params);
		goTo(place(window.location.pathname, params), step.push);
	}
}

/**
 * Puts `params` in the address bar of the current page, as a new history entry (`push`) or in
 * place, and does nothing if the address would not change.
 */
export function updateAddress(params: URLSearchParams, push: boolean) {
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
