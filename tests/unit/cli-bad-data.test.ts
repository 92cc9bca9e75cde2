import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/load';
import { edgeCasesInYears, readFixture } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'factions-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, data: unknown) => {
	const path = join(dir, name);
	writeFileSync(path, JSON.stringify(data));
	return path;
};

/** The edge-case fixture with dates the schema refuses: the year 0000 and 30 February. */
const badDates = (() => {
	const data = readFixture('edge-cases.json') as {
		meta: { start: string };
		people: { terms: { from: string }[] }[];
	};
	data.meta.start = '0000-12';
	data.people[1]!.terms[0]!.from = '1926-02-30';
	return data;
})();
const badPath = write('bad-dates.json', badDates);
const earlyPath = write('early.json', edgeCasesInYears(['0989', '0990', '0991']));
const latePath = write('late.json', edgeCasesInYears(['9997', '9998', '9999']));
const missingPath = join(dir, 'missing.json');

const run = (script: string, ...args: string[]) =>
	spawnSync('npx', ['tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });

/** A stack trace prints lines such as `    at readDataset (src/cli/load.ts:12:3)`. */
const STACK_LINE = /^\s+at .+[:(]/m;

describe('readDataset', () => {
	it('reports a path that does not exist as an issue instead of throwing', () => {
		const result = readDataset(missingPath);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues).toEqual([
				{ path: missingPath, message: 'cannot be read: there is no such file or folder' }
			]);
	});

	it('reports dates the schema refuses with their location', () => {
		const result = readDataset(badPath);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues.map((i) => i.path)).toEqual([
				'bad-dates.json: meta.start',
				'bad-dates.json: people[1].terms[0].from'
			]);
	});
});

// Each run starts tsx: seconds, not milliseconds.
describe('the command line on bad data', { timeout: 60_000 }, () => {
	it.each([
		['before the year 1000', earlyPath],
		['up to the year 9999', latePath]
	])('validates a dataset %s', (_, path) => {
		const result = run('validate', path);
		expect(result.stderr).not.toMatch(STACK_LINE);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^valid: 4 people/);
	});

	it.each<[string, string[], number, RegExp]>([
		['validate', [badPath], 1, /^bad-dates\.json: meta\.start: .*0001 to 9999/m],
		[
			'validate',
			[badPath],
			1,
			/^bad-dates\.json: people\[1\]\.terms\[0\]\.from: .*February 1926 has 28 days/m
		],
		['validate', [missingPath], 1, /missing\.json: cannot be read: there is no such file/],
		['snapshot', ['--at', '1926', '--data', badPath], 2, /^bad-dates\.json: meta\.start: /m],
		['snapshot', ['--at', '0990', '--data', earlyPath], 0, /"at": "0990-06"/],
		[
			'export',
			['--at', '1926', '--out', dir, '--data', badPath],
			2,
			/^bad-dates\.json: meta\.start: /m
		],
		['export', ['--at', '1926', '--out', dir, '--data', missingPath], 2, /cannot be read/]
	])('%s %j exits %i and says where, without a stack trace', (script, args, status, text) => {
		const result = run(script, ...args);
		expect(result.stderr).not.toMatch(STACK_LINE);
		expect(result.status, result.stderr).toBe(status);
		expect(result.stdout + result.stderr).toMatch(text);
	});
});
