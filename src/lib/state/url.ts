import { pushState, replaceState } from '$app/navigation';
import type { Selection } from '$lib/state/selection';
import type { Dataset } from '$lib/model/schema';

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
 * `commit`: the user has settled on this view (a key press, a click, the end of a drag or of
 * playback). `transient`: one step of a drag or of playback. A gesture's first step makes one
 * history entry and the rest rewrite it, so Back returns to where the gesture began.
 */
export type HistoryMode = 'commit' | 'transient';

/** Keeps a view's state in the address bar, one history entry per gesture (see `HistoryMode`). */
export class AddressWriter {
	private inGesture = false;

	/** Writes the view into the current address's parameters with `fill`. */
	write(history: HistoryMode, fill: (params: URLSearchParams) => void) {
		const push = !this.inGesture;
		this.inGesture = history === 'transient';
		// A throwaway copy of the address, not state: nothing reads it reactively.
		const params = new URLSearchParams(window.location.search);
		fill(params);
		updateAddress(params, push);
	}
}

/**
 * Puts `params` in the address bar of the current page, as a new history entry (`push`) or in
 * place, and does nothing if the address would not change.
 */
export function updateAddress(params: URLSearchParams, push: boolean) {
	const href = `${window.location.pathname}?${params}`;
	if (href === `${window.location.pathname}${window.location.search}`) return;
	// Shallow routing on the current page: the path is already resolved.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	if (push) pushState(href, {});
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	else replaceState(href, {});
}
