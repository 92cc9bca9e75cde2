import { GOLDEN_ANGLE, meanPoint } from '../model/geometry';
import { keepFactionsInRow, type Point, type Positions } from './arrange';
import { hubPositions, type GraphModel } from './elements';

/** Room one person takes in the incremental placement: the node and its label. */
const SLOT = 74;

/**
 * The layout for graphs too large for a force layout every month: everyone who stays in their
 * faction keeps their place exactly; a newcomer, or someone who changed faction, takes the free
 * spot of their faction's sunflower spiral nearest to their allies (or to the faction's middle).
 * Linear in the number of people, and as stable as a layout can be; the price is that groups are
 * round clusters rather than shaped by the alliances inside them.
 */
export function placeIncrementally(
	model: GraphModel,
	previous: Positions,
	previousFaction: ReadonlyMap<string, string | null>,
	factionOrder: readonly string[]
): Positions {
	const placed: Record<string, Point> = {};
	const occupied = new Map<string, string[]>();
	const occupy = (id: string, point: Point) => {
		placed[id] = point;
		const cell = `${Math.floor(point[0] / SLOT)},${Math.floor(point[1] / SLOT)}`;
		occupied.set(cell, [...(occupied.get(cell) ?? []), id]);
	};
	const isFree = ([x, y]: Point) => {
		const cx = Math.floor(x / SLOT);
		const cy = Math.floor(y / SLOT);
		for (let dx = -1; dx <= 1; dx++)
			for (let dy = -1; dy <= 1; dy++)
				for (const other of occupied.get(`${cx + dx},${cy + dy}`) ?? []) {
					const p = placed[other]!;
					if (Math.hypot(p[0] - x, p[1] - y) < SLOT * 0.9) return false;
				}
		return true;
	};
	const newcomers: typeof model.people = [];
	for (const person of model.people) {
		const kept = previous[person.id];
		if (kept && previousFaction.get(person.id) === person.faction) occupy(person.id, kept);
		else newcomers.push(person);
	}
	const middleOf = new Map<string | null, Point>();
	for (const person of model.people) {
		if (middleOf.has(person.faction)) continue;
		const members = model.people.filter((p) => p.faction === person.faction && placed[p.id]);
		const index = factionOrder.indexOf(person.faction ?? '');
		middleOf.set(
			person.faction,
			meanPoint(members.map((p) => placed[p.id]!)) ?? [
				(index - (factionOrder.length - 1) / 2) * 2000,
				0
			]
		);
	}
	const alliesOf = new Map<string, string[]>();
	for (const edge of model.edges) {
		alliesOf.set(edge.source, [...(alliesOf.get(edge.source) ?? []), edge.target]);
		alliesOf.set(edge.target, [...(alliesOf.get(edge.target) ?? []), edge.source]);
	}
	// A newcomer to a hub's alliance goes near its members who kept their place.
	const hubs = hubPositions(model, placed);
	for (const person of newcomers) {
		const middle = middleOf.get(person.faction)!;
		const allies = (alliesOf.get(person.id) ?? [])
			.map((id) => placed[id] ?? hubs[id])
			.filter((p): p is Point => p !== undefined);
		const target = meanPoint(allies) ?? middle;
		let best: Point | null = null;
		let bestDistance = Infinity;
		for (let k = 0; best === null || k < 64; k++) {
			const radius = SLOT * 0.55 * Math.sqrt(k);
			const slot: Point = [
				middle[0] + radius * Math.cos(k * GOLDEN_ANGLE),
				middle[1] + radius * Math.sin(k * GOLDEN_ANGLE)
			];
			if (!isFree(slot)) continue;
			const d = Math.hypot(slot[0] - target[0], slot[1] - target[1]);
			if (d < bestDistance) {
				best = slot;
				bestDistance = d;
			}
		}
		occupy(person.id, best);
	}
	const newcomerIds = new Set(newcomers.map((person) => person.id));
	const kept = new Set(model.people.map((p) => p.id).filter((id) => !newcomerIds.has(id)));
	return keepFactionsInRow(placed, model.people, factionOrder, kept);
}
