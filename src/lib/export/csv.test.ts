import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { uncited } from '../../../tests/unit/uncited';
import { readDataset } from '../../cli/load';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import type { Dataset } from '../model/schema';
import { snapshotAt } from '../model/snapshot';
import { importCsv } from '../model/import/csv';
import { alliancesCsv, peopleCsv } from './csv';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;

const read = (csv: string) => {
	const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result;
};

describe('CSV tables of a month', () => {
	const snapshot = snapshotAt(dataset, '1926-10');

	it('lists every person on stage with faction, Politburo status, offices and alliances', () => {
		const { data, meta } = read(peopleCsv(dataset, snapshot));
		expect(meta.fields).toEqual([
			'ID',
			'Label',
			'Name',
			'Faction',
			'Politburo',
			'Offices',
			'Alliances',
			'Native name',
			'Aliases',
			'Wikidata',
			'Fate',
			'Fate date',
			'Fate place',
			'Sentenced',
			'Rehabilitated',
			'Fate note'
		]);
		expect(data.map((row) => row.ID)).toEqual(snapshot.people.map((p) => p.id));
		const stalin = data.find((row) => row.ID === 'stalin')!;
		expect(stalin).toMatchObject({ Label: 'Stalin', Faction: 'Centre', Politburo: 'full' });
		expect(stalin.Offices).toMatch(/General Secretary/);
		expect(stalin.Alliances!.split('|')).toContain('Duumvirate (Stalin–Bukharin)');
		expect(data.find((row) => row.ID === 'trotsky')!.Politburo).toBe('');
	});

	it('gives each person’s native name, aliases, Wikidata id and fate, even after the month', () => {
		const { data } = read(peopleCsv(dataset, snapshot));
		const zinoviev = data.find((row) => row.ID === 'zinoviev')!;
		const person = dataset.people.find((p) => p.id === 'zinoviev')!;
		expect(zinoviev).toMatchObject({
			'Native name': 'Григорий Евсеевич Зиновьев',
			Fate: 'executed',
			'Fate date': '1936-08-25',
			Sentenced: '1936-08-24',
			Rehabilitated: '1988-06-13',
			Wikidata: person.wikidata ?? ''
		});
		expect(zinoviev.Aliases!.split('|')).toEqual(expect.arrayContaining(['Sinowjew']));
		const stalin = data.find((row) => row.ID === 'stalin')!;
		expect(stalin).toMatchObject({ Fate: 'died', 'Fate date': '1953-03-05', Sentenced: '' });
	});

	it('reads back through the CSV importer with the same names, identifiers and fates', () => {
		// The month's table has the importer's columns for these fields; its Politburo, Offices
		// and Alliances say what held at the month only, so the importer is given a `from` instead.
		const MONTH_ONLY = ['Politburo', 'Offices', 'Alliances'];
		const exported = read(peopleCsv(dataset, snapshot));
		const sheet = Papa.unparse(
			exported.data.map((row) => ({
				...Object.fromEntries(
					Object.entries(row).filter(([column]) => !MONTH_ONLY.includes(column))
				),
				From: snapshot.at
			}))
		);
		const imported = importCsv([{ name: 'people.csv', text: sheet }]);
		if (!imported.ok) throw new Error(JSON.stringify(imported.issues.slice(0, 3)));
		expect(imported.dataset.people.map((p) => p.id)).toEqual(snapshot.people.map((p) => p.id));
		for (const person of imported.dataset.people) {
			const original = dataset.people.find((p) => p.id === person.id)!;
			expect(person.nativeName, person.id).toBe(original.nativeName);
			expect(person.aliases, person.id).toEqual(original.aliases);
			expect(person.wikidata, person.id).toBe(original.wikidata);
			const fate = uncited(original.fate!);
			expect(person.fate, person.id).toMatchObject(fate);
		}
	});

	it('lists every alliance pair with the dates both belonged', () => {
		const { data, meta } = read(alliancesCsv(dataset, snapshot));
		expect(meta.fields).toEqual([
			'From',
			'To',
			'Type',
			'Alliance',
			'Alliance ID',
			'Start',
			'End',
			'Note'
		]);
		expect(data).toHaveLength(snapshot.edges.length);
		const duumvirate = data.find((row) => row['Alliance ID'] === 'duumvirate')!;
		expect(duumvirate).toMatchObject({ From: 'bukharin', To: 'stalin', Type: 'alliance' });
		const alliance = dataset.alliances.find((a) => a.id === 'duumvirate')!;
		expect(duumvirate.Start).toBe(alliance.from);
		expect(duumvirate.End).toBe(alliance.to ?? '');
		expect(data.some((row) => row.Type === 'opposition')).toBe(true);
		expect(data.every((row) => row.Note === '')).toBe(true);
	});

	it('says of a tie charged at a trial that it was alleged by the prosecution', () => {
		const { data } = read(alliancesCsv(dataset, snapshotAt(dataset, '1937-01')));
		const charged = data.filter((row) => row['Alliance ID'] === 'parallel-trotskyist-centre');
		expect(charged.length).toBeGreaterThan(0);
		for (const row of charged) {
			expect(row.Type).toBe('alleged');
			expect(row.Note).toMatch(/^Alleged by the prosecution; .*duress\.$/);
		}
	});

	it('quotes names with commas and quotes so they read back whole', () => {
		const tricky = {
			...snapshot,
			people: [{ ...snapshot.people[0]!, name: 'Name, with "quotes"', offices: ['A, B', 'C'] }]
		};
		const row = read(peopleCsv(dataset, tricky)).data[0]!;
		expect(row.Name).toBe('Name, with "quotes"');
		expect(row.Offices).toBe('A, B|C');
	});
});

describe('CSV cells are safe to open in a spreadsheet', () => {
	// OWASP's advice on CSV injection, as Papa Parse's escapeFormulae does: a cell that a
	// spreadsheet would read as a formula gets a leading single quote.
	const dangerous = [
		'=HYPERLINK("https://example.org","click")',
		'+1+1',
		'-2+3',
		'@SUM(A1:A2)',
		'\tTab first',
		'\rReturn first',
		'=1+1\n+2 on two lines',
		'\uff1d1+1'
	];
	const crafted = (): { dataset: Dataset; month: string } => {
		const dataset = structuredClone(readDatasetFixture('edge-cases.json'));
		dataset.people.forEach((person, i) => {
			person.name = dangerous[i]!;
			person.label = dangerous[i + 4]!;
			person.nativeName = dangerous[i + 1]!;
			person.aliases = [dangerous[i + 2]!, 'Plain'];
			person.fate = {
				kind: 'died',
				place: dangerous[i + 3]!,
				note: dangerous[i]!,
				sources: person.sources,
				confidence: 'low'
			};
		});
		dataset.factions[0]!.label = '=cmd|" /C calc"!A0';
		dataset.alliances.forEach((alliance) => (alliance.name = '@alliance'));
		return { dataset, month: '1926-05' };
	};

	it('escapes every cell that starts with =, +, -, @, a tab or a carriage return', () => {
		const { dataset, month } = crafted();
		const snapshot = snapshotAt(dataset, month);
		expect(snapshot.people.length).toBeGreaterThan(1);
		const people = read(peopleCsv(dataset, snapshot)).data;
		for (const row of people) {
			const person = dataset.people.find((p) => p.id === row.ID)!;
			expect(row.Name).toBe(`'${person.name}`);
			expect(row.Label).toBe(`'${person.label}`);
			expect(row['Native name']).toBe(`'${person.nativeName}`);
			expect(row.Aliases).toBe(`'${person.aliases!.join('|')}`);
			expect(row['Fate place']).toBe(`'${person.fate!.place}`);
			expect(row['Fate note']).toBe(`'${person.fate!.note}`);
			if (row.Faction) expect(row.Faction).toMatch(/^'=|^Right$/);
			if (row.Alliances) expect(row.Alliances).toMatch(/^'@alliance/);
		}
		const pairs = read(alliancesCsv(dataset, snapshot)).data;
		expect(pairs.length).toBeGreaterThan(0);
		for (const row of pairs) expect(row.Alliance).toBe("'@alliance");
	});

	it('leaves ordinary cells as they are', () => {
		const snapshot = snapshotAt(dataset, '1926-10');
		const text = peopleCsv(dataset, snapshot) + alliancesCsv(dataset, snapshot);
		expect(text).not.toMatch(/(^|,)"?'/m);
	});
});
