import { describe, expect, it } from 'vitest';
import type { Person } from './schema';
import { foldForSearch, searchIndex, searchPeople } from './search';

const person = (id: string, name: string, label: string): Person => ({
	id,
	name,
	label,
	bio: 'Someone.',
	sources: ['made-up'],
	terms: [],
	offices: []
});

const people = [
	person('rudzutak', 'Jānis Rudzutaks', 'Rudzutak'),
	person('zinoviev', 'Grigory Zinoviev', 'Zinoviev'),
	person('kamenev', 'Lev Kamenev', 'Kamenev'),
	person('trotsky', 'Leon Trotsky (Lev Bronstein)', 'Trotsky'),
	person('stalin', 'Joseph Stalin', 'Stalin')
];
const index = searchIndex(people);
const ids = (query: string, limit = 8) => searchPeople(index, query, limit).map((p) => p.id);

describe('searchPeople', () => {
	it('folds accents and case', () => {
		expect(foldForSearch(' Jānis ')).toBe('janis');
		expect(ids('JANIS')).toEqual(['rudzutak']);
	});

	it('ranks the start of a label before the start of a name word before a match inside', () => {
		// "lev" starts a word of Kamenev's and of Trotsky's names; "le" also starts "Leon".
		expect(ids('lev')).toEqual(['kamenev', 'trotsky']);
		expect(ids('st')).toEqual(['stalin', 'trotsky']);
		expect(ids('inov')).toEqual(['zinoviev']);
	});

	it('needs every word of the query to match, and ties keep the dataset order', () => {
		expect(ids('lev bron')).toEqual(['trotsky']);
		expect(ids('lev zzz')).toEqual([]);
		expect(ids('ev')).toEqual(['zinoviev', 'kamenev', 'trotsky']);
	});

	it('returns nothing for an empty query and at most `limit` people', () => {
		expect(ids('   ')).toEqual([]);
		expect(ids('n', 2)).toHaveLength(2);
	});
});

describe('searchPeople on the built-in names', () => {
	const named = [
		{
			...person('stalin', 'Joseph Vissarionovich Stalin', 'Stalin'),
			nativeName: 'Иосиф Виссарионович Сталин',
			aliases: ['Dzhugashvili', 'Jughashvili', 'Koba']
		},
		{
			...person('zinoviev', 'Grigory Yevseyevich Zinoviev', 'Zinoviev'),
			nativeName: 'Григорий Евсеевич Зиновьев',
			aliases: ["Zinov'ev", 'Sinowjew', 'Radomyslsky']
		},
		person('kamenev', 'Lev Kamenev', 'Kamenev')
	];
	const namedIndex = searchIndex(named);
	const find = (query: string) => searchPeople(namedIndex, query, 8).map((p) => p.id);

	it.each([
		['Dzhugashvili', 'stalin'],
		['koba', 'stalin'],
		['Сталин', 'stalin'],
		['сталин', 'stalin'],
		['Зиновьев', 'zinoviev'],
		['sinowjew', 'zinoviev'],
		["zinov'ev", 'zinoviev'],
		['radomysl', 'zinoviev']
	])('finds %s by a native name or an alias', (query, id) => {
		expect(find(query)).toEqual([id]);
	});

	it('ranks a match of the name before one of an alias', () => {
		// "gri" starts Zinoviev's first name; nothing else has it.
		expect(find('gri')).toEqual(['zinoviev']);
		// "ko" starts no label, no word of a name, but Stalin's alias "Koba".
		expect(find('ko')).toEqual(['stalin']);
		expect(find('ka')).toEqual(['kamenev']);
	});
});
