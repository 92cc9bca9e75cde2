import { describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import type { Dataset } from '$lib/model/schema';
import type { DatasetStore } from '$lib/storage/dataset-store';
import { DatasetState, type DatasetViewer } from './datasets.svelte';

vi.mock('$app/navigation', () => ({ pushState: vi.fn(), replaceState: vi.fn() }));
// The address an opened file takes the place of (see `forgetDataParam`).
vi.stubGlobal('window', { location: new URL('https://factions.example/') });
// The import worker's answer, given when the test says so.
const imports = vi.hoisted(() => ({ answer: null as ((dataset: unknown) => void) | null }));
vi.mock('$lib/storage/import-client', () => ({
	importInWorker: (files: { name: string }[]) =>
		new Promise((resolve) => {
			imports.answer = (dataset) =>
				resolve({ ok: true, dataset, files: files.map((file) => file.name) });
		})
}));

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const builtin = loaded.dataset;
const kept: Dataset = { ...builtin, meta: { ...builtin.meta, title: 'Kept' } };
const opened: Dataset = { ...builtin, meta: { ...builtin.meta, title: 'Opened' } };

/** What the page was asked to do: the datasets shown and the addresses read and written. */
function viewer() {
	const calls: string[] = [];
	const view: DatasetViewer = {
		showDataset: (dataset) => calls.push(`show ${dataset.meta.title}`),
		readUrl: () => calls.push('read address'),
		syncUrl: () => calls.push('write address'),
		addNotice: (message) => calls.push(`notice ${message}`)
	};
	return { view, calls };
}

/** A browser that keeps `stored`, read at once. */
const store = (stored: Dataset | null) =>
	({
		load: () =>
			Promise.resolve({
				stored: stored && { dataset: stored, files: ['kept.json'] },
				notice: null
			}),
		save: () => Promise.resolve(null),
		clear: () => Promise.resolve(null)
	}) as unknown as DatasetStore;

const file = { name: 'opened.json', size: 1, arrayBuffer: async () => new ArrayBuffer(1) };

describe('the datasets of a page', () => {
	it('shows the dataset the browser keeps, then reads the address', async () => {
		const { view, calls } = viewer();
		const datasets = new DatasetState(view, builtin, '1917-10', store(kept));
		await datasets.start(new URL('https://factions.example/'));
		expect(calls).toEqual(['show Kept', 'read address']);
		expect(datasets.ready).toBe(true);
	});

	it('shows nothing once the page has gone while the kept dataset was read', async () => {
		const { view, calls } = viewer();
		const datasets = new DatasetState(view, builtin, '1917-10', store(kept));
		const starting = datasets.start(new URL('https://factions.example/'));
		// The reader follows a link to the compare view before the kept dataset is ready.
		datasets.dispose();
		await starting;
		expect(calls).toEqual([]);
	});

	it('shows an opened file and writes its address', async () => {
		const { view, calls } = viewer();
		const datasets = new DatasetState(view, builtin, '1917-10', store(null));
		await datasets.start(new URL('https://factions.example/'));
		const opening = datasets.openFiles([file]);
		await vi.waitFor(() => expect(imports.answer).not.toBeNull());
		imports.answer!(opened);
		await opening;
		expect(calls).toEqual(['read address', 'show Opened', 'write address']);
	});

	it('writes no address on the next page for a file that arrives after the page has gone', async () => {
		const { view, calls } = viewer();
		const datasets = new DatasetState(view, builtin, '1917-10', store(null));
		await datasets.start(new URL('https://factions.example/'));
		imports.answer = null;
		const opening = datasets.openFiles([file]);
		await vi.waitFor(() => expect(imports.answer).not.toBeNull());
		datasets.dispose();
		imports.answer!(opened);
		await opening;
		expect(calls).toEqual(['read address']);
		expect(datasets.busy).toBe(false);
	});
});
