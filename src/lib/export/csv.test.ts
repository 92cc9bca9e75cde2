import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import type { Dataset } from '../model/schema';
import { snapshotAt } from '../model/snapshot';
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
			'Alliances'
		]);
		expect(data.map((row) => row.ID)).toEqual(snapshot.people.map((p) => p.id));
		const stalin = data.find((row) => row.ID === 'stalin')!;
		expect(stalin).toMatchObject({ Label: 'Stalin', Faction: 'Centre', Politburo: 'full' });
		expect(stalin.Offices).toMatch(/General Secretary/);
		expect(stalin.Alliances!.split('|')).toContain('Duumvirate (Stalin–Bukharin)');
		expect(data.find((row) => row.ID === 'trotsky')!.Politburo).toBe('');
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
