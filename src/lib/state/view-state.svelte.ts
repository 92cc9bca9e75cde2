import type { Dataset } from '$lib/model/schema';
import { monthsBetween } from '$lib/model/time';
import { AddressWriter, dropPendingAddress } from './address';
import { withNotice, withoutNotice, type Notice } from './notices';
import type { Selection } from './selection';
import type { HistoryMode } from './url';

/** Selecting: an action every view has. */
export type SelectAction = { type: 'select'; selection: Selection };

/**
 * What every view of a dataset shares: the dataset and its months, a view kept in the URL (so
 * that a link reproduces it and Back works) that changes only by a pure `transition`, the
 * selection, and notices for the user. A view (the explorer, the compare view) says how its
 * view reads from and writes to the URL and how it changes.
 */
export abstract class ViewState<
	View extends { selection: Selection },
	Action extends { type: string }
> {
	dataset = $state.raw<Dataset>() as Dataset;
	readonly months = $derived(monthsBetween(this.dataset.meta.start, this.dataset.meta.end));
	#view = $state.raw<View>() as View;
	#selection = $state.raw<Selection>(null);
	notices = $state.raw<readonly Notice[]>([]);
	private nextNotice = 1;
	private readonly address = new AddressWriter();

	constructor(dataset: Dataset) {
		this.dataset = dataset;
	}

	/**
	 * The whole view. Each part of it is also a signal of its own (`selection` here, the month and
	 * the others in each view, through `viewParts`): a step of the slider then wakes only what
	 * reads the month. A `$derived` of each part was not enough: a new view still marked
	 * everything downstream of every part to be checked (8,700 checks a step with the storyline's
	 * lines), and Svelte runs a derived again on every such check once its value has come out
	 * unchanged after an upstream change.
	 */
	get view(): View {
		return this.#view;
	}
	set view(next: View) {
		this.#view = next;
		this.#selection = next.selection;
		this.viewParts(next);
	}

	/** The person or alliance selected, or `null`. */
	get selection(): Selection {
		return this.#selection;
	}

	/** Copies the parts of `view` its readers read on their own into their signals. */
	protected abstract viewParts(view: View): void;

	/** The view after `action`; the same object when the action does not apply. Pure. */
	protected abstract transition(view: View, action: Action | SelectAction): View;
	/** The view a URL asks for, and what in it cannot be shown. */
	protected abstract viewFromUrl(params: URLSearchParams): { view: View; notices: string[] };
	/** Writes the view into the address's parameters. */
	protected abstract writeView(params: URLSearchParams, view: View): void;
	/** Shows another dataset, keeping what of the view it can. The URL is left alone. */
	abstract showDataset(dataset: Dataset, defaultMonth: string): void;

	/**
	 * Does what the user asked and writes the new view to the URL (unless it did not apply);
	 * `addressLater`: once the new view has been drawn (see `AddressWriter.write`).
	 */
	dispatch(action: Action | SelectAction, history: HistoryMode = 'commit', addressLater = false) {
		const next = this.transition(this.view, action);
		if (next === this.view) return;
		this.view = next;
		this.address.write(
			history,
			(params) => this.writeView(params, next),
			(path, params) => this.place(path, params),
			addressLater
		);
	}

	/** Selects a person or an alliance (or nothing), as a new history entry. */
	select(selection: Selection) {
		this.dispatch({ type: 'select', selection });
	}

	/** Takes the view from a URL, as on first load or after Back; its notices replace any shown. */
	readUrl(url: URL) {
		// The browser has moved (Back, Forward): an address not yet written is no longer where we are.
		dropPendingAddress();
		const { view, notices } = this.viewFromUrl(this.paramsOf(url));
		this.view = view;
		this.notices = [];
		for (const notice of notices) this.addNotice(notice);
	}

	/** Writes the current view to the URL as a new history entry. */
	syncUrl() {
		this.address.write(
			'commit',
			(params) => this.writeView(params, this.view),
			(path, params) => this.place(path, params)
		);
	}

	/** What of an address the view reads: its parameters. */
	protected paramsOf(url: URL): URLSearchParams {
		return url.searchParams;
	}

	/** The address a view's parameters are written to: the same path. */
	protected place(path: string, params: URLSearchParams): string {
		return `${path}?${params}`;
	}

	/** Shows a notice to the user, once. */
	addNotice(message: string) {
		this.notices = withNotice(this.notices, message, this.nextNotice++);
	}

	dismissNotice(id: number) {
		this.notices = withoutNotice(this.notices, id);
	}
}
