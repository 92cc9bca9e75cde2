import cytoscape from 'cytoscape';
import coseBilkent from 'cytoscape-cose-bilkent';
import type { Dataset } from '../model/schema';
import { snapshotAt } from '../model/snapshot';
import { monthsBetween } from '../model/time';
import { arrangeFactions, type Point, type Positions } from './arrange';
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
}

export const DEFAULT_LAYOUT: LayoutSettings = {
	warmIterations: 1000,
	coldIterations: 2500,
	seed: 1917
};

/**
 * Springs per alliance edge: an alliance must pull harder than the faction hub holds, so that
 * a person's allies across factions draw them to that side of their group.
 */
const ALLIANCE_SPRINGS = 3;

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
			...model.edges.flatMap((e) =>
				Array.from({ length: ALLIANCE_SPRINGS }, (_, i) => ({
					group: 'edges' as const,
					data: { id: `${e.id}#${i}`, source: e.source, target: e.target }
				}))
			)
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
	const elements: cytoscape.ElementDefinition[] = [];
	for (const faction of model.factions) {
		const members = model.people.filter((p) => p.parent === faction.id);
		if (members.length < 2) continue;
		const hub = `${HUB_PREFIX}${faction.id}`;
		const centre = mean(members.map((m) => seed[m.id]).filter((p): p is Point => p !== undefined));
		elements.push({
			group: 'nodes',
			data: { id: hub, parent: faction.id, size: 1 },
			position: { x: centre?.[0] ?? 0, y: centre?.[1] ?? 0 }
		});
		for (const member of members) {
			elements.push({
				group: 'edges',
				data: { id: `${hub}:${member.id}`, source: hub, target: member.id }
			});
		}
	}
	return elements;
}

/** Positions of every person in every month of a dataset, laid out in order. */
export interface Flipbook {
	months: string[];
	positions: Record<string, Positions>;
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
	settings: LayoutSettings = DEFAULT_LAYOUT,
	onProgress?: (progress: FlipbookProgress) => void
): Flipbook {
	const months = monthsBetween(dataset.meta.start, dataset.meta.end);
	const factionOrder = dataset.factions.map((f) => f.id);
	const positions: Record<string, Positions> = {};
	let previous: Positions = {};
	let previousFaction = new Map<string, string | null>();
	let previousSignature = '';
	months.forEach((month, index) => {
		const model = graphModelOf(snapshotAt(dataset, month), dataset.factions);
		const signature = layoutSignature(model);
		if (signature !== previousSignature) {
			const seed = seedPositions(model, previous, previousFaction, factionOrder);
			previous = layoutMonth(model, seed, factionOrder, settings);
			previousFaction = new Map(model.people.map((p) => [p.id, p.faction]));
			previousSignature = signature;
		}
		positions[month] = previous;
		onProgress?.({ done: index + 1, total: months.length });
	});
	return { months, positions };
}
