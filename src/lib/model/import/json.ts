import { validateDatasetParts, type DatasetPart } from '../parts';
import { validateDataset, type DatasetIssue, type ValidationResult } from '../validate';

/** Deeper than any dataset needs; deeper input is refused before it can exhaust the stack. */
export const MAX_JSON_DEPTH = 64;

/** What parsing one JSON file gives: its content, or the problem with it. */
export type JsonParse = { ok: true; content: unknown } | { ok: false; issue: DatasetIssue };

/**
 * Parses the text of a JSON file, saying what is wrong in words a non-programmer understands:
 * an empty file, nesting deeper than {@link MAX_JSON_DEPTH}, or a syntax error at a line and
 * column. Never throws.
 */
export function parseJsonText(text: string, file: string): JsonParse {
	if (text.trim() === '') return { ok: false, issue: { path: file, message: 'the file is empty' } };
	const depth = nestingDepth(text);
	if (depth > MAX_JSON_DEPTH)
		return {
			ok: false,
			issue: {
				path: file,
				message: `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep; a dataset needs no more than 6`
			}
		};
	try {
		return { ok: true, content: JSON.parse(text) };
	} catch (error) {
		return { ok: false, issue: { path: file, message: describeSyntaxError(text, error) } };
	}
}

/**
 * Reads a dataset kept as one JSON file with every key (`meta`, `sources`, `factions`,
 * `people`, `alignments`, `alliances`, `events`) and validates it. Every issue's path starts
 * with the file name: `my-data.json: people[3].born`.
 */
export function importJson(text: string, file = 'dataset.json'): ValidationResult {
	return importJsonFiles([{ name: file, text }]);
}

/**
 * Reads a dataset from one JSON file or from several parts (like `graph-data/`: each file holds
 * some of the lists, joined in file-name order). Never throws.
 */
export function importJsonFiles(
	files: readonly { name: string; text: string }[]
): ValidationResult {
	const parts: DatasetPart[] = [];
	const issues: DatasetIssue[] = [];
	for (const { name, text } of files) {
		const parsed = parseJsonText(text, name);
		if (!parsed.ok) issues.push(parsed.issue);
		else if (!isPlainObject(parsed.content))
			issues.push({
				path: name,
				message: `expected a JSON object with the keys "meta", "people", "alliances"… but the file holds ${kindOf(parsed.content)}`
			});
		else parts.push({ file: name, content: parsed.content });
	}
	if (issues.length) return { ok: false, issues };
	if (parts.length === 1) {
		const [part] = parts;
		const result = validateDataset(part!.content);
		if (result.ok) return result;
		return {
			ok: false,
			issues: result.issues.map((issue) => ({ ...issue, path: `${part!.file}: ${issue.path}` }))
		};
	}
	return validateDatasetParts(parts);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'a string';
	return `a ${typeof value}`;
}

/** The deepest nesting of `[` and `{` outside strings, counted without parsing. */
function nestingDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (inString) {
			if (char === 92 /* \ */) i++;
			else if (char === 34 /* " */) inString = false;
		} else if (char === 34) inString = true;
		else if (char === 123 /* { */ || char === 91 /* [ */) {
			depth++;
			if (depth > deepest) deepest = depth;
			if (deepest > MAX_JSON_DEPTH) return deepest;
		} else if (char === 125 /* } */ || char === 93 /* ] */) depth--;
	}
	return deepest;
}

/** `not valid JSON at line 3, column 5: Expected ',' …`, from the engine's message. */
function describeSyntaxError(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const lineColumn = /line (\d+) column (\d+)/.exec(message);
	const position = /position (\d+)/.exec(message);
	let where = '';
	if (lineColumn) where = ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
	else if (position) {
		const offset = Number(position[1]);
		const { line, column } = lineAndColumn(text, offset);
		where = ` at line ${line}, column ${column}`;
		if (offset >= text.trimEnd().length)
			where += ' (the file ends too soon: a bracket or quote is not closed)';
	} else if (/end of JSON input|Unterminated/i.test(message)) {
		const { line, column } = lineAndColumn(text, text.length);
		where = ` at line ${line}, column ${column} (the file ends too soon: a bracket or quote is not closed)`;
	}
	const reason = message
		.replace(/\s*\(line \d+ column \d+\)/, '')
		.replace(/\s*in JSON at position \d+/, '')
		.replace(/^JSON\.parse: /, '');
	return `not valid JSON${where}: ${reason}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}
