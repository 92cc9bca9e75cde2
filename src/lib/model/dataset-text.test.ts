import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { datasetFromText, fromPortable, portable } from './dataset-text';

describe('a dataset and its text', () => {
	const loaded = readDataset();
	if (!loaded.ok) throw new Error('the built-in dataset is not valid');
	const text = JSON.stringify(loaded.dataset);

	it('reads the same dataset back from its text', () => {
		expect(datasetFromText(text)).toEqual(loaded.dataset);
	});

	it('sends the text of a dataset read from one, and a dataset made otherwise as it is', () => {
		const read = datasetFromText(text);
		expect(portable(read)).toBe(text);
		expect(portable(loaded.dataset)).toBe(loaded.dataset);
		expect(fromPortable(portable(read))).toEqual(read);
		expect(fromPortable(loaded.dataset)).toBe(loaded.dataset);
	});

	it('keeps the text with what was read from it, for the next trip', () => {
		const received = fromPortable(text);
		expect(portable(received)).toBe(text);
	});
});
