import type { DatasetIssue } from './validate';
import { formatPath, validateDataset, type ValidationResult } from './validate';

/** One file of a dataset kept in several files: an object holding some of the dataset's keys. */
export interface DatasetPart {
	file: string;
	content: unknown;
}

const LIST_KEYS = [
	'sources',
	'factions',
	'people',
	'alignments',
	'alliances',
	'events',
	'stories'
] as const;
/** Lists a dataset may leave out. */
const OPTIONAL_KEYS: readonly ListKey[] = ['stories'];
type ListKey = (typeof LIST_KEYS)[number];

/**
 * Joins the parts of a dataset (each list concatenated, in file order) and validates the whole.
 * Every issue names the file it comes from and the path inside that file, so an editor can
 * go straight to it: `alliances.json: alliances[3].members[1].person: unknown person "bukharn"`.
 */
export function validateDatasetParts(parts: readonly DatasetPart[]): ValidationResult {
	const sorted = [...parts].sort((a, b) => a.file.localeCompare(b.file));
	const merged: Record<string, unknown> = {};
	const origins = new Map<ListKey, { file: string; index: number }[]>();
	const metaFiles: string[] = [];
	const issues: DatasetIssue[] = [];

	for (const part of sorted) {
		const content = part.content;
		if (content === null || typeof content !== 'object' || Array.isArray(content)) {
			issues.push({ path: `${part.file}`, message: 'expected a JSON object with dataset lists' });
			continue;
		}
		for (const [key, value] of Object.entries(content)) {
			// A pointer to the JSON Schema, for editors; not part of the data.
			if (key === '$schema') continue;
			if (key === 'meta') {
				metaFiles.push(part.file);
				merged.meta = value;
			} else if ((LIST_KEYS as readonly string[]).includes(key)) {
				if (!Array.isArray(value)) {
					issues.push({ path: `${part.file}: ${key}`, message: 'expected a list' });
					continue;
				}
				const listKey = key as ListKey;
				const list = (merged[listKey] ??= []) as unknown[];
				const origin = origins.get(listKey) ?? [];
				value.forEach((item, index) => {
					list.push(item);
					origin.push({ file: part.file, index });
				});
				origins.set(listKey, origin);
			} else {
				issues.push({ path: `${part.file}: ${key}`, message: `unknown key "${key}"` });
			}
		}
	}
	if (metaFiles.length > 1)
		issues.push({ path: metaFiles.join(', '), message: 'only one file may hold "meta"' });
	for (const key of LIST_KEYS) if (!OPTIONAL_KEYS.includes(key)) merged[key] ??= [];
	if (issues.length) return { ok: false, issues };

	const result = validateDataset(merged);
	if (result.ok) return result;
	return {
		ok: false,
		issues: result.issues.map((issue) => ({
			...issue,
			path: locate(issue.path, origins, metaFiles)
		}))
	};
}

/** Maps `people[42].terms[0]` of the merged dataset back to `people.json: people[3].terms[0]`. */
function locate(
	path: string,
	origins: Map<ListKey, { file: string; index: number }[]>,
	metaFiles: string[]
): string {
	const match = /^([a-z]+)\[(\d+)\](.*)$/.exec(path);
	if (match) {
		const origin = origins.get(match[1] as ListKey)?.[Number(match[2])];
		if (origin) return `${origin.file}: ${formatPath([match[1]!, origin.index])}${match[3]}`;
	}
	if (path.startsWith('meta') && metaFiles[0]) return `${metaFiles[0]}: ${path}`;
	return path;
}

/** One line per issue, for a terminal or a build log. */
export function formatIssues(issues: readonly DatasetIssue[]): string {
	return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}
