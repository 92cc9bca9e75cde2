import {
	checkSizes,
	importFiles,
	importTexts,
	type FileLike,
	type ImportResult,
	type XmlParse
} from '../model/import';
import { datasetFromJson } from '../model/dataset-json';
import type { ImportReply, ImportRequest } from './import.worker';

/**
 * Imports files as `importFiles` does, but in a Web Worker: reading, parsing and validating a
 * large dataset then never holds the page. GEXF is parsed on the page, with the browser's own
 * XML parser, once the worker has decoded it. Where workers are missing, all of it runs here.
 */
export async function importInWorker(
	files: readonly FileLike[],
	parseXml: XmlParse
): Promise<ImportResult> {
	if (typeof Worker === 'undefined') return importFiles(files, parseXml);
	// Files over the size limit are refused before a byte is read, as on the page.
	const refused = checkSizes(files);
	if (refused) return refused;
	// A file (a `Blob`) goes as it is, and the worker reads it: the page never holds its bytes.
	const request: ImportRequest = {
		files: await Promise.all(
			files.map(async (file) => ({
				name: file.name,
				bytes: file instanceof Blob ? file : await file.arrayBuffer()
			}))
		)
	};
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	try {
		const reply = await new Promise<ImportReply>((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<ImportReply>) => resolve(event.data);
			worker.onerror = (event) => reject(new Error(event.message || 'the import worker failed'));
			worker.postMessage(request, {
				transfer: request.files.flatMap((f) => (f.bytes instanceof Blob ? [] : [f.bytes]))
			});
		});
		if (reply.kind === 'done') return reply.result;
		if (reply.kind === 'dataset')
			return { ok: true, dataset: await datasetFromJson(reply.json), files: reply.files };
		return { ...importTexts(reply.texts, parseXml), files: reply.files };
	} catch (error) {
		const names = files.map((f) => f.name);
		return {
			ok: false,
			files: names,
			issues: [
				{
					path: names.join(', '),
					message: `the files could not be read: ${error instanceof Error ? error.message : String(error)}`
				}
			]
		};
	} finally {
		worker.terminate();
	}
}
