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
