import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { diffSnapshots } from './diff';
import { snapshotAt } from './snapshot';

const edgeCases = readDatasetFixture('edge-cases.json');
const diffAt = (a: string, b: string) =>
	diffSnapshots(snapshotAt(edgeCases, a), snapshotAt(edgeCases, b));

describe('diffSnapshots on the edge-case fixture', () => {
	it('finds the removal, the faction change and the alliance that formed', () => {
		const diff = diffAt('1926-01', '1926-10');
		expect(diff.leftPolitburo).toEqual([
			{ id: 'bob', name: 'Bob Removed', from: 'full', to: null }
		]);
		expect(diff.changedFaction).toEqual([
			{ id: 'bob', name: 'Bob Removed', from: 'left', to: 'right' }
		]);
		expect(diff.alliancesFormed).toEqual([{ id: 'bloc', name: 'The Bloc' }]);
		expect(diff.joinedStage.map((p) => p.id)).toEqual(['dan']);
		expect(diff.edgesAppeared.map((e) => e.id)).toEqual(['bloc:carol:dan']);
	});

	it('reads the other direction as the mirror image', () => {
		const forward = diffAt('1926-01', '1926-10');
		const backward = diffAt('1926-10', '1926-01');
		expect(backward.joinedPolitburo.map((p) => p.id)).toEqual(
			forward.leftPolitburo.map((p) => p.id)
		);
		expect(backward.alliancesDissolved).toEqual(forward.alliancesFormed);
		expect(backward.leftStage).toEqual(forward.joinedStage);
	});

	it('finds nothing between a date and itself', () => {
		const diff = diffAt('1926-04', '1926-04');
		const lists = Object.entries(diff).filter(([, value]) => Array.isArray(value));
		expect(lists.map(([key]) => key)).toEqual(
			expect.arrayContaining(['joinedPolitburo', 'leftPolitburo', 'alliancesFormed', 'edgesGone'])
		);
		for (const [key, value] of lists) expect(value, key).toEqual([]);
	});

	it('sees alliances dissolve and people leave the stage', () => {
		const diff = diffAt('1926-10', '1927-01');
		expect(diff.alliancesDissolved).toEqual([{ id: 'pact', name: 'The Pact' }]);
		expect(diff.leftStage.map((p) => p.id)).toEqual(['bob']);
		expect(diff.edgesGone.map((e) => e.id).sort()).toEqual(['pact:bob:carol']);
	});
});
