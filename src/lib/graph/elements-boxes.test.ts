import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import { snapshotAt } from '../model/snapshot';
import { graphModelOf, withoutFactionBoxes } from './elements';

describe('withoutFactionBoxes', () => {
	const dataset = syntheticDataset(200, 24);
	const model = graphModelOf(snapshotAt(dataset, '1901-06'), dataset.factions);

	it('keeps a model within the limit as it is', () => {
		expect(withoutFactionBoxes(model, model.people.length)).toBe(model);
	});

	it('drops the boxes of a larger one, keeping every person, colour and edge', () => {
		const drawn = withoutFactionBoxes(model, model.people.length - 1);
		expect(drawn.factions).toEqual([]);
		expect(drawn.people.map((p) => p.id)).toEqual(model.people.map((p) => p.id));
		expect(drawn.people.every((p) => p.parent === undefined)).toBe(true);
		expect(drawn.people.map((p) => p.colour)).toEqual(model.people.map((p) => p.colour));
		expect(drawn.edges).toBe(model.edges);
		expect(model.people.some((p) => p.parent !== undefined)).toBe(true);
	});
});
