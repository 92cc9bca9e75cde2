import { describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import type { Flipbook } from '$lib/graph/flipbook';
import { LayoutState } from './layout.svelte';

const prebuilt = vi.hoisted(() => ({ files: new Map<string, unknown>() }));
vi.mock('./prebuilt', () => ({
	loadPrebuilt: (url: string) => Promise.resolve(prebuilt.files.get(url))
}));
// The worker's side: what was asked of it, and whether it was stopped.
const worker = vi.hoisted(() => ({ computed: [] as string[], disposed: 0 }));
vi.mock('$lib/graph/layout-client', () => ({
	LayoutClient: class {
		compute(dataset: { meta: { title: string } }) {
			worker.computed.push(dataset.meta.title);
			return Promise.resolve({ name: dataset.meta.title, positions: {} });
		}
		dispose() {
			worker.disposed++;
		}
	}
}));

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const builtin = loaded.dataset;
const another = { ...builtin, meta: { ...builtin.meta, title: 'Another' } };
const flipbook = (name: string) => ({ name, positions: {} }) as unknown as Flipbook;

describe('the flip-book of what is shown', () => {
	it('is the one laid out for that dataset and filter, and none while another is laid out', async () => {
		prebuilt.files.set('/everyone.json', flipbook('everyone'));
		prebuilt.files.set('/politburo.json', flipbook('politburo'));
		const layout = new LayoutState();
		await layout.load(builtin, 'everyone', '/everyone.json');
		expect(layout.flipbookOf(builtin, 'everyone')).toEqual(flipbook('everyone'));
		// Asked for before `load` was: the page must not draw another dataset's people, or the
		// Politburo alone, with these places.
		expect(layout.flipbookOf(another, 'everyone')).toBeNull();
		expect(layout.flipbookOf(builtin, 'politburo')).toBeNull();

		const loading = layout.load(builtin, 'politburo', '/politburo.json');
		expect(layout.flipbookOf(builtin, 'everyone')).toBeNull();
		expect(layout.flipbookOf(builtin, 'politburo')).toBeNull();
		await loading;
		expect(layout.flipbookOf(builtin, 'politburo')).toEqual(flipbook('politburo'));
		layout.dispose();
	});

	it('lays out a dataset with no cached flip-book in the worker', async () => {
		worker.computed = [];
		const layout = new LayoutState();
		await layout.load(another, 'everyone');
		expect(worker.computed).toEqual(['Another']);
		expect(layout.flipbookOf(another, 'everyone')).toEqual(flipbook('Another'));
		layout.dispose();
	});

	it('starts no worker once the page that asked has gone', async () => {
		worker.computed = [];
		const layout = new LayoutState();
		// The page goes (the explorer is left for the compare view) while the layout waits for
		// its own task: laying out a dataset for no one would hold a core for seconds.
		const loading = layout.load(another, 'everyone');
		layout.dispose();
		await loading;
		expect(worker.computed).toEqual([]);
		expect(layout.flipbookOf(another, 'everyone')).toBeNull();
		expect(layout.error).toBeNull();
	});
});
