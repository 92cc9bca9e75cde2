import { describe, expect, it } from 'vitest';
import { uncited } from '../../../tests/unit/uncited';
import { readDataset } from '../../cli/load';
import { personFieldsOf, personRecordOf } from './person-record';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const cite = { sources: ['csv-files'], confidence: 'medium' as const };

describe('personRecordOf and personFieldsOf', () => {
	it('flattens names, the Wikidata id and the fate, leaving out what a person lacks', () => {
		const zinoviev = dataset.people.find((p) => p.id === 'zinoviev')!;
		const record = personRecordOf(zinoviev);
		expect(record.nativeName).toBe(zinoviev.nativeName);
		expect(record.aliases!.split('|')).toEqual(zinoviev.aliases);
		expect(record).toMatchObject({
			fate: 'executed',
			fateDate: '1936-08-25',
			sentenced: '1936-08-24',
			rehabilitated: '1988-06-13'
		});
		expect(personRecordOf({})).toEqual({});
	});

	it('reads back every person of the built-in data as it was', () => {
		for (const person of dataset.people) {
			const { fields, problems } = personFieldsOf(personRecordOf(person), cite);
			expect(problems, person.id).toEqual([]);
			expect(fields.nativeName, person.id).toBe(person.nativeName);
			expect(fields.aliases, person.id).toEqual(person.aliases);
			expect(fields.wikidata, person.id).toBe(person.wikidata);
			if (!person.fate) expect(fields.fate).toBeUndefined();
			else {
				const fate = uncited(person.fate!);
				expect(fields.fate, person.id).toEqual({ ...fate, ...cite });
			}
		}
	});

	it('splits aliases on pipes or semicolons and trims every value', () => {
		const { fields } = personFieldsOf(
			{ aliases: " Zinov'ev | Sinowjew; Radomyslsky ;", nativeName: '  ', fate: ' Died ' },
			cite
		);
		expect(fields).toEqual({
			aliases: ["Zinov'ev", 'Sinowjew', 'Radomyslsky'],
			fate: { kind: 'died', ...cite }
		});
	});

	it.each([
		[{ fate: 'hanged' }, 'fate', /"hanged" is not a fate: write one of executed, suicide/],
		[{ fateDate: '1936-08-25' }, 'fate', /'Fate date' is given without the fate/],
		[{ fate: 'executed', fateDate: '25.8.1936' }, 'fateDate', /is not a date/],
		[{ fate: 'executed', sentenced: '1936-13' }, 'sentenced', /is not a date/]
	] as const)('reports %o as a problem of %s', (record, key, message) => {
		const { problems } = personFieldsOf(record, cite);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.key).toBe(key);
		expect(problems[0]!.message).toMatch(message);
	});
});
