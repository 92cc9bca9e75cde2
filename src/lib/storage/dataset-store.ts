import { portable } from '$lib/model/dataset-json';
import type { Dataset } from '$lib/model/schema';
import { validateDataset } from '$lib/model/validate';
import { importInWorker } from './import-client';

/** An imported dataset as kept in the browser, with the names of the files it came from. */
export interface StoredDataset {
	dataset: Dataset;
	files: string[];
	savedAt: string;
}

/** What loading found: the stored dataset (or none), and a notice if storage misbehaved. */
export interface LoadOutcome {
	stored: StoredDataset | null;
	notice?: string;
}

const DATABASE = 'factions';
const STORE = 'datasets';
const KEY = 'imported';
const VERSION = 1;
/** Storage that does not answer within this time is treated as unavailable. */
const TIMEOUT_MS = 4000;

/**
 * Keeps the one imported dataset in IndexedDB, so it survives a reload or a restart of the
 * browser. Every method resolves, never rejects: storage that is unavailable (private
 * browsing, disabled, blocked), full or corrupted yields a notice for the user instead.
 */
export class DatasetStore {
	constructor(private readonly factory: IDBFactory | undefined = globalThis.indexedDB) {}

	/** The stored dataset, checked again: a record that is not a valid dataset is removed. */
	async load(): Promise<LoadOutcome> {
		try {
			const record = await this.run('readonly', (store) => store.get(KEY));
			if (record === undefined) return { stored: null };
			const checked = await checkRecord(record);
			if (checked) return { stored: checked };
			await this.clear();
			return {
				stored: null,
				notice:
					'The dataset saved in this browser could not be read (it is damaged) and was removed. Showing the built-in data.'
			};
		} catch (error) {
			return {
				stored: null,
				notice: `Your saved dataset could not be loaded: ${describe(error)}. Showing the built-in data.`
			};
		}
	}

	/**
	 * Saves `dataset`; resolves to a notice if it could not be kept. A dataset read from its JSON
	 * (see `portable`) is kept as that JSON: storing a blob costs the page nothing, storing the
	 * dataset a clone of each of its objects.
	 */
	async save(dataset: Dataset, files: string[]): Promise<string | null> {
		const sent = portable(dataset);
		const record = {
			version: VERSION,
			...(sent instanceof Blob ? { json: sent } : { dataset }),
			files,
			savedAt: new Date().toISOString()
		};
		try {
			await this.run('readwrite', (store) => store.put(record, KEY));
			return null;
		} catch (error) {
			return `The dataset is shown but could not be saved in this browser (${describe(error)}): it will be gone after a reload.`;
		}
	}

	/** Forgets the stored dataset; resolves to a notice if that failed. */
	async clear(): Promise<string | null> {
		try {
			await this.run('readwrite', (store) => store.delete(KEY));
			return null;
		} catch (error) {
			return `The saved dataset could not be removed from this browser (${describe(error)}).`;
		}
	}

	private async run<T>(
		mode: IDBTransactionMode,
		action: (store: IDBObjectStore) => IDBRequest<T>
	): Promise<T> {
		const database = await this.open();
		try {
			return await withTimeout(
				new Promise<T>((resolve, reject) => {
					const transaction = database.transaction(STORE, mode);
					const request = action(transaction.objectStore(STORE));
					transaction.oncomplete = () => resolve(request.result);
					transaction.onerror = () => reject(transaction.error ?? request.error);
					transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
				})
			);
		} finally {
			database.close();
		}
	}

	private open(): Promise<IDBDatabase> {
		const factory = this.factory;
		if (!factory) return Promise.reject(new Error('this browser offers no storage (IndexedDB)'));
		return withTimeout(
			new Promise<IDBDatabase>((resolve, reject) => {
				const request = factory.open(DATABASE, VERSION);
				request.onupgradeneeded = () => {
					if (!request.result.objectStoreNames.contains(STORE))
						request.result.createObjectStore(STORE);
				};
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
				request.onblocked = () => reject(new Error('storage is blocked by another tab'));
			})
		);
	}
}

/**
 * The record's dataset, checked again (kept JSON is checked in a worker, as a file is), or
 * `null` if it is not a valid dataset.
 */
async function checkRecord(record: unknown): Promise<StoredDataset | null> {
	if (record === null || typeof record !== 'object') return null;
	const { dataset, json, files, savedAt } = record as Record<string, unknown>;
	let checked: Dataset | null = null;
	if (json instanceof Blob) {
		const read = await importInWorker([new File([json], 'saved.json')], () => {
			throw new Error('a kept dataset is JSON');
		});
		if (read.ok) checked = read.dataset;
	} else {
		const result = validateDataset(dataset);
		if (result.ok) checked = result.dataset;
	}
	if (!checked) return null;
	return {
		dataset: checked,
		files: Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [],
		savedAt: typeof savedAt === 'string' ? savedAt : ''
	};
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('storage did not answer')), TIMEOUT_MS);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}

/** Words for a storage error: the common ones in plain language. */
function describe(error: unknown): string {
	const name = (error as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError') return 'the browser storage is full';
	if (name === 'SecurityError' || name === 'InvalidStateError')
		return 'browser storage is not available, as in private browsing';
	if (error instanceof Error && error.message) return error.message;
	return 'browser storage failed';
}
