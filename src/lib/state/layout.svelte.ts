import type { Flipbook } from '$lib/graph/flipbook';
import { LayoutClient, type LayoutProgress } from '$lib/graph/layout-client';
import type { Dataset } from '$lib/model/schema';
import type { StageFilter } from '$lib/model/snapshot';
import { loadPrebuilt } from './prebuilt';
import { nextTask } from '$lib/export/yield';

/**
 * The flip-book the explorer draws from: the one cached at build time when there is one for
 * what is shown, else one computed in a Web Worker, with its progress.
 */
export class LayoutState {
	/** The latest flip-book, with what it was laid out for. */
	#laidOut = $state.raw<{ dataset: Dataset; filter: StageFilter; flipbook: Flipbook } | null>(null);
	progress = $state<LayoutProgress | null>(null);
	error = $state<string | null>(null);
	private client = new LayoutClient();
	private request = 0;

	/**
	 * The flip-book of `dataset` as filtered, or `null` while it is laid out: a page that has just
	 * changed its dataset or filter must not draw the new people with the old places before
	 * `load` has been asked for them.
	 */
	flipbookOf(dataset: Dataset, filter: StageFilter): Flipbook | null {
		const laidOut = this.#laidOut;
		return laidOut && laidOut.dataset === dataset && laidOut.filter === filter
			? laidOut.flipbook
			: null;
	}

	/** Starts laying out `dataset` as filtered; `cached` is the URL of a precomputed flip-book. */
	async load(dataset: Dataset, filter: StageFilter, cached?: string) {
		const request = ++this.request;
		this.#laidOut = null;
		this.error = null;
		this.progress = null;
		const started = performance.now();
		try {
			let flipbook: Flipbook;
			if (cached) {
				flipbook = await loadPrebuilt<Flipbook>(cached);
				performance.measure('factions:layout', { start: started, end: performance.now() });
			} else {
				// Starting a worker held the page 4–13 ms in profiles: not in the task that draws the
				// new dataset's views.
				await nextTask();
				if (request !== this.request) return;
				flipbook = await this.client.compute(dataset, filter, (progress) => {
					if (request === this.request) this.progress = progress;
				});
			}
			if (request !== this.request) return;
			this.#laidOut = { dataset, filter, flipbook };
			this.progress = null;
		} catch (error) {
			if (request === this.request) this.error = (error as Error).message;
		}
	}

	/** Stops the worker; a `load` still waiting for its task then starts none. */
	dispose() {
		this.request++;
		this.client.dispose();
	}
}
