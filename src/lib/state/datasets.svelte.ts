import { replaceState } from '$app/navigation';
import { importFiles, type FileLike, type XmlParse } from '$lib/model/import';
import type { Dataset } from '$lib/model/schema';
import type { DatasetIssue } from '$lib/model/validate';
import { DatasetStore } from '$lib/storage/dataset-store';
import { fetchDataset } from '$lib/storage/fetch-dataset';

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

const parseXml: XmlParse = (text) => new DOMParser().parseFromString(text, 'application/xml');

/**
 * Which dataset a view (the explorer, the compare view) shows: the built-in one, or one the
 * user opened from files or a `?data=` URL, keeping an imported one in the browser across
 * reloads. A file with errors never replaces what is shown: its problems are kept in `failure`
 * for the page to list.
 */
export class DatasetState {
	/** False until the stored dataset (or `?data=`) has been looked at on first load. */
	ready = $state(false);
	busy = $state(false);
	imported = $state(false);
	/** The files (or URL) the shown dataset came from, if imported. */
	origin = $state<string[]>([]);
	failure = $state.raw<ImportFailure | null>(null);
	private store: DatasetStore;

	constructor(
		private viewer: DatasetViewer,
		private builtin: Dataset,
		private builtinMonth: string,
		store?: DatasetStore
	) {
		this.store = store ?? new DatasetStore();
	}

	/** On first load: the dataset named by `?data=`, else the one kept in the browser. */
	async start(url: URL) {
		const notices: string[] = [];
		const address = url.searchParams.get('data');
		let shown = false;
		if (address !== null) shown = await this.openUrl(address, url);
		if (!shown) {
			const { stored, notice } = await this.store.load();
			if (notice) notices.push(notice);
			if (stored) this.show(stored.dataset, stored.files);
		}
		this.viewer.readUrl(url);
		for (const notice of notices) this.viewer.addNotice(notice);
		this.ready = true;
	}

	/** Opens files the user picked or dropped; on success shows and keeps the dataset. */
	async openFiles(files: readonly FileLike[]) {
		if (files.length === 0 || this.busy) return;
		this.busy = true;
		try {
			const result = await importFiles(files, parseXml);
			if (!result.ok) {
				this.failure = { what: result.files.join(', '), issues: result.issues };
				return;
			}
			this.failure = null;
			this.forgetDataParam();
			this.show(result.dataset, result.files);
			this.viewer.syncUrl();
			await this.keep(result.dataset, result.files);
		} finally {
			this.busy = false;
		}
	}

	/** Goes back to the dataset that ships with the app, forgetting the imported one. */
	async useBuiltin() {
		this.failure = null;
		this.forgetDataParam();
		this.imported = false;
		this.origin = [];
		this.viewer.showDataset(this.builtin, this.builtinMonth);
		this.viewer.syncUrl();
		const notice = await this.store.clear();
		if (notice) this.viewer.addNotice(notice);
	}

	dismissFailure() {
		this.failure = null;
	}

	private show(dataset: Dataset, origin: string[]) {
		this.imported = true;
		this.origin = origin;
		this.viewer.showDataset(dataset, dataset.meta.start);
	}

	private async keep(dataset: Dataset, origin: string[]) {
		const notice = await this.store.save(dataset, origin);
		if (notice) this.viewer.addNotice(notice);
	}

	/** Loads `?data=<address>`; false (with the problem in `failure`) if it could not. */
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
		const fetched = await fetchDataset(url, { page });
		if (!fetched.ok) return fail(fetched.message);
		const bytes = fetched.bytes;
		const name = decodeURIComponent(url.pathname.split('/').pop() || 'dataset.json');
		const file: FileLike = { name, size: bytes.byteLength, arrayBuffer: async () => bytes };
		const result = await importFiles([file], parseXml);
		if (!result.ok) {
			this.failure = { what, issues: result.issues };
			return false;
		}
		this.failure = null;
		this.show(result.dataset, [url.href]);
		await this.keep(result.dataset, [url.href]);
		return true;
	}

	/** A dataset opened here replaces the one the address named, so a reload keeps it. */
	private forgetDataParam() {
		// A throwaway copy of the address, not state: nothing reads it reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const url = new URL(window.location.href);
		if (!url.searchParams.has('data')) return;
		url.searchParams.delete('data');
		// Shallow routing on the current page: the path is already resolved.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(`${url.pathname}${url.search}`, {});
	}
}
