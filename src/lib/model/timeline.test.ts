import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { alternativeAccount, dateSpan, personTimeline, shortDate } from './timeline';

const edgeCases = readDatasetFixture('edge-cases.json');

describe('dates in the details', () => {
	it.each([
		['1926-10', 'Oct 1926'],
		['1926-10-23', '23 Oct 1926']
	])('%s is %j', (date, text) => expect(shortDate(date)).toBe(text));

	it.each([
		['1925-01', '1926-10-23', 'Jan 1925 – 23 Oct 1926'],
		['1925-01', null, 'from Jan 1925'],
		['1925-01', undefined, 'from Jan 1925']
	])('%s to %s is %j', (from, to, text) => expect(dateSpan(from, to)).toBe(text));
});

describe('alternativeAccount', () => {
	it.each([
		[{ from: '1925-09' }, 'began Sep 1925'],
		[{ to: null }, 'did not end'],
		[{ to: '1926-03-02' }, 'ended 2 Mar 1926'],
		[{ date: '1926-10' }, 'dated Oct 1926'],
		[{ from: '1925-09', claim: 'right' }, 'began Sep 1925; faction: Right'],
		[{}, 'a different account']
	])('%j reads %j', (fields, text) => {
		const claim = (c: string) => (c === 'right' ? 'faction: Right' : c);
		const account = alternativeAccount({ sources: ['made-up'], note: 'Why', ...fields }, claim);
		expect(account).toEqual({ text, note: 'Why', sources: ['made-up'] });
	});
});

describe('personTimeline', () => {
	it('lists terms, offices and factions by start, terms first on the same day', () => {
		const bob = personTimeline(edgeCases, 'bob');
		expect(bob.map((e) => [e.kind, e.title, e.from])).toEqual([
			['Politburo', 'Full member of the Politburo', '1925-01'],
			['Office', 'Commissar', '1925-01'],
			['Faction', 'Left', '1925-01'],
			['Faction', 'Right', '1926-03']
		]);
		expect(bob[2]!.colour).toBe('#c0392b');
		expect(new Set(bob.map((e) => e.key)).size).toBe(bob.length);
	});

	it('reads an alternative faction by its name', () => {
		const dataset = {
			...edgeCases,
			alignments: edgeCases.alignments.map((a) =>
				a.person === 'dan'
					? {
							...a,
							alternatives: [
								{ claim: 'right', sources: ['made-up'] },
								{ claim: 'x', sources: ['made-up'] }
							]
						}
					: a
			)
		};
		const [dan] = personTimeline(dataset, 'dan');
		expect(dan!.alternatives.map((a) => a.text)).toEqual(['faction: Right', 'x']);
	});

	it('is empty for an unknown person or one with nothing recorded', () => {
		expect(personTimeline(edgeCases, 'nobody')).toEqual([]);
		const dataset = { ...edgeCases, alignments: [] };
		expect(personTimeline(dataset, 'dan')).toEqual([]);
	});
});
