import { compareMoments } from '$lib/model/compare';
import type { Dataset } from '$lib/model/schema';
import {
	compareTransition,
	compareViewFromUrl,
	DEFAULT_PAIR,
	nearerDate,
	writeCompareView,
	type CompareAction,
	type CompareView
} from './compare-view';
import type { HistoryMode } from './url';
import { ViewState } from './view-state.svelte';

/**
 * What the compare view shows: two months, a selection, and any notice about the URL, all kept
 * in the URL (`/compare?a=1924-06&b=1929-06&focus=stalin`) so a link reproduces the view and
 * Back works.
 */
export class CompareState extends ViewState<CompareView, CompareAction> {
	// Signals of their own (see `ViewState.view`): selecting someone does not compare the two
	// dates again.
	#a = $state.raw('');
	#b = $state.raw('');
	get a(): string {
		return this.#a;
	}
	get b(): string {
		return this.#b;
	}
	protected viewParts(view: CompareView) {
		this.#a = view.a;
		this.#b = view.b;
	}
	readonly comparison = $derived.by(() => compareMoments(this.dataset, this.a, this.b));

	constructor(dataset: Dataset) {
		super(dataset);
		this.view = { ...DEFAULT_PAIR, selection: null };
	}

	/** Compares in another dataset (one the user opened); read the dates again with `readUrl`. */
	showDataset(dataset: Dataset) {
		this.dataset = dataset;
	}

	setDate(which: 'a' | 'b', month: string, history: HistoryMode = 'commit') {
		this.dispatch({ type: 'date', which, month }, history);
	}

	/** The date a gesture on a time line moves, from its first step to its commit. */
	private moving: 'a' | 'b' | null = null;

	/**
	 * Moves the date nearer to `month` (a pick on a time line that shows both, the storyline): the
	 * one chosen at a gesture's first step moves until it is committed.
	 */
	moveNearer(month: string, history: HistoryMode = 'commit') {
		const which = this.moving ?? nearerDate(this.view, month, this.months);
		this.moving = history === 'transient' ? which : null;
		this.setDate(which, month, history);
	}

	/** Shows the comparison the other way round, as a new history entry. */
	swap() {
		this.dispatch({ type: 'swap' });
	}

	protected transition(view: CompareView, action: CompareAction): CompareView {
		return compareTransition(view, action, this.months);
	}

	protected viewFromUrl(params: URLSearchParams) {
		return compareViewFromUrl(params, this.dataset, this.months);
	}

	protected writeView(params: URLSearchParams, view: CompareView) {
		writeCompareView(params, view);
	}
}
