/// <reference lib="webworker" />
import { importTexts, readFiles, type ImportResult, type ReadText } from '../model/import';

export interface ImportRequest {
	/** Each file's bytes, or the file itself (a handle: the worker reads it, not the page). */
	files: { name: string; bytes: ArrayBuffer | Blob }[];
}

/**
 * What came of it: the result, or, for XML (GEXF), the decoded texts for the page to finish,
 * since only the page has the browser's XML parser.
 */
export type ImportReply =
	| { kind: 'done'; result: ImportResult }
	| { kind: 'xml'; files: string[]; texts: ReadText[] }
	/**
	 * A valid dataset, as its JSON: a blob crosses to the page as a handle, and the page reads it
	 * back faster than it would receive the dataset's objects.
	 */
	| { kind: 'dataset'; files: string[]; json: Blob };

// Decodes, parses and validates a dataset away from the page, so a large one never freezes it.
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const files = event.data.files.map(({ name, bytes }) => ({
		name,
		size: bytes instanceof Blob ? bytes.size : bytes.byteLength,
		arrayBuffer: async () => (bytes instanceof Blob ? bytes.arrayBuffer() : bytes)
	}));
	const read = await readFiles(files);
	if (!read.ok) {
		self.postMessage({ kind: 'done', result: read } satisfies ImportReply);
		return;
	}
	if (read.texts.some((t) => t.format === 'gexf')) {
		self.postMessage({ kind: 'xml', files: read.files, texts: read.texts } satisfies ImportReply);
		return;
	}
	const result = importTexts(read.texts, () => {
		throw new Error('XML is read on the page');
	});
	self.postMessage(
		(result.ok
			? {
					kind: 'dataset',
					files: read.files,
					json: new Blob([JSON.stringify(result.dataset)], { type: 'application/json' })
				}
			: { kind: 'done', result: { ...result, files: read.files } }) satisfies ImportReply
	);
};
