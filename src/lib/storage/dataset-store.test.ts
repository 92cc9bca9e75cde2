import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { datasetFromJson } from '../model/dataset-json';
import { DatasetStore } from './dataset-store';

const dataset = readDatasetFixture('edge-cases.json');

afterEach(() => vi.restoreAllMocks());

/** Writes a raw record where the store keeps the imported dataset. */
async function writeRaw(factory: IDBFactory, value: unknown) {
	await new DatasetStore(factory).save(dataset, ['x.json']);
	await new Promise<void>((resolve, reject) => {
		const open = factory.open('factions', 1);
		open.onsuccess = () => {
			const transaction = open.result.transaction('datasets', 'readwrite');
			transaction.objectStore('datasets').put(value, 'imported');
			transaction.oncomplete = () => {
				open.result.close();
				resolve();
			};
			transaction.onerror = () => reject(transaction.error);
		};
	});
}

/** The raw record the store keeps. */
function readRaw(factory: IDBFactory): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const open = factory.open('factions', 1);
		open.onsuccess = () => {
			const request = open.result.transaction('datasets').objectStore('datasets').get('imported');
			request.onsuccess = () => {
				open.result.close();
				resolve(request.result);
			};
			request.onerror = () => reject(request.error);
		};
	});
}

describe('DatasetStore', () => {
	it('keeps a dataset across instances, as across reloads', async () => {
		const factory = new IDBFactory();
		expect(await new DatasetStore(factory).load()).toEqual({ stored: null });
		expect(await new DatasetStore(factory).save(dataset, ['mine.json'])).toBeNull();
		const { stored, notice } = await new DatasetStore(factory).load();
		expect(notice).toBeUndefined();
		expect(stored?.dataset).toEqual(dataset);
		expect(stored?.files).toEqual(['mine.json']);
		expect(await new DatasetStore(factory).clear()).toBeNull();
		expect(await new DatasetStore(factory).load()).toEqual({ stored: null });
	});

	it('keeps a dataset read from its JSON as that JSON, and reads it back checked', async () => {
		const factory = new IDBFactory();
		const json = new Blob([JSON.stringify(dataset)]);
		expect(
			await new DatasetStore(factory).save(await datasetFromJson(json), ['big.json'])
		).toBeNull();
		const raw = (await readRaw(factory)) as { json: Blob; files: string[] };
		expect(raw.files).toEqual(['big.json']);
		expect(raw).not.toHaveProperty('dataset');
		expect(JSON.parse(await raw.json.text())).toEqual(dataset);
		const { stored, notice } = await new DatasetStore(factory).load();
		expect(notice).toBeUndefined();
		expect(stored?.dataset).toEqual(dataset);
	});

	it('removes kept JSON that is not a valid dataset', async () => {
		const factory = new IDBFactory();
		await writeRaw(factory, { version: 1, json: new Blob(['{"meta": 1}']), files: [] });
		const first = await new DatasetStore(factory).load();
		expect(first.stored).toBeNull();
		expect(first.notice).toMatch(/could not be read \(it is damaged\) and was removed/);
	});

	it('removes a corrupted record and says so', async () => {
		const factory = new IDBFactory();
		await writeRaw(factory, { version: 1, dataset: { meta: 'garbage' }, files: [] });
		const first = await new DatasetStore(factory).load();
		expect(first.stored).toBeNull();
		expect(first.notice).toMatch(/could not be read \(it is damaged\) and was removed/);
		expect(await new DatasetStore(factory).load()).toEqual({ stored: null });
	});

	it('says when the browser offers no storage', async () => {
		const store = new DatasetStore(undefined);
		expect((await store.load()).notice).toMatch(/offers no storage \(IndexedDB\)/);
		expect(await store.save(dataset, [])).toMatch(/could not be saved .* gone after a reload/);
	});

	it('says when storage is refused, as in private browsing', async () => {
		const refusing = {
			open: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		} as unknown as IDBFactory;
		expect((await new DatasetStore(refusing).load()).notice).toMatch(
			/not available, as in private browsing/
		);
	});

	it('says when storage is full', async () => {
		const factory = new IDBFactory();
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		expect(await new DatasetStore(factory).save(dataset, [])).toMatch(
			/\(the browser storage is full\): it will be gone after a reload/
		);
	});
});
