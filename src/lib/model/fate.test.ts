import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { describeFate } from './fate';
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
