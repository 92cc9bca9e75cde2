import { isRealTie } from './alliance-kind';
import type { Dataset } from './schema';
import { filterSnapshot, snapshotAt, type PolitburoStatus, type StageFilter } from './snapshot';
import {
	naiveOrder,
	optimisedOrder,
	scoreOrder,
	type Order,
	type OrderInput,
	type OrderOptions,
	type OrderScore
} from './storyline-order';
import { monthsBetween } from './time';

/**
 * The storyline ("movie narrative chart") of a dataset: time runs along one axis, each faction
 * is a band, each person a line that runs in their faction's band while they are on stage, and
 * people allied at a month run side by side. This module decides, month by month, which bands
 * there are and who sits where in them; `graph/storyline-geometry.ts` turns that into
 * coordinates, and `export/svg-storyline.ts` into an SVG image. Pure and deterministic: the app
 * (in a worker), the command line and the tests compute the same storyline from the same input.
 *
 * For a component: compute once per dataset and filter with `computeStoryline` (in the layout
 * worker for big datasets: it is plain data and survives `postMessage`), then call
 * `storylineGeometry` whenever the size changes; `describePath` (storyline-path.ts) gives the
 * text alternative for a selected person, `slotAt` the people at the cursor for ↑/↓.
 */

/** A person on stage at a month, at their place in the storyline. */
export interface StorylineSlot {
	person: string;
	/** Their faction at the month, `null` if the data gives none. */
	faction: string | null;
	politburo: PolitburoStatus;
	/** The active alliances they belong to at the month (after the filter), by id. */
	alliances: string[];
}

/** A faction's band at a month: the slots `[from, to)` of the month's `slots`. */
export interface StorylineBand {
	/** The faction's id, `null` for the people whose faction is unknown. */
	faction: string | null;
	from: number;
	to: number;
}

/** One month of the storyline. */
export interface StorylineColumn {
	month: string;
	/** Everyone on stage, from the top: band by band, in band order, each band in its order. */
	slots: StorylineSlot[];
	/** The bands that hold people this month, in band order, each a range of `slots`. */
	bands: StorylineBand[];
	/** The active alliances with at least two members on stage, by id, members in slot order. */
	alliances: { id: string; members: string[] }[];
}

export interface Storyline {
	/** Every month of the dataset's range, `YYYY-MM`; `columns[i]` is `months[i]`. */
	months: string[];
	/** The bands from top to bottom: the dataset's factions in its order, then `null` if used. */
	bandOrder: (string | null)[];
	columns: StorylineColumn[];
	/** Which ordering made it. */
	ordering: StorylineOrdering;
}

export type StorylineOrdering = 'optimised' | 'naive';

export interface StorylineOptions extends OrderOptions {
	/** Who is on stage, as the explorer's Show filter: everyone, or the Politburo only. */
	filter?: StageFilter;
	/**
	 * `optimised` (the default): allies adjacent, crossings and wiggles lowered; `naive`: each
	 * band sorted by first appearance, the baseline the benchmark compares against.
	 */
	ordering?: StorylineOrdering;
}

/** What one month contributes before ordering: its people by band, and its alliances. */
interface Frame {
	month: string;
	slots: Map<string, StorylineSlot>;
	alliances: { id: string; members: string[] }[];
}

/**
 * The storyline of `dataset` over its whole range (see the module's comment). Bands are the
 * dataset's factions in its order (Left before Centre before Right in the built-in data);
 * people whose faction is unknown get a last band of their own.
 * About 0.1 s for 2,000 people over 240 months on a laptop; run it off the main thread there.
 */
export function computeStoryline(dataset: Dataset, options: StorylineOptions = {}): Storyline {
	const filter = options.filter ?? 'everyone';
	const ordering = options.ordering ?? 'optimised';
	const months = monthsBetween(dataset.meta.start, dataset.meta.end);
	const frames: Frame[] = months.map((month) => {
		const snapshot = filterSnapshot(snapshotAt(dataset, month), filter);
		// A trial's alleged "centre" was no tie between its defendants: it does not bring them together.
		const real = new Set(snapshot.alliances.filter((a) => isRealTie(a.kind)).map((a) => a.id));
		return {
			month,
			slots: new Map(
				snapshot.people.map((p) => [
					p.id,
					{
						person: p.id,
						faction: p.faction,
						politburo: p.politburo,
						alliances: p.alliances.filter((a) => real.has(a))
					}
				])
			),
			alliances: snapshot.alliances
				.filter((a) => a.members.length >= 2 && real.has(a.id))
				.map((a) => ({ id: a.id, members: a.members }))
		};
	});

	const factionIds = dataset.factions.map((f) => f.id);
	const usesNull = frames.some((frame) =>
		[...frame.slots.values()].some((s) => s.faction === null || !factionIds.includes(s.faction))
	);
	const bandOrder: (string | null)[] = usesNull ? [...factionIds, null] : factionIds;
	const bandIndex = new Map<string | null, number>(bandOrder.map((id, i) => [id, i]));
	const bandOf = (slot: StorylineSlot) => bandIndex.get(slot.faction) ?? bandOrder.length - 1;

	// People as integers, in the dataset's order, for the ordering.
	const personIndex = new Map(dataset.people.map((p, i) => [p.id, i]));
	const input: OrderInput = {
		people: dataset.people.length,
		columns: frames.map((frame) => {
			const bands: number[][] = bandOrder.map(() => []);
			for (const slot of frame.slots.values())
				bands[bandOf(slot)]!.push(personIndex.get(slot.person)!);
			return {
				bands,
				groups: frame.alliances.map((a) => a.members.map((m) => personIndex.get(m)!))
			};
		})
	};
	const order: Order = ordering === 'naive' ? naiveOrder(input) : optimisedOrder(input, options);

	const columns = frames.map((frame, t): StorylineColumn => {
		const slots: StorylineSlot[] = [];
		const bands: StorylineBand[] = [];
		order[t]!.forEach((people, b) => {
			if (!people.length) return;
			bands.push({ faction: bandOrder[b]!, from: slots.length, to: slots.length + people.length });
			for (const p of people) slots.push(frame.slots.get(dataset.people[p]!.id)!);
		});
		const place = new Map(slots.map((s, i) => [s.person, i]));
		return {
			month: frame.month,
			slots,
			bands,
			alliances: frame.alliances.map((a) => ({
				id: a.id,
				members: [...a.members].sort((x, y) => place.get(x)! - place.get(y)!)
			}))
		};
	});
	return { months, bandOrder, columns, ordering };
}

/** Where a person sits at month index `t`: their slot's index from the top, or -1 off stage. */
export function slotIndex(storyline: Storyline, t: number, person: string): number {
	return storyline.columns[t]?.slots.findIndex((s) => s.person === person) ?? -1;
}

/** The slot a person holds at month index `t`, or `undefined` off stage. */
export function slotAt(storyline: Storyline, t: number, person: string): StorylineSlot | undefined {
	return storyline.columns[t]?.slots.find((s) => s.person === person);
}

/** The storyline's columns as the ordering's integers, for scoring. */
function orderOf(storyline: Storyline): { order: Order; people: number } {
	const index = new Map<string, number>();
	const order = storyline.columns.map((column) =>
		storyline.bandOrder.map((faction) => {
			const band = column.bands.find((b) => b.faction === faction);
			if (!band) return [];
			return column.slots.slice(band.from, band.to).map((s) => {
				if (!index.has(s.person)) index.set(s.person, index.size);
				return index.get(s.person)!;
			});
		})
	);
	return { order, people: index.size };
}

/**
 * How tangled a storyline is: crossings (pairs of lines that swap places between consecutive
 * months) and total wiggle (places each line moves up or down between consecutive months, in
 * slots, counting every line above it in the month).
 */
export function storylineScore(storyline: Storyline): OrderScore {
	const { order, people } = orderOf(storyline);
	return scoreOrder(order, people);
}

/** Crossings of a storyline (see `storylineScore`). */
export const storylineCrossings = (storyline: Storyline) => storylineScore(storyline).crossings;

/** Total wiggle of a storyline, in slots (see `storylineScore`). */
export const storylineWiggle = (storyline: Storyline) => storylineScore(storyline).wiggle;

/**
 * A number for each alliance the storyline shows, in the order they first appear (then in the
 * dataset's order): how a drawing with no room for an alliance's name where it starts marks it
 * there and names it in a key. The same at every size, so two screens and an image agree.
 */
export function allianceNumbers(storyline: Storyline): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const column of storyline.columns)
		for (const alliance of column.alliances)
			if (!numbers.has(alliance.id)) numbers.set(alliance.id, numbers.size + 1);
	return numbers;
}
