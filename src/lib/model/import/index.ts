import type { DatasetIssue, ValidationResult } from '../validate';
import { importCsv } from './csv';
import { checkSize, decodeText, detectFormat, MAX_FILE_BYTES, type DatasetFormat } from './detect';
import { importGexf, type XmlParse } from './gexf';
import { importJsonFiles } from './json';

export { MAX_FILE_BYTES } from './detect';
export type { XmlParse } from './gexf';

/** A file to import: the browser's `File` fits, and so does anything with these three members. */
export interface FileLike {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** The result of an import, with the names of the files it came from. */
export type ImportResult = ValidationResult & { files: string[] };

/**
 * Imports a dataset from the files a user chose or dropped: one JSON file (or several JSON parts),
 * one to three CSV files, or one GEXF file. Sizes are checked before anything is read; binary
 * data, wrong types and mixtures of formats are refused with a message saying why. Every
 * problem found is listed at once. Never throws and never rejects.
 */
export async function importFiles(
	files: readonly FileLike[],
	parseXml: XmlParse
): Promise<ImportResult> {
	const read = await readFiles(files);
	if (!read.ok) return read;
	return { ...importTexts(read.texts, parseXml), files: read.files };
}

/** The refusal of every file over the size limit, before any is read; `null` if none is. */
export function checkSizes(files: readonly FileLike[]): (ImportResult & { ok: false }) | null {
	const issues = files.flatMap((file) =>
		file.size > MAX_FILE_BYTES ? (checkSize(file.name, file.size) ?? []) : []
	);
	return issues.length ? { ok: false, files: files.map((f) => f.name), issues } : null;
}

/** A file's text, decoded, with the format it was found to be in. */
export interface ReadText {
	name: string;
	text: string;
	format: DatasetFormat;
}

/**
 * The first half of `importFiles`: checks each file's size, decodes its text and finds its
 * format, listing every problem. Never throws and never rejects.
 */
export async function readFiles(
	files: readonly FileLike[]
): Promise<{ ok: true; files: string[]; texts: ReadText[] } | (ImportResult & { ok: false })> {
	const names = files.map((f) => f.name);
	try {
		if (files.length === 0)
			return {
				ok: false,
				files: names,
				issues: [{ path: '(no file)', message: 'no file was given' }]
			};
		const issues: DatasetIssue[] = [];
		const texts: ReadText[] = [];
		for (const file of files) {
			const tooBig = checkSize(file.name, file.size);
			if (tooBig) {
				issues.push(tooBig);
				continue;
			}
			const decoded = decodeText(file.name, new Uint8Array(await file.arrayBuffer()));
			if (!decoded.ok) {
				issues.push(decoded.issue);
				continue;
			}
			const detected = detectFormat(file.name, decoded.text);
			if (!detected.ok) issues.push(detected.issue);
			else texts.push({ name: file.name, text: decoded.text, format: detected.format });
		}
		if (issues.length) return { ok: false, files: names, issues };
		return { ok: true, files: names, texts };
	} catch (error) {
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
	}
}

/** Imports decoded texts whose formats are known; exported for tests and the benchmark. */
export function importTexts(texts: readonly ReadText[], parseXml: XmlParse): ValidationResult {
	const formats = new Set(texts.map((t) => t.format));
	if (formats.size > 1)
		return {
			ok: false,
			issues: [
				{
					path: texts.map((t) => t.name).join(', '),
					message: `these files mix formats (${[...formats].join(', ')}): open one format at a time`
				}
			]
		};
	const [format] = formats;
	if (format === 'gexf') {
		if (texts.length > 1)
			return {
				ok: false,
				issues: [
					{ path: texts.map((t) => t.name).join(', '), message: 'open one GEXF file at a time' }
				]
			};
		return importGexf(texts[0]!.text, parseXml, texts[0]!.name);
	}
	if (format === 'csv') return importCsv(texts);
	return importJsonFiles(texts);
}
