import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import { snapshotAt } from '../model/snapshot';
import { crowdedModel, graphModelOf } from './elements';
import { CROWD } from './encoding';

describe('crowdedModel', () => {
	const dataset = syntheticDataset(200, 24);
	const model = graphModelOf(snapshotAt(dataset, '1901-06'), dataset.factions);
	const positions = Object.fromEntries(
		model.people.map((p, i) => [p.id, [i * 10, (i % 7) * 20] as [number, number]])
	);

	it('draws a month within the limit person by person, in their faction boxes', () => {
		const drawn = crowdedModel(model, positions, model.people.length);
		expect(drawn.model).toBe(model);
		expect(drawn.positions).toBe(positions);
		expect(drawn.model.people.map((p) => p.id)).toEqual(model.people.map((p) => p.id));
		expect(drawn.model.crowds).toBeUndefined();
	});

	it('past it, draws each faction once, left to right in the faction order, sized by its count', () => {
		const drawn = crowdedModel(model, positions, model.people.length - 1);
		expect(drawn.model.people).toEqual([]);
		expect(drawn.model.edges).toEqual([]);
		expect(drawn.model.hubs).toEqual([]);
		const crowds = drawn.model.crowds ?? [];
		expect(crowds.map((c) => c.faction)).toEqual(model.factions.map((f) => f.id));
		expect(crowds.reduce((sum, c) => sum + c.people, 0)).toBe(model.people.length);
		const boxes = crowds.map((crowd) => {
			const [x, y] = drawn.positions[crowd.id]!;
			return {
				x1: x - crowd.width / 2,
				x2: x + crowd.width / 2,
				y1: y - crowd.height / 2,
				y2: y + crowd.height / 2
			};
		});
		crowds.forEach((crowd, i) => {
			const members = model.people.filter((p) => p.faction === crowd.faction);
			expect(crowd.people).toBe(members.length);
			expect(crowd.label).toBe(
				`${model.factions.find((f) => f.id === crowd.faction)!.label}\n${members.length} people`
			);
			expect(crowd.width).toBe(
				Math.max(CROWD.minSize, Math.sqrt(members.length) * CROWD.sizePerRootPerson)
			);
			expect(crowd.height).toBe(crowd.width);
			// Each stands clear to the right of the one before, and inside the box the camera fits.
			if (i > 0) expect(boxes[i]!.x1).toBeGreaterThan(boxes[i - 1]!.x2);
			expect(boxes[i]!.x1).toBeGreaterThanOrEqual(drawn.bounds!.x1);
			expect(boxes[i]!.x2).toBeLessThanOrEqual(drawn.bounds!.x2);
			expect(boxes[i]!.y1).toBeGreaterThanOrEqual(drawn.bounds!.y1);
			expect(boxes[i]!.y2).toBeLessThanOrEqual(drawn.bounds!.y2);
		});
	});

	it('makes a faction of more people a larger group', () => {
		const crowded = syntheticDataset(2400, 12);
		const full = graphModelOf(snapshotAt(crowded, '1900-12'), crowded.factions);
		const crowds = [...(crowdedModel(full, {}).model.crowds ?? [])].sort(
			(a, b) => a.people - b.people
		);
		expect(crowds).toHaveLength(3);
		expect(crowds[0]!.people).toBeLessThan(crowds[2]!.people);
		expect(crowds[0]!.width).toBeGreaterThan(CROWD.minSize);
		expect(crowds[0]!.width).toBeLessThan(crowds[2]!.width);
		expect(crowds[1]!.width).toBeGreaterThanOrEqual(crowds[0]!.width);
		expect(crowds[2]!.width).toBeGreaterThanOrEqual(crowds[1]!.width);
	});
});
