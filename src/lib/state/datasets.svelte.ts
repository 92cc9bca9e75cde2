import { tick } from 'svelte';
import { editAddress } from './address';
import type { FileLike, XmlParse } from '$lib/model/import';
import { colourWarnings } from '$lib/model/contrast';
import { indexForSnapshots } from '$lib/model/snapshot';
import { nextTask } from '$lib/export/yield';
import type { Dataset } from '$lib/model/schema';
import type { DatasetIssue } from '$lib/model/validate';
import { DatasetStore, type StoredDataset } from '$lib/storage/dataset-store';
import { fetchDataset } from '$lib/storage/fetch-dataset';
import { importInWorker } from '$lib/storage/import-client';

/** Why a dataset could not be opened: what was being opened, and every problem found. */
export interface ImportFailure {
	what: string;
	issues: DatasetIssue[];
}

/** A view that shows a dataset: the explorer or the compare view (see `ViewState`). */
export interface DatasetViewer {
	showDataset(dataset: Dataset, defaultMonth: string): void;
	readUrl(url: URL): void;
	syncUrl(): void;
	addNotice(message: string): void;
}

/** A `?data=` address being downloaded, and how much of it has arrived. */
export interface Download {
	address: string;
	received: number;
	declared: number | null;
}

/**
 * A dataset a link opened while the browser keeps another one: shown, but kept only if the user
 * says so.
 */
export interface ReplaceQuestion {
	linked: string;
	kept: string;
}

export type Keeping = 'kept' | 'once drawn' | 'not kept';

/**
 * The work of taking in a dataset that can come before the views draw it, each part in a task of
 * its own: the import's answer (read in the task that parsed it), then the index of its months.
 * The views' first drawing of it, and the address written after, are the tasks that follow, so
 * that no one task holds the page long (at 500 people they made one of 50–130 ms).
 */
async function prepareToShow(dataset: Dataset) {
	await nextTask();
	try {
		indexForSnapshots(dataset);
	} catch {
		// Not here, where nothing would show it: the views build the index again as they draw,
		// and what stops them is shown in place of the page (see `failedToDraw`).
	}
	await nextTask();
}

const parseXml: XmlParse = (text) => new DOMParser().parseFromString(text, 'application/xml');

/**
 * Which dataset a view (the explorer, the compare view) shows: the built-in one, or one the
 * user opened from files or a `?data=` URL, keeping an imported one in the browser across
 * reloads. A file with errors never replaces what is shown: its problems are kept in `failure`
 * for the page to list. A dataset is kept only once the page has drawn it (`drawn`), so one
 * that the views cannot show is gone after a reload instead of breaking every later visit.
 */
export class DatasetState {
	/** False until the stored dataset has been looked at on first load. */
	ready = $state(false);
	busy = $state(false);
	imported = $state(false);
	/** Whether the shown dataset is kept in this browser, waits to be kept once drawn, or not. */
	keeping = $state<Keeping>('not kept');
	/** The files (or URL) the shown dataset came from, if imported. */
	origin = $state<string[]>([]);
	failure = $state.raw<ImportFailure | null>(null);
	download = $state<Download | null>(null);
	question = $state.raw<ReplaceQuestion | null>(null);
	/** What went wrong drawing the shown dataset, if the views failed on it. */
	renderError = $state<string | null>(null);
	private store: DatasetStore;
	/** The dataset kept in the browser, as far as this page knows. */
	private stored: Pick<StoredDataset, 'dataset' | 'files'> | null = null;
	/** The imported dataset shown, if any. */
	private current: Dataset | null = null;
	private pending: { dataset: Dataset; origin: string[] } | null = null;
	private linked: { dataset: Dataset; origin: string[] } | null = null;
	private cancelDownload: AbortController | null = null;
	/** The page has gone: what was still being read or imported is not shown, nor its address written. */
	private disposed = false;

	constructor(
		private viewer: DatasetViewer,
		private builtin: Dataset,
		private builtinMonth: string,
		store?: DatasetStore
	) {
		this.store = store ?? new DatasetStore();
	}

	/**
	 * On first load: the dataset kept in the browser, else the built-in one; then, if the address
	 * names one with `?data=`, that one once it has arrived (shown meanwhile: what was there).
	 */
	async start(url: URL) {
		const address = url.searchParams.get('data');
		const { stored, notice } = await this.store.load();
		if (this.disposed) return;
		this.stored = stored;
		if (address === null) {
			if (stored) {
				await prepareToShow(stored.dataset);
				if (this.disposed) return;
				this.show(stored.dataset, stored.files, 'kept');
			}
			this.viewer.readUrl(url);
		}
		if (notice) this.viewer.addNotice(notice);
		this.ready = true;
		if (address === null) return;
		const opened = await this.openUrl(address, url);
		if (opened || this.disposed) return;
		if (stored) this.show(stored.dataset, stored.files, 'kept');
		this.viewer.readUrl(url);
		if (notice) this.viewer.addNotice(notice);
	}

	/** Stops downloading the `?data=` dataset; the page stays as it is. */
	cancel() {
		this.cancelDownload?.abort();
	}

	/**
	 * The page is going (to another view, say): a dataset still being read, downloaded or
	 * imported for it is dropped, and nothing more is written to the address, which is the next
	 * page's by then.
	 */
	dispose() {
		this.disposed = true;
		this.cancelDownload?.abort();
	}

	/** Opens files the user picked or dropped; on success shows them, and keeps them once drawn. */
	async openFiles(files: readonly FileLike[]) {
		if (files.length === 0 || this.busy || this.disposed) return;
		this.busy = true;
		try {
			const result = await importInWorker(files, parseXml);
			if (this.disposed) return;
			if (!result.ok) {
				this.failure = { what: result.files.join(', '), issues: result.issues };
				return;
			}
			await prepareToShow(result.dataset);
			if (this.disposed) return;
			this.failure = null;
			this.question = null;
			this.forgetDataParam();
			this.show(result.dataset, result.files, 'once drawn');
			await nextTask();
			if (this.disposed || this.current !== result.dataset) return;
			this.viewer.syncUrl();
			this.warnAboutColours(result.dataset);
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Called once the page has drawn the shown dataset: keeps it, if it is one waiting to be kept
	 * and nothing failed while drawing it.
	 */
	async drawn(dataset: Dataset) {
		const pending = this.pending;
		if (!pending || pending.dataset !== dataset) return;
		// Errors of the same update reach `failedToDraw` before this resumes.
		await tick();
		if (this.pending !== pending || this.renderError !== null) return;
		this.pending = null;
		const notice = await this.store.save(pending.dataset, pending.origin);
		if (notice) {
			this.viewer.addNotice(notice);
			this.keeping = 'not kept';
			return;
		}
		this.stored = { dataset: pending.dataset, files: pending.origin };
		if (this.current === pending.dataset) this.keeping = 'kept';
	}

	/** The views failed to draw the shown dataset: it is not kept, and the page says why. */
	failedToDraw(error: unknown) {
		this.pending = null;
		this.renderError = error instanceof Error ? error.message : String(error);
	}

	/** The answer to `question`: keep the linked dataset in place of the one kept before. */
	async keepLinked() {
		const linked = this.linked;
		if (!linked) return;
		this.question = null;
		this.linked = null;
		this.forgetDataParam();
		this.keeping = 'once drawn';
		this.pending = linked;
		await this.drawn(linked.dataset);
	}

	/** The other answer to `question`: back to the dataset kept in the browser. */
	keepStored() {
		this.question = null;
		this.linked = null;
		this.forgetDataParam();
		if (this.stored) this.show(this.stored.dataset, this.stored.files, 'kept');
		this.viewer.syncUrl();
	}

	/**
	 * Shows the dataset that ships with the app for now; a dataset kept in the browser stays kept
	 * and is shown again after a reload.
	 */
	showBuiltin() {
		this.failure = null;
		this.question = null;
		this.renderError = null;
		this.pending = null;
		this.forgetDataParam();
		this.imported = false;
		this.current = null;
		this.keeping = 'not kept';
		this.origin = [];
		this.viewer.showDataset(this.builtin, this.builtinMonth);
		this.viewer.syncUrl();
	}

	/** Goes back to the dataset that ships with the app, forgetting the imported one. */
	async useBuiltin() {
		this.showBuiltin();
		this.stored = null;
		const notice = await this.store.clear();
		if (notice) this.viewer.addNotice(notice);
	}

	dismissFailure() {
		this.failure = null;
	}

	/** Says which of a newly opened dataset's colours will be hard to see. */
	private warnAboutColours(dataset: Dataset) {
		const warnings = colourWarnings(dataset);
		if (warnings.length === 0) return;
		this.viewer.addNotice(
			`Some colours of “${dataset.meta.title}” will be hard to see: ${warnings
				.map((w) => `${w.message} (${w.path})`)
				.join('; ')}.`
		);
	}

	private show(dataset: Dataset, origin: string[], keep: Keeping) {
		this.renderError = null;
		this.current = dataset;
		this.imported = true;
		this.origin = origin;
		this.keeping = keep;
		this.pending = keep === 'once drawn' ? { dataset, origin } : null;
		this.viewer.showDataset(dataset, dataset.meta.start);
	}

	/** Loads `?data=<address>`; false (with the problem in `failure`, unless cancelled) if not. */
	private async openUrl(address: string, page: URL): Promise<boolean> {
		const what = `the dataset at ${address}`;
		const fail = (message: string) => {
			this.failure = { what, issues: [{ path: address, message }] };
			return false;
		};
		let url: URL;
		try {
			// A throwaway parse of the address, not state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			url = new URL(address, page);
		} catch {
			return fail('this is not a web address');
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:')
			return fail('only http and https addresses can be loaded');
		const controller = new AbortController();
		this.cancelDownload = controller;
		this.download = { address, received: 0, declared: null };
		const fetched = await fetchDataset(url, {
			page,
			signal: controller.signal,
			onprogress: (received, declared) => {
				if (this.download) this.download = { address, received, declared };
			}
		}).finally(() => {
			this.download = null;
			this.cancelDownload = null;
		});
		if (this.disposed) return false;
		if (!fetched.ok) {
			if (fetched.reason !== 'cancelled') return fail(fetched.message);
			this.forgetDataParam();
			return false;
		}
		const bytes = fetched.bytes;
		const name = decodeURIComponent(url.pathname.split('/').pop() || 'dataset.json');
		const file: FileLike = { name, size: bytes.byteLength, arrayBuffer: async () => bytes };
		const result = await importInWorker([file], parseXml);
		if (this.disposed) return false;
		if (!result.ok) {
			this.failure = { what, issues: result.issues };
			return false;
		}
		await prepareToShow(result.dataset);
		if (this.disposed) return false;
		this.failure = null;
		const origin = [url.href];
		const stored = this.stored;
		// A link never silently replaces a dataset the user opened before: it asks first.
		if (stored && stored.files.join('\n') !== url.href) {
			this.show(result.dataset, origin, 'not kept');
			this.linked = { dataset: result.dataset, origin };
			this.question = { linked: result.dataset.meta.title, kept: stored.dataset.meta.title };
		} else this.show(result.dataset, origin, 'once drawn');
		this.viewer.readUrl(page);
		this.warnAboutColours(result.dataset);
		return true;
	}

	/** A dataset opened here replaces the one the address named, so a reload keeps it. */
	private forgetDataParam() {
		editAddress((params) => params.delete('data'));
	}
}
