import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { departureFate, describeFate, fateInBrief, fatesInMonth, type StageAt } from './fate';
import type { Fate } from './schema';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const of = (id: string) => dataset.people.find((p) => p.id === id)!;
const cited = { sources: ['s'], confidence: 'high' as const };

describe('describeFate', () => {
	it.each([
		[
			'zinoviev',
			'Shot 25 August 1936 in Moscow (sentenced 24 August 1936). Rehabilitated 13 June 1988.'
		],
		['kirov', /^Killed 1 December 1934/],
		['tomsky', /^Suicide 22 August 1936/],
		['stalin', /^Alive at the end of the data\. Died 5 March 1953/],
		['bukharin', /Rehabilitated 4 February 1988\.$/]
	])('says how %s ended', (id, expected) => {
		const text = describeFate(of(id), dataset.meta.end);
		if (typeof expected === 'string') expect(text).toBe(expected);
		else expect(text).toMatch(expected);
	});

	it.each<[Fate, string]>([
		[{ kind: 'alive', ...cited }, 'Alive: no death recorded.'],
		[{ kind: 'died', note: 'air crash', ...cited }, 'Died (date unknown).'],
		[
			{ kind: 'executed', date: '1937-01-30', sentenced: '1937-01-30', ...cited },
			'Shot 30 January 1937 (the day of the sentence).'
		],
		[{ kind: 'died', date: '1938-03-31', ...cited }, 'Died 31 March 1938.'],
		[
			{ kind: 'died', date: '1938-04-01', ...cited },
			'Alive at the end of the data. Died 1 April 1938.'
		]
	])('words %j', (fate, expected) => {
		expect(describeFate({ fate }, '1938-03')).toBe(expected);
	});

	it('is null without a fate', () => {
		expect(describeFate({}, '1938-03')).toBeNull();
	});
});

describe('fateInBrief', () => {
	it.each<[Fate | undefined, string | null]>([
		[
			{ kind: 'executed', date: '1936-08-25', sentenced: '1936-08-24', ...cited },
			'Shot 25 August 1936'
		],
		[
			{ kind: 'suicide', date: '1937-02-18', place: 'Moscow', ...cited },
			'Suicide 18 February 1937'
		],
		[{ kind: 'died', date: '1937-09', ...cited }, 'Died September 1937'],
		[{ kind: 'died', note: 'air crash', ...cited }, null],
		[{ kind: 'alive', ...cited }, null],
		[undefined, null]
	])('words %j as %j', (fate, expected) => {
		expect(fateInBrief(fate)).toBe(expected);
	});
});

describe('fatesInMonth', () => {
	it('lists the deaths of a month in the built-in data, on stage or not, by date', () => {
		const august = fatesInMonth(dataset.people, '1936-08');
		expect(august.map((f) => f.id)).toEqual(
			expect.arrayContaining(['zinoviev', 'kamenev', 'tomsky', 'in-smirnov'])
		);
		expect(august.find((f) => f.id === 'zinoviev')!.fate).toBe('Shot 25 August 1936');
		expect(august[0]!.id).toBe('tomsky');
		expect(fatesInMonth(dataset.people, '1934-12')).toEqual([
			{ id: 'kirov', label: 'Kirov', fate: 'Killed 1 December 1934' }
		]);
		expect(fatesInMonth(dataset.people, '1926-10')).toEqual([]);
	});
});

describe('departureFate', () => {
	const zinoviev = of('zinoviev');
	it.each<[string, StageAt, StageAt, string | null]>([
		[
			'left, shot in between',
			{ at: '1936-07', onStage: true },
			{ at: '1937-01', onStage: false },
			'Shot 25 August 1936'
		],
		[
			'the same, dates given later first',
			{ at: '1937-01', onStage: false },
			{ at: '1936-07', onStage: true },
			'Shot 25 August 1936'
		],
		[
			'left before the shooting',
			{ at: '1925-10', onStage: true },
			{ at: '1936-07', onStage: false },
			null
		],
		[
			'came back, not left',
			{ at: '1936-07', onStage: false },
			{ at: '1937-01', onStage: true },
			null
		],
		['on stage at both', { at: '1936-07', onStage: true }, { at: '1937-01', onStage: true }, null],
		[
			'shot on the later day itself',
			{ at: '1936-08-24', onStage: true },
			{ at: '1936-08-25', onStage: false },
			'Shot 25 August 1936'
		]
	])('%s', (_, one, other, expected) => {
		expect(departureFate(zinoviev, one, other)).toBe(expected);
	});

	it('says nothing of a death without a date', () => {
		const undated = { fate: { kind: 'died' as const, note: 'unknown', ...cited } };
		expect(
			departureFate(undated, { at: '1930-01', onStage: true }, { at: '1938-01', onStage: false })
		).toBeNull();
	});
});
