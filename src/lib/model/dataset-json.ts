import type { Dataset } from './schema';

/**
 * A dataset's JSON, as a `Blob`, kept beside the dataset read from it. Given the blob, a worker
 * or the browser's storage receives a handle to bytes the page never copies; given the dataset,
 * the page clones each of its objects, one task of over 100 ms at 10,000 people in Chromium.
 */
const files = new WeakMap<Dataset, Blob>();

/** The dataset in `json`, which is kept beside it for `portable`. */
export async function datasetFromJson(json: Blob): Promise<Dataset> {
	const dataset = JSON.parse(await json.text()) as Dataset;
	files.set(dataset, json);
	return dataset;
}

/** What to send a worker or storage: the dataset's JSON if it was read from it, else itself. */
export function portable(dataset: Dataset): Dataset | Blob {
	return files.get(dataset) ?? dataset;
}

/** The dataset a worker or storage was sent (see `portable`). */
export function fromPortable(sent: Dataset | Blob): Promise<Dataset> {
	return sent instanceof Blob ? datasetFromJson(sent) : Promise.resolve(sent);
}
