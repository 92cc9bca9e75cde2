import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../cli/load';
import { importCsv } from './csv';
import { importJson } from './json';

const builtin = readDataset();
if (!builtin.ok) throw new Error('the built-in dataset is not valid');
const builtinText = JSON.stringify(builtin.dataset);

/** A validation result: a dataset, or a non-empty list of issues that each say where and what. */
function expectValidationResult(result: ReturnType<typeof importJson>) {
	if (result.ok) {
		expect(result.dataset.meta).toBeDefined();
		return;
	}
	expect(result.issues.length).toBeGreaterThan(0);
	for (const issue of result.issues) {
		expect(typeof issue.path).toBe('string');
		expect(issue.message.length).toBeGreaterThan(0);
	}
}

/** Every path into a JSON value, as lists of keys and indexes. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [prefix];
	const entries = Array.isArray(value)
		? value.map((v, i) => [i, v] as const)
		: Object.entries(value);
	return [prefix, ...entries.flatMap(([key, v]) => pathsOf(v, [...prefix, key]))];
}
const allPaths = pathsOf(builtin.dataset).filter((path) => path.length > 0);

function mutate(path: (string | number)[], replacement: unknown, remove: boolean) {
	const copy = JSON.parse(builtinText);
	let parent = copy;
	for (const key of path.slice(0, -1)) parent = parent[key];
	const last = path[path.length - 1]!;
	if (remove) {
		if (Array.isArray(parent)) parent.splice(Number(last), 1);
		else delete parent[last];
	} else parent[last] = replacement;
	return JSON.stringify(copy);
}

describe('importers never throw', () => {
	it('on arbitrary JSON', () => {
		fc.assert(
			fc.property(fc.json(), (text) => expectValidationResult(importJson(text, 'any.json'))),
			{ numRuns: 300 }
		);
	});

	it('on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) =>
				expectValidationResult(importJson(text, 'any.json'))
			),
			{ numRuns: 300 }
		);
	});

	it('on arbitrary mutations of the built-in dataset', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...allPaths),
				fc.jsonValue(),
				fc.boolean(),
				(path, replacement, remove) =>
					expectValidationResult(importJson(mutate(path, replacement, remove), 'mutated.json'))
			),
			{ numRuns: 150 }
		);
	});

	it('on arbitrary CSV', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string(), { maxLength: 6 }), { maxLength: 8 }),
				fc.constantFrom('people.csv', 'alliances.csv', 'x.csv'),
				(rows, name) => {
					const header = 'id,name,faction,from,to,members\n';
					const text = header + rows.map((row) => row.join(',')).join('\n');
					expectValidationResult(importCsv([{ name, text }]));
				}
			),
			{ numRuns: 200 }
		);
	});
});
