import { describe, expect, it } from 'vitest';
import { readFixtureText } from '../../../../tests/unit/fixtures';
import { snapshotAt } from '../snapshot';
import { importCsv, type CsvFile } from './csv';

const fixture = (name: string, as = name): CsvFile => ({
	name: as,
	text: readFixtureText(`import/${name}`)
});

function issuesOf(files: CsvFile[]) {
	const result = importCsv(files);
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.issues;
}

describe('importCsv', () => {
	it('reads the kind "alleged" for a tie charged at a trial, and refuses an unknown kind', () => {
		const people: CsvFile = {
			name: 'people.csv',
			text: 'id,name,faction,from\na,A,Left,1936-01\nb,B,Left,1936-01\n'
		};
		const alliances = (kind: string): CsvFile => ({
			name: 'alliances.csv',
			text: `name,from,members,kind\n"Centre, as charged",1936-08,a;b,${kind}\n`
		});
		const result = importCsv([people, alliances('Alleged')]);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		expect(result.dataset.alliances[0]!.kind).toBe('alleged');
		const issues = issuesOf([people, alliances('rumoured')]);
		expect(issues.map((i) => i.message).join('\n')).toMatch(/"rumoured" is not a kind.*alleged/);
	});

	it('reads native names, aliases, Wikidata ids and fates, cited like the row', () => {
		const result = importCsv([
			{
				name: 'people.csv',
				text:
					'id,name,faction,from,died,sources,confidence,native name,aliases,wikidata,fate,fate date,fate place,sentenced,rehabilitated,fate note\n' +
					'zinoviev,Grigory Zinoviev,Left,1936-01,1936-08-25,https://example.org/z,high,Григорий Зиновьев,"Zinov\'ev|Sinowjew",Q192158,Executed,1936-08-25,Moscow,1936-08-24,1988-06-13,\n' +
					'eismont,Nikolai Eismont,Right,1936-01,,,,,,,died,,,,,"Air crash in 1936, day unknown."\n' +
					'plain,Plain,Right,1936-01\n'
			}
		]);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const [zinoviev, eismont, plain] = result.dataset.people;
		expect(zinoviev).toMatchObject({
			nativeName: 'Григорий Зиновьев',
			aliases: ["Zinov'ev", 'Sinowjew'],
			wikidata: 'Q192158',
			fate: {
				kind: 'executed',
				date: '1936-08-25',
				place: 'Moscow',
				sentenced: '1936-08-24',
				rehabilitated: '1988-06-13',
				sources: zinoviev!.sources,
				confidence: 'high'
			}
		});
		expect(eismont!.fate).toEqual({
			kind: 'died',
			note: 'Air crash in 1936, day unknown.',
			sources: ['csv-files'],
			confidence: 'medium'
		});
		expect(plain).not.toHaveProperty('fate');
		expect(plain).not.toHaveProperty('aliases');
	});

	it.each([
		['fate,fate date\nshot,1936-08-25', "column 'fate'", /"shot" is not a fate/],
		['fate date\n1936-08-25', "column 'fate'", /'Fate date' is given without the fate/],
		['fate,sentenced\nexecuted,24.8.1936', "column 'sentenced'", /is not a date/],
		['wikidata\nq855', "column 'wikidata'", /expected a Wikidata item id/],
		['died,fate,fate date\n1936-08-25,executed,1936-08-24', "column 'fate date'", /is not the day/],
		['fate\nsuicide', "column 'fate date'", /needs a date, or a note/]
	])('reports %j at %s', (columns, where, message) => {
		const [header, cells] = columns.split('\n');
		const issues = issuesOf([
			{ name: 'people.csv', text: `id,name,faction,from,${header}\na,A,Left,1936-01,${cells}\n` }
		]);
		expect(issues).toHaveLength(1);
		expect(issues[0]!.path).toBe(`people.csv, row 2, ${where}`);
		expect(issues[0]!.message).toMatch(message);
	});

	it('builds a dataset from people, alliances and events files', () => {
		const result = importCsv([
			fixture('people.csv'),
			fixture('alliances.csv'),
			fixture('events.csv')
		]);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const { dataset } = result;
		expect(dataset.meta.start).toBe('1966-05');
		expect(dataset.meta.end).toBe('1976-10');
		expect(dataset.factions.map((f) => [f.id, f.label])).toEqual([
			['mao-and-successors', 'Mao and successors'],
			['veterans', 'Veterans'],
			['radicals', 'Radicals'],
			['lin-group', 'Lin group']
		]);
		expect(dataset.alliances.map((a) => a.id)).toEqual([
			'central-cultural-revolution-group',
			'liu-deng-headquarters'
		]);
		expect(dataset.alliances[1]!.kind).toBe('opposition');
		expect(dataset.events).toHaveLength(2);
		// The same reference in two rows is one source.
		expect(dataset.sources.filter((s) => s.url?.includes('Gang_of_Four'))).toHaveLength(1);
		// A row with no source cites the files themselves.
		expect(dataset.sources.at(-1)!.title).toMatch(/no source given/);
	});

	it('follows a faction change written with its date', () => {
		const result = importCsv([fixture('people.csv')]);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const chen = (at: string) =>
			snapshotAt(result.dataset, at).people.find((p) => p.id === 'chen-boda');
		expect(chen('1969-04')?.faction).toBe('radicals');
		expect(chen('1969-06')?.faction).toBe('lin-group');
		expect(chen('1969-06')?.politburo).toBe('candidate');
	});

	it('lists every bad cell with its row and column', () => {
		const issues = issuesOf([fixture('people-bad-cells.csv', 'people.csv')]);
		expect(issues.map((i) => i.path)).toEqual([
			"people.csv, row 3, column 'id'",
			"people.csv, row 4, column 'from'",
			"people.csv, row 5, column 'name'",
			"people.csv, row 5, column 'status'",
			"people.csv, row 5, column 'faction'"
		]);
		expect(issues[0]!.message).toBe(
			'"Lin Biao" is not an id: use lowercase letters, digits and dashes, such as "lin-biao"'
		);
		expect(issues[1]!.message).toMatch(/"1966-13" is not a date/);
		expect(issues[4]!.message).toMatch(/"Left" needs the date the change happened/);
	});

	it('maps an unknown alliance member back to its row, with a suggestion', () => {
		const people = {
			name: 'people.csv',
			text: 'id,name,faction,from\nmao,Mao,Centre,1966-05\nliu-shaoqi,Liu,Right,1966-05\n'
		};
		const issues = issuesOf([people, fixture('alliances-unknown-member.csv', 'alliances.csv')]);
		expect(issues).toEqual([
			{
				path: "alliances.csv, row 3, column 'members'",
				message: 'unknown person "liu-shaoqe" — did you mean "liu-shaoqi"?'
			}
		]);
	});

	it('names a misspelt or missing column', () => {
		const issues = issuesOf([fixture('people-misspelt-column.csv', 'people.csv')]);
		expect(issues).toContainEqual({
			path: 'people.csv, row 1',
			message: "missing column 'faction' (the header has 'id', 'name', 'fraction', 'form')"
		});
		expect(issues).toContainEqual({
			path: "people.csv, row 1, column 'form'",
			message: "unknown column — did you mean 'from'?"
		});
	});

	it('reports an unclosed quote', () => {
		const issues = issuesOf([fixture('people-unclosed-quote.csv', 'people.csv')]);
		expect(issues[0]!.message).toMatch(/quote .* never closes/);
	});

	it('needs a people file and refuses an empty one', () => {
		expect(issuesOf([fixture('alliances.csv')])[0]!.message).toMatch(/a people file is needed/);
		expect(issuesOf([{ name: 'people.csv', text: '' }])).toEqual([
			{ path: 'people.csv, row 1', message: 'the file is empty' }
		]);
	});

	it('tells a file it cannot place how to name it', () => {
		const issues = issuesOf([{ name: 'data.csv', text: 'a,b\n1,2\n' }]);
		expect(issues[0]!.message).toMatch(/name it people\.csv/);
	});

	it('refuses a control character in a cell, naming its row and column', () => {
		const people = fixture('people.csv');
		people.text = people.text.replace('Lin Biao,', 'Lin\u0002Biao,');
		expect(issuesOf([people])).toContainEqual({
			path: "people.csv, row 3, column 'name'",
			message: expect.stringMatching(/U\+0002/)
		});
	});
});
