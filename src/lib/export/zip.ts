import { strToU8, zipSync, type Zippable } from 'fflate';

/** A file to write or download: text, or bytes (PNG). */
export interface ExportFile {
	name: string;
	data: string | Uint8Array;
}

/**
 * The files in one zip. Text is compressed; bytes (PNG, already compressed) are stored as they
 * are, which is much faster and hardly larger. File times are fixed so equal files give equal
 * zips.
 */
export function zipFiles(files: readonly ExportFile[]): Uint8Array {
	const entries: Zippable = {};
	for (const file of files) {
		if (file.name in entries) throw new Error(`two files named ${file.name} in one zip`);
		entries[file.name] =
			typeof file.data === 'string'
				? [strToU8(file.data), { level: 6 }]
				: [file.data, { level: 0 }];
	}
	return zipSync(entries, { mtime: new Date(Date.UTC(2000, 0, 1)) });
}
