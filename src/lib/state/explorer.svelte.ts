import { pushState, replaceState } from '$app/navigation';
import type { Dataset } from '$lib/model/schema';
import { snapshotAt } from '$lib/model/snapshot';
import { monthsBetween } from '$lib/model/time';
import { monthFromParam } from './moment';

export type HistoryMode = 'push' | 'replace' | 'none';

/**
 * What the explorer shows: the month, the selected person, and any notice about the URL.
 * The month lives in the URL (`?at=1926-10`) so that a link reproduces the view and Back works.
 */
export class ExplorerState {
	readonly dataset: Dataset;
	readonly months: string[];
	readonly defaultMonth: string;
	month = $state('');
	notice = $state<string | null>(null);
	readonly snapshot = $derived.by(() => snapshotAt(this.dataset, this.month));

	constructor(dataset: Dataset, defaultMonth: string) {
		this.dataset = dataset;
		this.months = monthsBetween(dataset.meta.start, dataset.meta.end);
		this.defaultMonth = defaultMonth;
		this.month = defaultMonth;
	}

	get index(): number {
		return this.months.indexOf(this.month);
	}

	/** Takes the month from a URL, as on first load or after Back. */
	readUrl(url: URL) {
		const { month, problem } = monthFromParam(
			url.searchParams.get('at'),
			this.dataset,
			this.defaultMonth
		);
		this.month = month;
		this.notice = problem ?? null;
	}

	/** Shows `month`, writing it to the URL as a new history entry or in place. */
	setMonth(month: string, history: HistoryMode = 'push') {
		if (!this.months.includes(month) || month === this.month) {
			if (history === 'push') this.writeUrl('push');
			return;
		}
		this.month = month;
		this.writeUrl(history);
	}

	writeUrl(history: HistoryMode) {
		if (history === 'none') return;
		// A throwaway copy of the address, not state: nothing reads it reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(window.location.search);
		if (params.get('at') === this.month && history === 'push') return;
		params.set('at', this.month);
		// Shallow routing on the current page: the path is already resolved.
		const href = `${window.location.pathname}?${params}`;
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (history === 'push') pushState(href, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else replaceState(href, {});
	}
}
