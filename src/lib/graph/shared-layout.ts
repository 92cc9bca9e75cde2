import { arrangeFactions, separate, type Positions } from './arrange';
import type { AllianceEdgeData, AllianceHubData, GraphModel, PersonNodeData } from './elements';
import { DEFAULT_LAYOUT, type LayoutSettings } from './flipbook';
import { layoutMonth } from './force-layout';
import { placeIncrementally } from './incremental-layout';

/** Marks the earlier date's copy of a person who stands in another faction at the later one. */
const EARLIER_COPY = 'earlier:';

/** Where everyone stands in two panels drawn in one frame of coordinates. */
export interface PairLayout {
	a: Positions;
	b: Positions;
	/** People in both panels whose faction differs: each stands in their own faction's group. */
	changedFaction: string[];
}

/**
 * The union of two moments' graphs, as one graph to lay out: a person in both in the same
 * faction is one node; a person whose faction changed is two (one in each faction's group), so
 * both panels keep their groups whole; edges of both moments join the nodes they belong to.
 */
export function unionOf(a: GraphModel, b: GraphModel) {
	const inB = new Map(b.people.map((p) => [p.id, p]));
	const keyInA = (id: string) => {
		const later = inB.get(id);
		const earlier = a.people.find((p) => p.id === id);
		return later && earlier && later.faction !== earlier.faction ? `${EARLIER_COPY}${id}` : id;
	};
	const people = new Map<string, PersonNodeData>(b.people.map((p) => [p.id, p]));
	for (const person of a.people) {
		const key = keyInA(person.id);
		const other = people.get(key);
		people.set(key, {
			...person,
			id: key,
			size: Math.max(person.size, other?.size ?? 0)
		});
	}
	const edges = new Map<string, AllianceEdgeData>(b.edges.map((e) => [e.id, e]));
	for (const edge of a.edges) {
		const source = keyInA(edge.source);
		const target = keyInA(edge.target);
		const id = `${edge.alliance}:${source}:${target}`;
		if (!edges.has(id)) edges.set(id, { ...edge, id, source, target });
	}
	const factionIds = new Set([...people.values()].map((p) => p.faction));
	const factions = [...a.factions, ...b.factions].filter(
		(f, index, all) => factionIds.has(f.id) && all.findIndex((g) => g.id === f.id) === index
	);
	const hubs = new Map<string, AllianceHubData>(b.hubs.map((h) => [h.id, h]));
	for (const hub of a.hubs) {
		const memberIds = hub.memberIds.map(keyInA);
		const other = hubs.get(hub.id);
		hubs.set(hub.id, {
			...hub,
			memberIds: other ? [...new Set([...other.memberIds, ...memberIds])] : memberIds
		});
	}
	const model: GraphModel = {
		factions,
		people: [...people.values()],
		edges: [...edges.values()],
		hubs: [...hubs.values()]
	};
	return { model, keyInA };
}

/**
 * Lays out two moments in one frame of coordinates, so that a person present at both, in the
 * same faction, stands in the same place in both panels and the eye reads change, not layout
 * noise. The union of the two graphs is laid out once, from scratch with the flip-book's seed
 * (so equal inputs give equal positions), and each panel shows its own people. Groups stand in
 * `factionOrder` from left to right in both.
 */
export function layoutPair(
	a: GraphModel,
	b: GraphModel,
	factionOrder: readonly string[],
	settings: LayoutSettings = DEFAULT_LAYOUT
): PairLayout {
	const { model, keyInA } = unionOf(a, b);
	let union: Positions;
	if (model.people.length <= settings.forceLimit) {
		const laidOut = layoutMonth(model, {}, factionOrder, settings, true);
		union = arrangeFactions(separate(laidOut, model.people), model.people, factionOrder, false);
	} else {
		union = placeIncrementally(model, {}, new Map(), factionOrder);
	}
	const pick = (people: readonly PersonNodeData[], key: (id: string) => string): Positions =>
		Object.fromEntries(
			people.flatMap((p) => {
				const point = union[key(p.id)];
				return point ? [[p.id, point]] : [];
			})
		);
	return {
		a: pick(a.people, keyInA),
		b: pick(b.people, (id) => id),
		changedFaction: a.people.filter((p) => keyInA(p.id) !== p.id).map((p) => p.id)
	};
}
