import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { alliancesAtEither, compareMoments, comparisonInWords, itemInWords } from './compare';
import { filterSnapshot, snapshotAt, type Snapshot } from './snapshot';
import { monthsBetween } from './time';

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

describe('compareMoments on a large dataset', () => {
	/** What each section asks of a snapshot about one of its items. */
	const probes: Record<string, (s: Snapshot, id: string) => string> = {
		leftPolitburo: (s, id) => s.people.find((p) => p.id === id)?.politburo ?? 'none',
		joinedFull: (s, id) => s.people.find((p) => p.id === id)?.politburo ?? 'none',
		joinedCandidate: (s, id) => s.people.find((p) => p.id === id)?.politburo ?? 'none',
		changedFaction: (s, id) => s.people.find((p) => p.id === id)?.faction ?? 'none',
		leftStage: (s, id) => (s.people.some((p) => p.id === id) ? 'on' : 'off'),
		joinedStage: (s, id) => (s.people.some((p) => p.id === id) ? 'on' : 'off'),
		alliancesDissolved: (s, id) => (s.alliances.some((a) => a.id === id) ? 'on' : 'off'),
		alliancesFormed: (s, id) => (s.alliances.some((a) => a.id === id) ? 'on' : 'off')
	};

	it.each([
		['1900-03', '1904-09'],
		['1904-09', '1900-03']
	])('dates every change from %s to %s as the whole dataset, month by month, does', (a, b) => {
		const dataset = syntheticDataset(200, 72);
		const comparison = compareMoments(dataset, a, b);
		const forward = a <= b;
		const months = monthsBetween(forward ? a : b, forward ? b : a);
		const whole = months.map((month) => snapshotAt(dataset, month));
		let dated = 0;
		for (const section of comparison.sections)
			for (const item of section.items) {
				const value = (i: number) => probes[section.key]!(whole[i]!, item.id);
				const changes = months.slice(1).filter((_, i) => value(i + 1) !== value(i));
				// Forward, the change that set the later value; backward, the first that ended it.
				expect(item.month, `${section.key} ${item.id}`).toBe(
					(forward ? changes.at(-1) : changes[0]) ?? null
				);
				dated += 1;
			}
		expect(dated).toBeGreaterThan(50);
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
