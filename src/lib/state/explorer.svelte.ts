import { monthAnnouncement } from '$lib/model/announce';
import { presentationOf, stepAfter, type PresentCommand } from '$lib/model/presentation';
import type { Dataset } from '$lib/model/schema';
import { filterSnapshot, snapshotAt, type Snapshot, type StageFilter } from '$lib/model/snapshot';
import { keepUnchangedById } from '$lib/model/structural';
import { addMonths } from '$lib/model/time';
import {
	explorerTransition,
	explorerViewFromUrl,
	explorerViewInDataset,
	writeExplorerView,
	type ExplorerAction,
	type ExplorerView
} from './explorer-view';
import { explorerParams, explorerPlace, type HistoryMode, type MonthPages } from './url';
import { ViewState } from './view-state.svelte';

/**
 * What the explorer shows: the month, the selection, who is shown, and any notice about the
 * URL, kept in the URL (`?at=1926-10&focus=stalin`, or `&alliance=troika`).
 */
export class ExplorerState extends ViewState<ExplorerView, ExplorerAction> {
	/** The month shown when the URL names none: set per dataset. */
	defaultMonth: string;
	// Signals of their own, not read from `view` on each use (see `ViewState.view`): selecting
	// does not redraw the month, and stepping does not lay out again.
	#month = $state.raw('');
	#filter = $state.raw<StageFilter>('everyone');
	#presenting = $state.raw<ExplorerView['presenting']>(null);
	get month(): string {
		return this.#month;
	}
	get filter(): StageFilter {
		return this.#filter;
	}
	/** The story and step presented, or `null` outside present mode. */
	get presenting(): ExplorerView['presenting'] {
		return this.#presenting;
	}
	protected viewParts(view: ExplorerView) {
		this.#month = view.month;
		this.#filter = view.filter;
		this.#presenting = view.presenting;
	}
	/** The latest snapshots, so that playing forward does not take last month's again. */
	private readonly snapshots = new SnapshotMemo(3);
	/** Everything at the month. */
	readonly snapshot = $derived.by(() => this.snapshots.at(this.dataset, this.month));
	/** What is drawn and listed: the snapshot narrowed by the filter. */
	readonly shown = $derived(filterSnapshot(this.snapshot, this.filter));
	/** What a screen reader hears on arriving at the month. */
	readonly announcement = $derived.by(() => {
		const previous = addMonths(this.month, -1);
		const before = this.months.includes(previous)
			? filterSnapshot(this.snapshots.at(this.dataset, previous), this.filter)
			: null;
		return monthAnnouncement(this.dataset, this.shown, before);
	});

	/** The presentation under way: a story's steps, or the events. */
	readonly presentation = $derived(
		this.presenting ? presentationOf(this.dataset, this.presenting.story) : undefined
	);
	/** The step shown in present mode. */
	readonly step = $derived(
		this.presenting ? this.presentation?.steps[this.presenting.step] : undefined
	);

	/**
	 * `pages`: the months with a page of their own, where the month is written into the path
	 * (see `explorerPlace`); without it, the month is always `?at=`.
	 */
	constructor(
		dataset: Dataset,
		defaultMonth: string,
		private readonly pages?: MonthPages
	) {
		super(dataset);
		this.defaultMonth = defaultMonth;
		this.view = { month: defaultMonth, selection: null, filter: 'everyone', presenting: null };
	}

	get index(): number {
		return this.months.indexOf(this.month);
	}

	/**
	 * Shows `month`, writing it to the URL as a new history entry or in place once the new month
	 * has been drawn: the picture answers the slider first.
	 */
	setMonth(month: string, history: HistoryMode = 'commit') {
		if (month !== this.month && this.months.includes(month))
			performance.mark('factions:step-start');
		this.dispatch({ type: 'month', month }, history, true);
	}

	/**
	 * Presents step `index` (from 0) of the story `story` (`null`: of the events), as a new
	 * history entry. Nothing happens if there is no such step.
	 */
	present(story: string | null, index = 0) {
		const step = presentationOf(this.dataset, story)?.steps[index];
		if (step) this.dispatch({ type: 'present', presenting: { story, step: index }, step });
	}

	/** Does what the presenter asked (next, previous, first, last step, or leave). */
	command(command: PresentCommand) {
		const presenting = this.presenting;
		if (!presenting || !this.presentation) return;
		if (command === 'leave') this.dispatch({ type: 'leave' });
		else {
			const index = stepAfter(presenting.step, command, this.presentation.steps.length);
			if (index !== presenting.step) this.present(presenting.story, index);
		}
	}

	/** Shows the people the user chose, as a new history entry. */
	setFilter(filter: StageFilter) {
		this.dispatch({ type: 'filter', filter });
	}

	/**
	 * Shows another dataset: the month stays if the new dataset has it, else becomes
	 * `defaultMonth`; a selection the new dataset does not have is cleared. The URL is left
	 * alone: call `syncUrl` when the switch is the user's doing.
	 */
	showDataset(dataset: Dataset, defaultMonth: string) {
		this.dataset = dataset;
		this.defaultMonth = defaultMonth;
		this.view = explorerViewInDataset(this.view, dataset, this.months, defaultMonth);
	}

	protected transition(view: ExplorerView, action: ExplorerAction): ExplorerView {
		return explorerTransition(view, action, this.months);
	}

	protected paramsOf(url: URL) {
		return explorerParams(url);
	}

	protected place(path: string, params: URLSearchParams) {
		return this.pages ? explorerPlace(path, params, this.pages) : super.place(path, params);
	}

	protected viewFromUrl(params: URLSearchParams) {
		return explorerViewFromUrl(params, this.dataset, this.defaultMonth);
	}

	protected writeView(params: URLSearchParams, view: ExplorerView) {
		writeExplorerView(params, view);
	}
}

/**
 * The last few snapshots taken, by dataset and month: at 2,000 people a snapshot takes tens of
 * milliseconds, and each step of playback needs last month's again for its announcement.
 * Remembering a result is not a change anyone can see, so it may run inside a derivation.
 */
class SnapshotMemo {
	private kept: { dataset: Dataset; snapshot: Snapshot }[] = [];

	constructor(private readonly size: number) {}

	at(dataset: Dataset, month: string): Snapshot {
		const hit = this.kept.find((k) => k.dataset === dataset && k.snapshot.at === month);
		if (hit) return hit.snapshot;
		const snapshot = snapshotAt(dataset, month);
		// Who did not change since the last month taken is the same object in both: the text
		// view's rows of them (keyed lists) are then left as they are on a step.
		const last = this.kept.find((k) => k.dataset === dataset)?.snapshot;
		if (last) {
			keepUnchangedById(last.people, snapshot.people);
			keepUnchangedById(last.alliances, snapshot.alliances);
		}
		this.kept = [{ dataset, snapshot }, ...this.kept].slice(0, this.size);
		return snapshot;
	}
}
