import type { Selection } from '$lib/state/selection';
import type { Dataset } from '$lib/model/schema';
import { filterSnapshot, snapshotAt, type StageFilter } from '$lib/model/snapshot';
import { monthsBetween } from '$lib/model/time';
import { monthFromParam } from './moment';
import { AddressWriter, selectionFromParams, writeSelection, type HistoryMode } from './url';

/**
 * What the explorer shows: the month, the selection, and any notice about the URL.
 * Both live in the URL (`?at=1926-10&focus=stalin`, or `&alliance=troika`) so that a link
 * reproduces the view and Back works.
 */
export class ExplorerState {
	dataset = $state.raw<Dataset>() as Dataset;
	readonly months = $derived(monthsBetween(this.dataset.meta.start, this.dataset.meta.end));
	/** The month shown when the URL names none: set per dataset. */
	defaultMonth: string;
	month = $state('');
	selection = $state<Selection>(null);
	/** Who the graph shows: everyone on stage, or the Politburo only (`?show=politburo`). */
	filter = $state<StageFilter>('everyone');
	notices = $state<string[]>([]);
	private readonly address = new AddressWriter();
	/** Everything at the month. */
	readonly snapshot = $derived.by(() => snapshotAt(this.dataset, this.month));
	/** What is drawn and listed: the snapshot narrowed by the filter. */
	readonly shown = $derived(filterSnapshot(this.snapshot, this.filter));

	constructor(dataset: Dataset, defaultMonth: string) {
		this.dataset = dataset;
		this.defaultMonth = defaultMonth;
		this.month = defaultMonth;
	}

	/** Shows the people the user chose, as a new history entry. */
	setFilter(filter: StageFilter) {
		this.filter = filter;
		this.writeUrl('commit');
	}

	get index(): number {
		return this.months.indexOf(this.month);
	}

	/** Takes the month and selection from a URL, as on first load or after Back. */
	readUrl(url: URL) {
		const params = url.searchParams;
		const notices: string[] = [];
		const { month, problem } = monthFromParam(params.get('at'), this.dataset, this.defaultMonth);
		if (problem) notices.push(problem);
		const selection = selectionFromParams(params, this.dataset, notices);
		this.month = month;
		this.selection = selection;
		this.filter = params.get('show') === 'politburo' ? 'politburo' : 'everyone';
		this.notices = notices;
	}

	/** Shows `month`, writing it to the URL as a new history entry or in place. */
	setMonth(month: string, history: HistoryMode = 'commit') {
		if (!this.months.includes(month)) return;
		if (month !== this.month) {
			performance.mark('factions:step-start');
			this.month = month;
		}
		this.writeUrl(history);
	}

	/** Selects a person or an alliance (or nothing), as a new history entry. */
	select(selection: Selection) {
		this.selection = selection;
		this.writeUrl('commit');
	}

	/**
	 * Shows another dataset: the month stays if the new dataset has it, else becomes
	 * `defaultMonth`; a selection the new dataset does not have is cleared. The URL is left
	 * alone: call `syncUrl` when the switch is the user's doing.
	 */
	showDataset(dataset: Dataset, defaultMonth: string) {
		this.dataset = dataset;
		this.defaultMonth = defaultMonth;
		if (!this.months.includes(this.month)) this.month = defaultMonth;
		const selection = this.selection;
		if (
			(selection?.kind === 'person' && !dataset.people.some((p) => p.id === selection.id)) ||
			(selection?.kind === 'alliance' && !dataset.alliances.some((a) => a.id === selection.id))
		)
			this.selection = null;
	}

	/** Writes the current view to the URL as a new history entry. */
	syncUrl() {
		this.writeUrl('commit');
	}

	/** Shows a notice to the user, once. */
	addNotice(notice: string) {
		if (!this.notices.includes(notice)) this.notices = [...this.notices, notice];
	}

	dismissNotice(index: number) {
		this.notices = this.notices.filter((_, i) => i !== index);
	}

	private writeUrl(history: HistoryMode) {
		this.address.write(history, (params) => {
			params.set('at', this.month);
			writeSelection(params, this.selection);
			if (this.filter === 'politburo') params.set('show', 'politburo');
			else params.delete('show');
		});
	}
}
