import cytoscape from 'cytoscape';
import coseBase from 'cose-base';
import coseBilkent from 'cytoscape-cose-bilkent';
import { meanPoint } from '../model/geometry';
import { arrangeFactions, type Point, type Positions } from './arrange';
import { hubPositions, type GraphModel } from './elements';
import type { LayoutSettings } from './flipbook';
import { withSeededRandom } from './seeded-random';

/**
 * Puts back the sequence layout-base scatters nodes from (`RandomSeed`, a counter kept for the
 * module's life, not `Math.random`) to where it starts. Without this a cold layout depended on
 * how many layouts ran before it in the same page or worker.
 */
function restartLayoutRandom() {
	coseBase.layoutBase.RandomSeed.seed = 1;
	coseBase.layoutBase.RandomSeed.x = 0;
}

let registered = false;
function ensureRegistered() {
	if (!registered) {
		cytoscape.use(coseBilkent);
		registered = true;
	}
}

/** cose-bilkent's options; they are not in cytoscape's own `LayoutOptions` type. */
interface CoseBilkentOptions {
	name: 'cose-bilkent';
	randomize: boolean;
	animate: false;
	fit: false;
	quality: 'draft' | 'default' | 'proof';
	numIter: number;
	nodeRepulsion: number;
	idealEdgeLength: number;
	edgeElasticity: number;
	nestingFactor: number;
	gravity: number;
	gravityCompound: number;
	gravityRangeCompound: number;
	tile: boolean;
	initialEnergyOnIncremental: number;
}

/** Extra room around a node for its label, so labels do not overlap. */
const LABEL_ROOM = { width: 56, height: 26 };

function hashOf(text: string): number {
	let hash = 2166136261;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
	return hash >>> 0;
}

/** A small, fixed offset per person, so that people seeded at one spot do not coincide. */
function jitter(id: string, radius = 40): Point {
	const angle = ((hashOf(id) % 3600) / 3600) * 2 * Math.PI;
	return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}

/**
 * Where each person starts this month's layout: where they were last month if their faction
 * did not change; otherwise near their allies, else near their new faction, else at the
 * faction's anchor (Left on the left, Right on the right).
 */
export function seedPositions(
	model: GraphModel,
	previous: Positions,
	previousFaction: ReadonlyMap<string, string | null>,
	factionOrder: readonly string[]
): Positions {
	const seeded: Record<string, Point> = {};
	const kept = (id: string, faction: string | null) =>
		previous[id] && previousFaction.get(id) === faction ? previous[id] : undefined;
	for (const person of model.people) {
		const here = kept(person.id, person.faction);
		if (here) seeded[person.id] = here;
	}
	// A newcomer to a hub's alliance starts near its members already placed.
	const hubs = hubPositions(model, seeded);
	for (const person of model.people) {
		if (seeded[person.id]) continue;
		const allies = model.edges
			.filter((e) => e.source === person.id || e.target === person.id)
			.map((e) => (e.source === person.id ? e.target : e.source))
			.map((id) => seeded[id] ?? hubs[id])
			.filter((p): p is Point => p !== undefined);
		const factionMates = model.people
			.filter((p) => p.faction === person.faction && seeded[p.id])
			.map((p) => seeded[p.id]!);
		const index = factionOrder.indexOf(person.faction ?? '');
		const anchor: Point = [(index - (factionOrder.length - 1) / 2) * 260, 0];
		const base = meanPoint(allies) ?? meanPoint(factionMates) ?? anchor;
		const [dx, dy] = jitter(person.id);
		seeded[person.id] = [base[0] + dx, base[1] + dy];
	}
	return seeded;
}

/**
 * Lays out one month with cose-bilkent, headless, starting from `seed` positions, then places
 * the faction groups in order. Pure in effect: equal inputs give equal positions.
 */
export function layoutMonth(
	model: GraphModel,
	seed: Positions,
	factionOrder: readonly string[],
	settings: Pick<LayoutSettings, 'warmIterations' | 'coldIterations' | 'seed'>,
	cold = false
): Positions {
	if (model.people.length === 0) return {};
	ensureRegistered();
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		style: [
			{
				selector: 'node[size]',
				style: {
					width: (node: cytoscape.NodeSingular) => Number(node.data('size')) + LABEL_ROOM.width,
					height: (node: cytoscape.NodeSingular) => Number(node.data('size')) + LABEL_ROOM.height
				}
			}
		],
		elements: [
			...model.factions.map((f) => ({ group: 'nodes' as const, data: { id: f.id } })),
			...factionHubs(model, seed),
			...model.people.map((p) => ({
				group: 'nodes' as const,
				data: { id: p.id, size: p.size, ...(p.parent ? { parent: p.parent } : {}) },
				position: { x: seed[p.id]?.[0] ?? 0, y: seed[p.id]?.[1] ?? 0 }
			})),
			// An alliance drawn as a hub is laid out as drawn: a star pulls its members together
			// with one spring each rather than one per pair.
			...model.hubs.map((h) => {
				const [x, y] = hubPositions({ hubs: [h] }, seed)[h.id] ?? [0, 0];
				return { group: 'nodes' as const, data: { id: h.id, size: 1 }, position: { x, y } };
			}),
			...model.edges.map((e) => ({
				group: 'edges' as const,
				data: { id: e.id, source: e.source, target: e.target }
			}))
		]
	});
	const options: CoseBilkentOptions = {
		name: 'cose-bilkent',
		randomize: cold,
		animate: false,
		fit: false,
		quality: 'default',
		numIter: cold ? settings.coldIterations : settings.warmIterations,
		nodeRepulsion: 6500,
		idealEdgeLength: 90,
		edgeElasticity: 0.45,
		nestingFactor: 0.1,
		gravity: 0.25,
		gravityCompound: 1.0,
		gravityRangeCompound: 1.5,
		tile: true,
		initialEnergyOnIncremental: 0.5
	};
	const raw: Record<string, Point> = {};
	withSeededRandom(settings.seed, () => {
		restartLayoutRandom();
		cy.layout(options as unknown as cytoscape.LayoutOptions).run();
	});
	for (const person of model.people) {
		const { x, y } = cy.getElementById(person.id).position();
		raw[person.id] = [x, y];
	}
	cy.destroy();
	return arrangeFactions(raw, model.people, factionOrder);
}

const HUB_PREFIX = 'hub:';

/**
 * An invisible hub inside each faction, tied to every member by a spring, so that a faction
 * reads as one compact group even when its members share no alliance. Only the layout sees it.
 */
function factionHubs(model: GraphModel, seed: Positions): cytoscape.ElementDefinition[] {
	const nodes: cytoscape.ElementDefinition[] = [];
	const edges: cytoscape.ElementDefinition[] = [];
	let previousHub: string | null = null;
	for (const faction of model.factions) {
		const members = model.people.filter((p) => p.parent === faction.id);
		if (members.length === 0) continue;
		const hub = `${HUB_PREFIX}${faction.id}`;
		const centre = meanPoint(
			members.map((m) => seed[m.id]).filter((p): p is Point => p !== undefined)
		);
		nodes.push({
			group: 'nodes',
			data: { id: hub, parent: faction.id, size: 1 },
			position: { x: centre?.[0] ?? 0, y: centre?.[1] ?? 0 }
		});
		for (const member of members) {
			edges.push({
				group: 'edges',
				data: { id: `${hub}:${member.id}`, source: hub, target: member.id }
			});
		}
		// Hubs in a chain keep the graph in one piece: cose-bilkent packs disconnected pieces
		// anew every time, which would throw away the previous month's arrangement.
		if (previousHub)
			edges.push({
				group: 'edges',
				data: { id: `${previousHub}:${hub}`, source: previousHub, target: hub }
			});
		previousHub = hub;
	}
	return [...nodes, ...edges];
}
