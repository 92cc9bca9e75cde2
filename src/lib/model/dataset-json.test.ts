import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { datasetFromJson, fromPortable, portable } from './dataset-json';

describe('a dataset and its JSON', () => {
	const loaded = readDataset();
	if (!loaded.ok) throw new Error('the built-in dataset is not valid');
	const json = () => new Blob([JSON.stringify(loaded.dataset)]);

	it('reads the same dataset back from its JSON', async () => {
		expect(await datasetFromJson(json())).toEqual(loaded.dataset);
	});

	it('sends the JSON of a dataset read from it, and a dataset made otherwise as it is', async () => {
		const blob = json();
		const read = await datasetFromJson(blob);
		expect(portable(read)).toBe(blob);
		expect(portable(loaded.dataset)).toBe(loaded.dataset);
		expect(await fromPortable(portable(read))).toEqual(read);
		expect(await fromPortable(loaded.dataset)).toBe(loaded.dataset);
	});

	it('keeps the JSON with what was read from it, for the next trip', async () => {
		const blob = json();
		expect(portable(await fromPortable(blob))).toBe(blob);
	});
});
