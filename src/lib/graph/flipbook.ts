import type { Dataset } from '../model/schema';
import { filterSnapshot, snapshotAt, type StageFilter } from '../model/snapshot';
import { monthsBetween } from '../model/time';
import { arrangeFactions, blend, separate, type Positions } from './arrange';
import { graphModelOf, layoutSignature, type GraphModel } from './elements';
import { layoutMonth, seedPositions } from './force-layout';
import { placeIncrementally } from './incremental-layout';

// The month sequence. How one month is laid out: `force-layout.ts` (cose-bilkent, warm-started)
// and `incremental-layout.ts` (past `forceLimit` people).

/** How the flip-book lays out its months. */
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
	let previousModel: GraphModel = { factions: [], people: [], edges: [], hubs: [] };
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
