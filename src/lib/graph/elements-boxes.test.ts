import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import { snapshotAt } from '../model/snapshot';
import { crowdedModel, graphModelOf, withoutFactionBoxes } from './elements';
import { CROWD } from './encoding';

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

describe('crowdedModel', () => {
	const dataset = syntheticDataset(200, 24);
	const model = graphModelOf(snapshotAt(dataset, '1901-06'), dataset.factions);
	const positions = Object.fromEntries(
		model.people.map((p, i) => [p.id, [i * 10, (i % 7) * 20] as [number, number]])
	);

	it('draws a month within the limit person by person', () => {
		const drawn = crowdedModel(model, positions, model.people.length);
		expect(drawn.positions).toBe(positions);
		expect(drawn.model.people.map((p) => p.id)).toEqual(model.people.map((p) => p.id));
		expect(drawn.model.crowds).toBeUndefined();
	});

	it('past it, draws each faction once, in the faction order, with its count, where its people stand', () => {
		const drawn = crowdedModel(model, positions, model.people.length - 1);
		expect(drawn.model.people).toEqual([]);
		expect(drawn.model.edges).toEqual([]);
		expect(drawn.model.hubs).toEqual([]);
		const crowds = drawn.model.crowds ?? [];
		expect(crowds.map((c) => c.faction)).toEqual(model.factions.map((f) => f.id));
		expect(crowds.reduce((sum, c) => sum + c.people, 0)).toBe(model.people.length);
		for (const crowd of crowds) {
			const members = model.people.filter((p) => p.faction === crowd.faction);
			const xs = members.map((p) => positions[p.id]![0]);
			const ys = members.map((p) => positions[p.id]![1]);
			expect(crowd.people).toBe(members.length);
			expect(crowd.label).toBe(
				`${model.factions.find((f) => f.id === crowd.faction)!.label}\n${members.length} people`
			);
			expect(drawn.positions[crowd.id]).toEqual([
				(Math.min(...xs) + Math.max(...xs)) / 2,
				(Math.min(...ys) + Math.max(...ys)) / 2
			]);
			expect(crowd.width).toBe(
				Math.max(CROWD.minSize, Math.max(...xs) - Math.min(...xs) + 2 * CROWD.padding)
			);
		}
	});
});
