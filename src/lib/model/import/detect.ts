import type { DatasetIssue } from '../validate';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type DatasetFormat = 'json' | 'csv' | 'gexf';

/** What a file is, from its name and first bytes: a format, or why it is not a dataset. */
export type Detection = { ok: true; format: DatasetFormat } | { ok: false; issue: DatasetIssue };

const SIGNATURES: { bytes: number[]; what: string }[] = [
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or an Excel or Word file)' },
	{ bytes: [0x1f, 0x8b], what: 'a gzip archive' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel or Word file' }
];

const FORMATS_HELP =
	'Factions opens a dataset as .json, as .csv files (people.csv, and alliances.csv or events.csv if you have them) or as .gexf';

/** `12.3 MB` */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses a file by its size alone, so a huge file is never read. */
export function checkSize(name: string, size: number): DatasetIssue | null {
	if (size === 0) return { path: name, message: 'the file is empty' };
	if (size > MAX_FILE_BYTES)
		return {
			path: name,
			message: `the file is ${formatBytes(size)}, more than the ${formatBytes(MAX_FILE_BYTES)} Factions can open`
		};
	return null;
}

/**
 * Decodes a file's bytes as UTF-8 text, refusing binary data (a known file signature, NUL bytes
 * or bytes that are not UTF-8) with a message that says what the file seems to be.
 */
export function decodeText(
	name: string,
	bytes: Uint8Array
): { ok: true; text: string } | { ok: false; issue: DatasetIssue } {
	if (bytes.length === 0) return { ok: false, issue: { path: name, message: 'the file is empty' } };
	for (const signature of SIGNATURES)
		if (signature.bytes.every((byte, i) => bytes[i] === byte))
			return {
				ok: false,
				issue: { path: name, message: `this is ${signature.what}, not a dataset. ${FORMATS_HELP}.` }
			};
	const nul = bytes.indexOf(0);
	if (nul !== -1)
		return {
			ok: false,
			issue: {
				path: name,
				message: `this is binary data, not text (a zero byte at offset ${nul}). ${FORMATS_HELP}, saved as UTF-8 text.`
			}
		};
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return {
			ok: false,
			issue: {
				path: name,
				message:
					'this is not UTF-8 text: save the file as UTF-8 (in a spreadsheet: "CSV UTF-8") and open it again'
			}
		};
	}
}

/** The format of a file, from its extension, else from how its text begins. */
export function detectFormat(name: string, text: string): Detection {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (extension === 'json' || extension === 'geojson') return { ok: true, format: 'json' };
	if (extension === 'csv' || extension === 'tsv') return { ok: true, format: 'csv' };
	if (extension === 'gexf') return { ok: true, format: 'gexf' };
	const start = text.trimStart().slice(0, 512);
	if (start.startsWith('{') || start.startsWith('[')) return { ok: true, format: 'json' };
	if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<gexf[\s>]/.test(start))
		return { ok: true, format: 'gexf' };
	if (extension === 'txt' && /^[^\n]*,[^\n]*\n/.test(start)) return { ok: true, format: 'csv' };
	return {
		ok: false,
		issue: {
			path: name,
			message: `${extension ? `a .${extension} file is not a dataset` : 'this file is not a dataset'}. ${FORMATS_HELP}.`
		}
	};
}
