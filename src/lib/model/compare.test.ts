import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { alliancesAtEither, compareMoments, comparisonInWords, itemInWords } from './compare';
import { filterSnapshot } from './snapshot';

const edgeCases = readDatasetFixture('edge-cases.json');

describe('compareMoments on the edge-case fixture', () => {
	it('dates each change with the month it happened between the two dates', () => {
		const comparison = compareMoments(edgeCases, '1926-01', '1926-12');
		const section = (key: string) => comparison.sections.find((s) => s.key === key)?.items;
		expect(section('leftPolitburo')).toEqual([
			{ kind: 'person', id: 'bob', label: 'Bob', month: '1926-10' }
		]);
		expect(section('changedFaction')).toEqual([
			{ kind: 'person', id: 'bob', label: 'Bob', detail: 'Left → Right', month: '1926-03' }
		]);
		expect(section('alliancesFormed')).toEqual([
			{ kind: 'alliance', id: 'bloc', label: 'The Bloc', month: '1926-04' }
		]);
	});

	it('dates the other direction by the change that ended the later value', () => {
		const comparison = compareMoments(edgeCases, '1926-12', '1926-01');
		const joined = comparison.sections.find((s) => s.key === 'joinedFull')?.items;
		expect(joined?.map((i) => [i.id, i.month])).toEqual([['bob', '1926-10']]);
		const dissolved = comparison.sections.find((s) => s.key === 'alliancesDissolved')?.items;
		expect(dissolved?.map((i) => [i.id, i.month])).toEqual([['bloc', '1926-04']]);
	});

	it('says there is no difference between a date and itself', () => {
		const comparison = compareMoments(edgeCases, '1926-04', '1926-04');
		expect(comparison.sections).toEqual([]);
		expect(comparisonInWords(comparison)).toEqual([
			'No difference between April 1926 and April 1926.'
		]);
	});

	it('leaves out what the narrowing leaves out', () => {
		const everyone = compareMoments(edgeCases, '1925-06', '1926-12');
		const politburo = compareMoments(edgeCases, '1925-06', '1926-12', (s) =>
			filterSnapshot(s, 'politburo')
		);
		expect(everyone.b.people.map((p) => p.id)).toContain('dan');
		expect(politburo.b.people.map((p) => p.id)).not.toContain('dan');
		expect(politburo.sections.flatMap((s) => s.items.map((i) => i.id))).not.toContain('dan');
	});
});

describe('itemInWords', () => {
	it.each([
		[{ kind: 'person', id: 'x', label: 'Trotsky', month: '1926-10' }, 'Trotsky (Oct 1926)'],
		[
			{ kind: 'person', id: 'x', label: 'Molotov', detail: 'was a candidate', month: '1926-01' },
			'Molotov (was a candidate, Jan 1926)'
		],
		[{ kind: 'alliance', id: 'x', label: 'Troika', month: null }, 'Troika']
	] as const)('%j reads "%s"', (item, words) => {
		expect(itemInWords(item)).toBe(words);
	});
});

describe('alliancesAtEither', () => {
	it('lists the alliances of both moments once each, the first moment’s first', () => {
		const { a, b } = compareMoments(edgeCases, '1926-01', '1926-10');
		expect(a.alliances.map((x) => x.id)).toEqual(['pact']);
		expect(b.alliances.map((x) => x.id)).toEqual(['bloc', 'pact']);
		expect(alliancesAtEither(a, b).map((x) => x.id)).toEqual(['pact', 'bloc']);
	});
});
