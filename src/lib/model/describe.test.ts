import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { describeDiff, listInWords } from './describe';
import { diffSnapshots } from './diff';
import { snapshotAt } from './snapshot';

const edgeCases = readDatasetFixture('edge-cases.json');
const label = (id: string) => edgeCases.people.find((p) => p.id === id)?.label ?? id;
const faction = (id: string | null) => edgeCases.factions.find((f) => f.id === id)?.label ?? 'none';

describe('describeDiff', () => {
	it.each([
		[[], ''],
		[['A'], 'A'],
		[['A', 'B'], 'A and B'],
		[['A', 'B', 'C'], 'A, B and C']
	])('lists %j as %j', (items, text) => {
		expect(listInWords(items)).toBe(text);
	});

	it('says who was removed, who moved and what formed', () => {
		const diff = diffSnapshots(snapshotAt(edgeCases, '1926-01'), snapshotAt(edgeCases, '1926-10'));
		expect(describeDiff(diff, label, faction)).toEqual([
			'Bob removed from the Politburo',
			'Bob moved from the Left to the Right',
			'The Bloc formed',
			'Dan now on stage'
		]);
	});

	it('says nothing when nothing changed', () => {
		const diff = diffSnapshots(snapshotAt(edgeCases, '1926-04'), snapshotAt(edgeCases, '1926-04'));
		expect(describeDiff(diff, label, faction)).toEqual([]);
	});
});
