import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
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
		expect(meta.fields).toEqual(['From', 'To', 'Type', 'Alliance', 'Alliance ID', 'Start', 'End']);
		expect(data).toHaveLength(snapshot.edges.length);
		const duumvirate = data.find((row) => row['Alliance ID'] === 'duumvirate')!;
		expect(duumvirate).toMatchObject({ From: 'bukharin', To: 'stalin', Type: 'alliance' });
		const alliance = dataset.alliances.find((a) => a.id === 'duumvirate')!;
		expect(duumvirate.Start).toBe(alliance.from);
		expect(duumvirate.End).toBe(alliance.to ?? '');
		expect(data.some((row) => row.Type === 'opposition')).toBe(true);
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
