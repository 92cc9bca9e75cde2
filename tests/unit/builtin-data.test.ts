import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DATASET_DIR, readDataset } from '../../src/cli/load';
import { main as snapshotMain } from '../../src/cli/snapshot';
import { diffSnapshots } from '../../src/lib/model/diff';
import { emptyStageMonths } from '../../src/lib/model/coverage';
import { formatIssues } from '../../src/lib/model/parts';
import { snapshotAt } from '../../src/lib/model/snapshot';
import { oppositionFactionWarnings } from '../../src/lib/model/bloc-factions';
import { monthsBetween } from '../../src/lib/model/time';
import { runCli } from './cli';

// Every integrity rule: a dataset that breaks one fails this whole file here, with its issues.
const loaded = readDataset();
if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
const dataset = loaded.dataset;

const statusAt = (at: string, id: string) => {
	const person = snapshotAt(dataset, at).people.find((p) => p.id === id);
	return person ? person.politburo : 'absent';
};

describe('the built-in dataset', () => {
	it('holds every item of every part file, the files taken in name order', () => {
		const files = readdirSync(BUILTIN_DATASET_DIR)
			.filter((f) => f.endsWith('.json'))
			.sort();
		expect(files.length).toBeGreaterThan(1);
		const keyOf = (item: { id?: string; person?: string; from?: string }) =>
			item.id ?? `${item.person}@${item.from}`;
		const fromFiles: Record<string, string[]> = {};
		let meta: unknown;
		for (const file of files) {
			const part = JSON.parse(readFileSync(join(BUILTIN_DATASET_DIR, file), 'utf8'));
			for (const [key, value] of Object.entries(part)) {
				if (key === 'meta') meta = value;
				else if (Array.isArray(value)) (fromFiles[key] ??= []).push(...value.map(keyOf));
			}
		}
		expect(Object.keys(fromFiles).sort()).toEqual(
			['alignments', 'alliances', 'events', 'factions', 'people', 'sources', 'stories'].sort()
		);
		for (const [key, keys] of Object.entries(fromFiles))
			expect((dataset[key as keyof typeof dataset] as { id?: string }[]).map(keyOf), key).toEqual(
				keys
			);
		expect(dataset.meta).toEqual(meta);
	});

	it('is as large as the product promises', () => {
		const politburo = dataset.people.filter((p) => p.terms.length > 0);
		expect(politburo.length).toBeGreaterThanOrEqual(28);
		expect(dataset.events.length).toBeGreaterThanOrEqual(40);
		for (const id of [
			'troika',
			'left-opposition',
			'new-opposition',
			'duumvirate',
			'united-opposition',
			'right-opposition'
		]) {
			expect(dataset.alliances.map((a) => a.id)).toContain(id);
		}
		for (const id of [
			'krupskaya',
			'sokolnikov',
			'radek',
			'pyatakov',
			'preobrazhensky',
			'uglanov',
			'ryutin'
		]) {
			expect(dataset.people.map((p) => p.id)).toContain(id);
		}
	});

	it('keeps the members of each opposition bloc in one faction, or says why not', () => {
		expect(oppositionFactionWarnings(dataset)).toEqual([]);
	});

	it('shows someone on stage in every month of its range', () => {
		expect(emptyStageMonths(dataset)).toEqual([]);
	});

	it.each([
		['1917-10', ['bubnov', 'kamenev', 'lenin', 'sokolnikov', 'stalin', 'trotsky', 'zinoviev']],
		['1917-12', ['lenin', 'stalin', 'sverdlov', 'trotsky']],
		['1918-09', ['lenin', 'stalin', 'sverdlov', 'trotsky']],
		[
			'1919-03',
			// The Politburo of 25 March, and the Democratic Centralists and the Military Opposition
			// at the Eighth Congress.
			[
				'bukharin',
				'kalinin',
				'kamenev',
				'krestinsky',
				'lenin',
				'osinsky',
				'pyatakov',
				'sapronov',
				'stalin',
				'trotsky',
				'vm-smirnov',
				'voroshilov',
				'zinoviev'
			]
		]
	])('shows the leadership before the permanent Politburo: %s', (at, ids) => {
		expect(snapshotAt(dataset, at).people.map((p) => p.id)).toEqual(ids);
	});

	it('never has anyone in a ruling alliance and an opposition bloc in the same month', () => {
		for (const month of monthsBetween(dataset.meta.start, dataset.meta.end)) {
			const snapshot = snapshotAt(dataset, month);
			const kindOf = new Map(snapshot.alliances.map((a) => [a.id, a.kind]));
			for (const person of snapshot.people) {
				const kinds = new Set(person.alliances.map((id) => kindOf.get(id)));
				expect(kinds.size, `${person.id} in ${month}: ${person.alliances.join(', ')}`).toBeLessThan(
					2
				);
			}
		}
	});

	it('records disagreements between sources', () => {
		const withAlternatives = [
			...dataset.alliances,
			...dataset.events,
			...dataset.alignments,
			...dataset.people.flatMap((p) => [...p.terms, ...p.offices])
		].filter((fact) => fact.alternatives?.length);
		expect(withAlternatives.length).toBeGreaterThanOrEqual(10);
		expect(dataset.alliances.find((a) => a.id === 'troika')?.alternatives?.length).toBeGreaterThan(
			0
		);
	});

	it('cites only sources that name where they come from', () => {
		for (const source of dataset.sources) {
			expect(
				source.url ?? source.seed ?? source.publisher ?? source.author,
				source.id
			).toBeTruthy();
		}
	});

	it.each([
		['1923-12', 'lenin', 'full'],
		['1924-01', 'lenin', 'absent'],
		['1926-09', 'trotsky', 'full'],
		['1926-10', 'trotsky', null],
		['1926-09', 'kamenev', 'candidate'],
		['1926-10', 'kamenev', null],
		['1926-06', 'zinoviev', 'full'],
		['1926-07', 'zinoviev', null],
		['1925-06', 'bukharin', 'full'],
		['1919-06', 'stalin', 'full'],
		['1938-03', 'stalin', 'full'],
		['1929-10', 'bukharin', 'full'],
		['1929-12', 'bukharin', 'absent'],
		['1926-01', 'molotov', 'full'],
		['1925-12', 'molotov', 'candidate']
	])('at %s %s is %s', (at, id, status) => {
		expect(statusAt(at, id)).toBe(status);
	});

	it('holds the offices at the right dates', () => {
		const offices = (at: string, id: string) =>
			snapshotAt(dataset, at).people.find((p) => p.id === id)?.offices ?? [];
		expect(offices('1922-03', 'stalin').join()).not.toMatch(/General Secretary/);
		expect(offices('1922-04', 'stalin').join()).toMatch(/General Secretary/);
		expect(offices('1924-06', 'rykov').join()).toMatch(/Sovnarkom|People's Commissars/);
	});

	it('sees the Troika give way to the Right Opposition between 1924 and 1929', () => {
		const diff = diffSnapshots(snapshotAt(dataset, '1924'), snapshotAt(dataset, '1929'));
		expect(diff.alliancesDissolved.map((a) => a.id)).toContain('troika');
		expect(diff.alliancesFormed.map((a) => a.id)).toContain('right-opposition');
		expect(diff.leftPolitburo.map((p) => p.id)).toEqual(
			expect.arrayContaining(['trotsky', 'zinoviev', 'kamenev'])
		);
		expect(diff.joinedPolitburo.map((p) => p.id)).toEqual(expect.arrayContaining(['voroshilov']));
	});

	it('gives every person a cited fate and a name in Cyrillic, and each Wikidata item to one person', () => {
		const withoutFate = dataset.people.filter((p) => !p.fate).map((p) => p.id);
		expect(withoutFate).toEqual([]);
		const withoutCyrillic = dataset.people
			.filter((p) => !/^[\p{Script=Cyrillic} .'-]+$/u.test(p.nativeName ?? ''))
			.map((p) => p.id);
		expect(withoutCyrillic).toEqual([]);
		const ids = dataset.people.flatMap((p) => (p.wikidata ? [p.wikidata] : []));
		expect(new Set(ids).size).toBe(ids.length);
		// Everyone in the data died before today; a fate without a date says why.
		for (const person of dataset.people) {
			expect(person.fate?.kind, person.id).not.toBe('alive');
			if (!person.fate?.date) expect(person.fate?.note, person.id).toBeTruthy();
		}
	});

	it('records how the leaders of the oppositions died, and dates executions by the shooting', () => {
		const fate = (id: string) => dataset.people.find((p) => p.id === id)?.fate;
		expect(fate('zinoviev')).toMatchObject({
			kind: 'executed',
			date: '1936-08-25',
			sentenced: '1936-08-24'
		});
		expect(fate('bukharin')).toMatchObject({ kind: 'executed', date: '1938-03-15' });
		expect(fate('tomsky')?.kind).toBe('suicide');
		expect(fate('trotsky')).toMatchObject({ kind: 'killed', date: '1940-08-21' });
		expect(fate('kirov')?.kind).toBe('killed');
		expect(fate('stalin')).toMatchObject({ kind: 'died', date: '1953-03-05' });
		expect(fate('ordzhonikidze')?.alternatives?.[0]?.claim).toMatch(/heart failure/);
		const zinoviev = dataset.people.find((p) => p.id === 'zinoviev')!;
		expect(zinoviev.aliases).toEqual(expect.arrayContaining(["Zinov'ev", 'Sinowjew', 'Zinovyev']));
	});
});

describe('npm run snapshot', () => {
	const run = (...args: string[]) => runCli(snapshotMain, ...args);

	it('prints the snapshot of a month as JSON', async () => {
		const result = await run('--at', '1926-10');
		expect(result.status, result.stderr).toBe(0);
		const snapshot = JSON.parse(result.stdout);
		expect(snapshot.at).toBe('1926-10');
		const trotsky = snapshot.people.find((p: { id: string }) => p.id === 'trotsky');
		expect(trotsky).toMatchObject({
			name: expect.stringContaining('Trotsky'),
			faction: 'left',
			politburo: null
		});
		expect(snapshot.alliances[0]).toHaveProperty('members');
		expect(snapshot.edges.length).toBeGreaterThan(0);
	});

	it('prints the difference between two dates', async () => {
		const diff = JSON.parse((await run('--diff', '1924', '1929')).stdout);
		expect(diff.from).toBe('1924-06');
		expect(diff.to).toBe('1929-06');
		expect(diff.leftPolitburo.map((p: { id: string }) => p.id)).toContain('trotsky');
		const left = diff.sections.find((s: { key: string }) => s.key === 'leftPolitburo');
		expect(left.items).toContainEqual({
			kind: 'person',
			id: 'trotsky',
			label: 'Trotsky',
			month: '1926-10'
		});
	});

	it('prints the difference in words with --text', async () => {
		const lines = (await run('--diff', '1924', '1929', '--text')).stdout.trim().split('\n');
		expect(lines).toContainEqual(
			expect.stringMatching(/^Left the Politburo: .*Trotsky \(Oct 1926\)/)
		);
		expect(lines).toContainEqual(expect.stringMatching(/^Alliances formed: .*Right Opposition/));
		expect((await run('--diff', '1926-10', '1926-10', '--text')).stdout.trim()).toBe(
			'No difference between October 1926 and October 1926.'
		);
	});

	it.each([
		[['--at', '1926-13'], /not a date/],
		[['--at', '1850'], /outside the dataset's range/],
		[['--at'], /needs a date/],
		[['--diff', '1924'], /--diff needs two dates/],
		[['--when', '1926'], /unknown argument/],
		[[], /exactly one of --at or --diff/],
		[['--at', '1926', '--text'], /--text goes with --diff/]
	])('refuses %j with a one-line message', async (args, message) => {
		const result = await run(...args);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/^snapshot: /);
		expect(result.stderr).toMatch(message);
	});
});
