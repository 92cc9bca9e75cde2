import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { keepUnchangedById } from '../model/structural';
import { snapshotAt } from '../model/snapshot';
import { graphModelOf } from './elements';

const dataset = readDatasetFixture('edge-cases.json');

describe('graphModelOf', () => {
	it('gives a person kept from the month before the node it gave then, and a changed one anew', () => {
		const january = snapshotAt(dataset, '1926-01');
		// Bob goes Right in March; Carol stays as she was.
		const march = snapshotAt(dataset, '1926-03');
		keepUnchangedById(january.people, march.people);
		const nodesOf = (model: ReturnType<typeof graphModelOf>) =>
			new Map(model.people.map((p) => [p.id, p]));
		const before = nodesOf(graphModelOf(january, dataset.factions));
		const after = nodesOf(graphModelOf(march, dataset.factions));
		expect(after.get('carol')).toBe(before.get('carol'));
		expect(after.get('bob')).not.toBe(before.get('bob'));
		expect(after.get('bob')).toMatchObject({ faction: 'right', parent: 'right' });
		// Other factions' colours make other nodes.
		const recoloured = dataset.factions.map((f) => ({ ...f, colour: '#000000' }));
		expect(nodesOf(graphModelOf(march, recoloured)).get('carol')).toMatchObject({
			colour: '#000000'
		});
	});
});
