import type { Selection } from '$lib/state/selection';
import { compareMoments } from '$lib/model/compare';
import type { Dataset } from '$lib/model/schema';
import { monthsBetween } from '$lib/model/time';
import { monthFromParam } from './moment';
import { AddressWriter, selectionFromParams, writeSelection, type HistoryMode } from './url';

/** The two dates the compare view opens with: the Troika's year against the Right's defeat. */
export const DEFAULT_PAIR = { a: '1924-06', b: '1929-06' } as const;

/**
 * The dates to compare when the URL names none: `DEFAULT_PAIR` where the dataset covers it,
 * else a quarter and three quarters of the way through the dataset's months.
 */
export function defaultPair(months: readonly string[]): { a: string; b: string } {
	if (months.includes(DEFAULT_PAIR.a) && months.includes(DEFAULT_PAIR.b)) return DEFAULT_PAIR;
	const at = (share: number) => months[Math.floor((months.length - 1) * share)] ?? '';
	return { a: at(0.25), b: at(0.75) };
}

/**
 * What the compare view shows: two months, a selection, and any notice about the URL, all kept
 * in the URL (`/compare?a=1924-06&b=1929-06&focus=stalin`) so a link reproduces the view and
 * Back works.
 */
export class CompareState {
	dataset = $state.raw<Dataset>() as Dataset;
	readonly months = $derived(monthsBetween(this.dataset.meta.start, this.dataset.meta.end));
	a = $state<string>(DEFAULT_PAIR.a);
	b = $state<string>(DEFAULT_PAIR.b);
	selection = $state<Selection>(null);
	notices = $state<string[]>([]);
	private readonly address = new AddressWriter();
	readonly comparison = $derived.by(() => compareMoments(this.dataset, this.a, this.b));

	constructor(dataset: Dataset) {
		this.dataset = dataset;
	}

	/** Compares in another dataset (one the user opened), reading the dates again from `url`. */
	showDataset(dataset: Dataset, url: URL) {
		this.dataset = dataset;
		this.readUrl(url);
	}

	addNotice(notice: string) {
		this.notices = [...this.notices, notice];
	}

	/** Takes both dates and the selection from a URL, as on first load or after Back. */
	readUrl(url: URL) {
		const params = url.searchParams;
		const notices: string[] = [];
		const fallback = defaultPair(this.months);
		const a = monthFromParam(params.get('a'), this.dataset, fallback.a);
		const b = monthFromParam(params.get('b'), this.dataset, fallback.b);
		for (const problem of [a.problem, b.problem]) if (problem) notices.push(problem);
		this.selection = selectionFromParams(params, this.dataset, notices);
		this.a = a.month;
		this.b = b.month;
		this.notices = notices;
	}

	setDate(which: 'a' | 'b', month: string, history: HistoryMode = 'commit') {
		if (!this.months.includes(month)) return;
		this[which] = month;
		this.writeUrl(history);
	}

	/** Shows the comparison the other way round, as a new history entry. */
	swap() {
		[this.a, this.b] = [this.b, this.a];
		this.writeUrl('commit');
	}

	select(selection: Selection) {
		this.selection = selection;
		this.writeUrl('commit');
	}

	dismissNotice(index: number) {
		this.notices = this.notices.filter((_, i) => i !== index);
	}

	private writeUrl(history: HistoryMode) {
		this.address.write(history, (params) => {
			params.set('a', this.a);
			params.set('b', this.b);
			writeSelection(params, this.selection);
		});
	}
}
