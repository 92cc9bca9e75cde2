import type { Dataset } from './schema';

/**
 * A dataset's JSON text, kept beside the dataset read from it. Given the text, a worker or the
 * browser's storage copies one string; given the dataset, the page clones each of its objects,
 * one task of over 100 ms at 10,000 people in Chromium. Reading the text back (`JSON.parse`)
 * costs the page less than receiving the same dataset as objects.
 */
const texts = new WeakMap<Dataset, string>();

/** The dataset in `text`, which is kept beside it for `portable`. */
export function datasetFromText(text: string): Dataset {
	const dataset = JSON.parse(text) as Dataset;
	texts.set(dataset, text);
	return dataset;
}

/** What to send a worker or storage: the dataset's text if it was read from one, else itself. */
export function portable(dataset: Dataset): Dataset | string {
	return texts.get(dataset) ?? dataset;
}

/** The dataset a worker or storage was sent (see `portable`). */
export function fromPortable(sent: Dataset | string): Dataset {
	return typeof sent === 'string' ? datasetFromText(sent) : sent;
}
