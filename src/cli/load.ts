import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateDatasetParts, type DatasetPart } from '../lib/model/parts';
import type { ValidationResult } from '../lib/model/validate';

export const BUILTIN_DATASET_DIR = 'graph-data/soviet-struggle';

/**
 * Reads a dataset from a folder of JSON parts (as in graph-data/) or from one JSON file,
 * and validates it. A file that is not JSON is reported as an issue, never thrown.
 */
export function readDataset(path: string = BUILTIN_DATASET_DIR): ValidationResult {
	const files = statSync(path).isDirectory()
		? readdirSync(path)
				.filter((name) => name.endsWith('.json'))
				.sort()
				.map((name) => join(path, name))
		: [path];
	const parts: DatasetPart[] = [];
	const issues = [];
	for (const file of files) {
		try {
			parts.push({ file: basename(file), content: JSON.parse(readFileSync(file, 'utf8')) });
		} catch (error) {
			issues.push({ path: basename(file), message: `not valid JSON: ${(error as Error).message}` });
		}
	}
	if (issues.length) return { ok: false, issues };
	return validateDatasetParts(parts);
}
