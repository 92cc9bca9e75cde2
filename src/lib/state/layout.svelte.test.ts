import { describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import type { Flipbook } from '$lib/graph/flipbook';
import { LayoutState } from './layout.svelte';

const prebuilt = vi.hoisted(() => ({ files: new Map<string, unknown>() }));
vi.mock('./prebuilt', () => ({
	loadPrebuilt: (url: string) => Promise.resolve(prebuilt.files.get(url))
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
});
