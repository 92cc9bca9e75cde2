import cytoscape from 'cytoscape';
import coseBilkent from 'cytoscape-cose-bilkent';
import type { Dataset } from '../model/schema';
import { filterSnapshot, snapshotAt, type StageFilter } from '../model/snapshot';
import { monthsBetween } from '../model/time';
import { arrangeFactions, blend, separate, type Point, type Positions } from './arrange';
import { graphModelOf, layoutSignature, type GraphModel } from './elements';

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

export interface LayoutSettings {
	/** Iterations of a warm-started month; cose-bilkent crashes at 200 or fewer. */
	warmIterations: number;
	/** Iterations of a month laid out from scratch. */
	coldIterations: number;
	/** Seed of the random numbers the layout draws, so every run gives the same picture. */
	seed: number;
	/**
	 * How far (0 to 1) a person whose faction and alliances did not change moves towards this
	 * month's force layout; people whose did change go all the way. cose-bilkent reshapes a
	 * warm-started graph a lot (measured: a third of the diagonal a step), so without this the
	 * eye would see everyone move whenever anyone does.
	 */
	settledPull: number;
	/**
	 * The most people on stage in any month for which cose-bilkent lays out every month. Past it
	 * (cose-bilkent takes seconds a month at 500 people and minutes at 2,000) people keep their
	 * place and newcomers take the free spot nearest their allies: see `placeIncrementally`.
	 */
	forceLimit: number;
}

export type LayoutStrategy = 'force' | 'incremental';

export const DEFAULT_LAYOUT: LayoutSettings = {
	warmIterations: 1000,
	coldIterations: 2500,
	seed: 1917,
	settledPull: 0.02,
	forceLimit: 150
};

/** Extra room around a node for its label, so labels do not overlap. */
const LABEL_ROOM = { width: 56, height: 26 };

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Runs `fn` with `Math.random` drawn from a seeded generator: cose-bilkent calls it internally. */
function withSeededRandom<T>(seed: number, fn: () => T): T {
	const original = Math.random;
	Math.random = mulberry32(seed);
	try {
		return fn();
	} finally {
		Math.random = original;
	}
}

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

function mean(points: readonly Point[]): Point | null {
	if (points.length === 0) return null;
	return [
		points.reduce((s, p) => s + p[0], 0) / points.length,
		points.reduce((s, p) => s + p[1], 0) / points.length
	];
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
	for (const person of model.people) {
		if (seeded[person.id]) continue;
		const allies = model.edges
			.filter((e) => e.source === person.id || e.target === person.id)
			.map((e) => (e.source === person.id ? e.target : e.source))
			.map((id) => seeded[id])
			.filter((p): p is Point => p !== undefined);
		const factionMates = model.people
			.filter((p) => p.faction === person.faction && seeded[p.id])
			.map((p) => seeded[p.id]!);
		const index = factionOrder.indexOf(person.faction ?? '');
		const anchor: Point = [(index - (factionOrder.length - 1) / 2) * 260, 0];
		const base = mean(allies) ?? mean(factionMates) ?? anchor;
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
	settings: LayoutSettings,
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
		const centre = mean(members.map((m) => seed[m.id]).filter((p): p is Point => p !== undefined));
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

/** Positions of every person in every month of a dataset, laid out in order. */
export interface Flipbook {
	months: string[];
	positions: Record<string, Positions>;
	strategy: LayoutStrategy;
}

export interface FlipbookProgress {
	done: number;
	total: number;
}

/**
 * The flip-book: every month of the dataset laid out in order from its start, each month
 * warm-started from the previous month's positions with a fixed seed, and copied unchanged when
 * nothing that affects the layout changed. The picture at a month is therefore the same however
 * the user got there, and moves only where the history moved.
 */
export function computeFlipbook(
	dataset: Dataset,
	{
		settings = DEFAULT_LAYOUT,
		filter = 'everyone',
		onProgress
	}: {
		settings?: LayoutSettings;
		filter?: StageFilter;
		onProgress?: (progress: FlipbookProgress) => void;
	} = {}
): Flipbook {
	const months = monthsBetween(dataset.meta.start, dataset.meta.end);
	const factionOrder = dataset.factions.map((f) => f.id);
	const models = months.map((month) =>
		graphModelOf(filterSnapshot(snapshotAt(dataset, month), filter), dataset.factions)
	);
	const largest = Math.max(0, ...models.map((m) => m.people.length));
	const strategy: LayoutStrategy = largest <= settings.forceLimit ? 'force' : 'incremental';
	const positions: Record<string, Positions> = {};
	let previous: Positions = {};
	let previousModel: GraphModel = { factions: [], people: [], edges: [] };
	let previousSignature = '';
	months.forEach((month, index) => {
		const model = models[index]!;
		const signature = layoutSignature(model);
		if (signature !== previousSignature) {
			const previousFaction = new Map(previousModel.people.map((p) => [p.id, p.faction]));
			if (strategy === 'force') {
				const seed = seedPositions(model, previous, previousFaction, factionOrder);
				const target = layoutMonth(model, seed, factionOrder, settings);
				const moved = movers(previousModel, model);
				const blended = blend(previous, target, (id) => (moved.has(id) ? 1 : settings.settledPull));
				previous = arrangeFactions(
					separate(blended, model.people),
					model.people,
					factionOrder,
					false
				);
			} else {
				previous = placeIncrementally(model, previous, previousFaction, factionOrder);
			}
			previousModel = model;
			previousSignature = signature;
		}
		positions[month] = previous;
		onProgress?.({ done: index + 1, total: months.length });
	});
	return { months, positions, strategy };
}

/** People who are new, changed faction, or gained or lost an ally since the previous model. */
export function movers(before: GraphModel, after: GraphModel): Set<string> {
	const neighbours = (model: GraphModel) => {
		const map = new Map<string, string[]>();
		for (const e of model.edges) {
			map.set(e.source, [...(map.get(e.source) ?? []), e.id]);
			map.set(e.target, [...(map.get(e.target) ?? []), e.id]);
		}
		return map;
	};
	const was = new Map(before.people.map((p) => [p.id, p]));
	const edgesBefore = neighbours(before);
	const edgesAfter = neighbours(after);
	const moved = new Set<string>();
	for (const person of after.people) {
		const earlier = was.get(person.id);
		const a = (edgesBefore.get(person.id) ?? []).sort().join(',');
		const b = (edgesAfter.get(person.id) ?? []).sort().join(',');
		if (!earlier || earlier.faction !== person.faction || a !== b) moved.add(person.id);
	}
	return moved;
}

/** Room one person takes in the incremental placement: the node and its label. */
const SLOT = 74;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

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
			mean(members.map((p) => placed[p.id]!)) ?? [(index - (factionOrder.length - 1) / 2) * 2000, 0]
		);
	}
	const alliesOf = new Map<string, string[]>();
	for (const edge of model.edges) {
		alliesOf.set(edge.source, [...(alliesOf.get(edge.source) ?? []), edge.target]);
		alliesOf.set(edge.target, [...(alliesOf.get(edge.target) ?? []), edge.source]);
	}
	for (const person of newcomers) {
		const middle = middleOf.get(person.faction)!;
		const allies = (alliesOf.get(person.id) ?? [])
			.map((id) => placed[id])
			.filter((p): p is Point => p !== undefined);
		const target = mean(allies) ?? middle;
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
	return arrangeFactions(placed, model.people, factionOrder, false);
}
