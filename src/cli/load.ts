import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateDatasetParts, type DatasetPart } from '../lib/model/parts';
import type { ValidationResult } from '../lib/model/validate';

export const BUILTIN_DATASET_DIR = 'graph-data/soviet-struggle';

/**
 * Reads a dataset from a folder of JSON parts (as in graph-data/) or from one JSON file,
 * and validates it. A path that cannot be read or a file that is not JSON is reported as an
 * issue, never thrown.
 */
export function readDataset(path: string = BUILTIN_DATASET_DIR): ValidationResult {
	let files: string[];
	try {
		files = statSync(path).isDirectory()
			? readdirSync(path)
					.filter((name) => name.endsWith('.json'))
					.sort()
					.map((name) => join(path, name))
			: [path];
	} catch (error) {
		return { ok: false, issues: [{ path, message: `cannot be read: ${fileError(error)}` }] };
	}
	const parts: DatasetPart[] = [];
	const issues = [];
	for (const file of files) {
		try {
			parts.push({ file: basename(file), content: JSON.parse(readFileSync(file, 'utf8')) });
		} catch (error) {
			issues.push({
				path: basename(file),
				message:
					error instanceof SyntaxError
						? `not valid JSON: ${error.message}`
						: `cannot be read: ${fileError(error)}`
			});
		}
	}
	if (issues.length) return { ok: false, issues };
	return validateDatasetParts(parts);
}

/** A file system error in words: `ENOENT` is "there is no such file or folder". */
function fileError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	if (code === 'ENOENT') return 'there is no such file or folder';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'it is a folder, not a file';
	return error instanceof Error ? error.message : String(error);
}
