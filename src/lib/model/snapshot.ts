import { pairEdgesOf } from './alliance-lines';
import type { Alignment, Alliance, Dataset, HistoricalEvent, Person } from './schema';
import {
	endKey,
	isActiveAt,
	monthOf,
	parseMoment,
	startKey,
	type DayKey,
	type Moment
} from './time';

export type PolitburoStatus = 'full' | 'candidate' | null;

export interface PersonAtMoment {
	id: string;
	name: string;
	label: string;
	/** Faction id at the moment, or null if the data gives none. */
	faction: string | null;
	politburo: PolitburoStatus;
	/** Titles of offices held at the moment. */
	offices: string[];
	/** Ids of the active alliances the person belongs to. */
	alliances: string[];
}

export interface AllianceAtMoment {
	id: string;
	name: string;
	kind: Alliance['kind'];
	colour: string;
	/** Person ids of the members at the moment. */
	members: string[];
}

/** One pair of people joined by one alliance; `source` sorts before `target`. */
export interface AllianceEdge {
	id: string;
	alliance: string;
	source: string;
	target: string;
}

export interface EventSummary {
	id: string;
	date: string;
	title: string;
	kind: HistoricalEvent['kind'];
}

export interface Snapshot {
	/** The month shown, `YYYY-MM`. */
	at: string;
	people: PersonAtMoment[];
	alliances: AllianceAtMoment[];
	/**
	 * One edge per pair of members of each alliance (see `pairEdgesOf`). Worked out when first
	 * read, then kept: a bloc of 1,000 members has 499,500 pairs, which only the data exports need.
	 */
	readonly edges: AllianceEdge[];
	/** Events dated in the month shown. */
	events: EventSummary[];
}

/**
 * `snapshot` with `edges` as a property that calls `pairs` when first read and keeps the result.
 * The property is enumerable, so `JSON.stringify` and spreading see it as plain data.
 */
function withPairEdges(snapshot: Omit<Snapshot, 'edges'>, pairs: () => AllianceEdge[]): Snapshot {
	let edges: AllianceEdge[] | null = null;
	const { at, people, alliances, events } = snapshot;
	return {
		at,
		people,
		alliances,
		get edges() {
			edges ??= pairs();
			return edges;
		},
		events
	};
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The dates an alliance member belongs, their own where given, else the alliance's. */
export function membershipSpan(alliance: Alliance, memberIndex: number) {
	const member = alliance.members[memberIndex]!;
	return {
		from: member.from ?? alliance.from,
		to: member.to === undefined ? alliance.to : member.to
	};
}

/**
 * What `snapshotAt` needs, found once per dataset so that one moment costs in proportion to what
 * is on stage then, not to the whole dataset: for each month of the range, the people with a
 * Politburo term and the alliances whose dates touch that month (each checked to the day
 * later); every person's alignments; the events of each month.
 */
interface SnapshotIndex {
	/** What the index was built from: a dataset whose lists are replaced or grow is indexed anew. */
	built: { lists: readonly unknown[]; lengths: readonly number[] };
	/** The month number (`year × 12 + month − 1`) of the range's first month. */
	firstMonth: number;
	/** Per month of the range: indexes into `dataset.people` with a term touching the month. */
	peopleByMonth: number[][];
	/** Per month of the range: indexes into `dataset.alliances` touching the month. */
	alliancesByMonth: number[][];
	peopleById: Map<string, Person>;
	alignmentsByPerson: Map<string, Alignment[]>;
	eventsByMonth: Map<string, HistoricalEvent[]>;
}

/**
 * Ranges longer than this are not indexed by month (the validator refuses them anyway); their
 * snapshots scan every person and alliance, as do moments outside a dataset's range.
 */
const MAX_INDEXED_MONTHS = 12_000;

/**
 * Datasets of fewer people and alliances than this are not indexed by month either: scanning
 * them costs less than the index's month lists, made anew for every small part of a dataset a
 * comparison reads (see `compareMoments`), thousands at a time.
 */
const MIN_INDEXED_ITEMS = 32;

const indexes = new WeakMap<Dataset, SnapshotIndex>();

const monthNumber = (key: DayKey) =>
	Math.floor(key / 10000) * 12 + (Math.floor(key / 100) % 100) - 1;

function listsOf(dataset: Dataset): readonly unknown[][] {
	return [dataset.people, dataset.alignments, dataset.alliances, dataset.events];
}

function isCurrent(index: SnapshotIndex, dataset: Dataset): boolean {
	const lists = listsOf(dataset);
	return lists.every(
		(list, i) => list === index.built.lists[i] && list.length === index.built.lengths[i]
	);
}

/**
 * Indexes `dataset` for `snapshotAt` now rather than on its first snapshot, so that a page can
 * build the index in a task of its own before its views draw the dataset.
 */
export function indexForSnapshots(dataset: Dataset): void {
	indexOf(dataset);
}

function indexOf(dataset: Dataset): SnapshotIndex {
	const cached = indexes.get(dataset);
	if (cached && isCurrent(cached, dataset)) return cached;
	const lists = listsOf(dataset);
	const firstMonth = monthNumber(startKey(dataset.meta.start));
	const lastMonth = monthNumber(startKey(dataset.meta.end));
	const monthCount = lastMonth - firstMonth + 1;
	const indexed =
		monthCount > 0 &&
		monthCount <= MAX_INDEXED_MONTHS &&
		dataset.people.length + dataset.alliances.length >= MIN_INDEXED_ITEMS;
	const peopleByMonth: number[][] = indexed ? Array.from({ length: monthCount }, () => []) : [];
	const alliancesByMonth: number[][] = indexed ? Array.from({ length: monthCount }, () => []) : [];
	/** Adds `item` to every month that `[from, to)` touches, clipped to the range. */
	const place = (
		buckets: number[][],
		item: number,
		from: string,
		to: string | null | undefined
	) => {
		const start = startKey(from);
		const end = endKey(to);
		if (!(start < end)) return;
		const first = Math.max(0, monthNumber(start) - firstMonth);
		// The month of the last day inside: an end on the 1st of a month stops the month before.
		const last = Number.isFinite(end)
			? Math.min(monthCount - 1, monthNumber(end) - (end % 100 === 1 ? 1 : 0) - firstMonth)
			: monthCount - 1;
		for (let m = first; m <= last; m++) {
			const bucket = buckets[m]!;
			if (bucket[bucket.length - 1] !== item) bucket.push(item);
		}
	};
	if (indexed) {
		dataset.people.forEach((person, p) => {
			for (const term of person.terms) place(peopleByMonth, p, term.from, term.to);
		});
		dataset.alliances.forEach((alliance, a) =>
			place(alliancesByMonth, a, alliance.from, alliance.to)
		);
	}
	const alignmentsByPerson = new Map<string, Alignment[]>();
	for (const alignment of dataset.alignments) {
		const list = alignmentsByPerson.get(alignment.person);
		if (list) list.push(alignment);
		else alignmentsByPerson.set(alignment.person, [alignment]);
	}
	const eventsByMonth = new Map<string, HistoricalEvent[]>();
	for (const event of dataset.events) {
		const month = monthOf(event.date);
		const list = eventsByMonth.get(month);
		if (list) list.push(event);
		else eventsByMonth.set(month, [event]);
	}
	const index: SnapshotIndex = {
		built: { lists, lengths: lists.map((list) => list.length) },
		firstMonth,
		peopleByMonth,
		alliancesByMonth,
		peopleById: new Map(dataset.people.map((person) => [person.id, person])),
		alignmentsByPerson,
		eventsByMonth
	};
	indexes.set(dataset, index);
	return index;
}

/**
 * The state of the struggle at a moment (see `parseMoment` for what `at` means): the people on
 * stage (Politburo members and members of active alliances) with their faction, Politburo status,
 * offices and alliances; the active alliances with their members; one edge per pair of members
 * of each alliance (worked out when `edges` is first read); and the events of that month. Everything is sorted by id, edges by
 * alliance then pair, events by date, so equal inputs give equal output.
 *
 * The first call for a dataset indexes it (kept while the dataset object lives, rebuilt if its
 * lists are replaced or change length); after that a moment costs in proportion to the people
 * and alliances whose dates touch its month. Treat a dataset as immutable once shown.
 * @throws RangeError if `at` is not a date.
 */
export function snapshotAt(dataset: Dataset, at: string | Moment): Snapshot {
	const moment = typeof at === 'string' ? parseMoment(at) : at;
	if (!moment)
		throw new RangeError(`not a date: "${String(at)}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
	const day = moment.day;
	const index = indexOf(dataset);
	const bucket = monthNumber(day) - index.firstMonth;
	const inIndex = bucket >= 0 && bucket < index.peopleByMonth.length;
	const allianceCandidates = inIndex
		? index.alliancesByMonth[bucket]!.map((a) => dataset.alliances[a]!)
		: dataset.alliances;

	const alliances: AllianceAtMoment[] = allianceCandidates
		.filter((alliance) => isActiveAt(alliance.from, alliance.to, day))
		.map((alliance) => ({
			id: alliance.id,
			name: alliance.name,
			kind: alliance.kind,
			colour: alliance.colour,
			members: [
				...new Set(
					alliance.members
						.filter((_, i) => {
							const span = membershipSpan(alliance, i);
							return isActiveAt(span.from, span.to, day);
						})
						.map((member) => member.person)
				)
			].sort()
		}))
		.filter((alliance) => alliance.members.length > 0)
		.sort(byId);

	const alliancesOf = new Map<string, string[]>();
	for (const alliance of alliances) {
		for (const member of alliance.members) {
			const list = alliancesOf.get(member);
			if (list) list.push(alliance.id);
			else alliancesOf.set(member, [alliance.id]);
		}
	}

	// Everyone who may be on stage: a term touching the month, or a member of an active alliance.
	const candidates = new Set<Person>(
		inIndex ? index.peopleByMonth[bucket]!.map((p) => dataset.people[p]!) : dataset.people
	);
	for (const id of alliancesOf.keys()) {
		const person = index.peopleById.get(id);
		if (person) candidates.add(person);
	}

	const people: PersonAtMoment[] = [];
	for (const person of candidates) {
		const term = person.terms.find((t) => isActiveAt(t.from, t.to, day));
		if (!term && !alliancesOf.has(person.id)) continue;
		const alignment = index.alignmentsByPerson
			.get(person.id)
			?.find((a) => isActiveAt(a.from, a.to, day));
		people.push({
			id: person.id,
			name: person.name,
			label: person.label,
			faction: alignment?.faction ?? null,
			politburo: term?.kind ?? null,
			offices: person.offices.filter((o) => isActiveAt(o.from, o.to, day)).map((o) => o.title),
			alliances: alliancesOf.get(person.id) ?? []
		});
	}
	people.sort(byId);

	const events = (index.eventsByMonth.get(moment.month) ?? [])
		.slice()
		.sort((a, b) => (a.date === b.date ? byId(a, b) : a.date < b.date ? -1 : 1))
		.map(({ id, date, title, kind }) => ({ id, date, title, kind }));

	return withPairEdges({ at: moment.month, people, alliances, events }, () =>
		pairEdgesOf(alliances)
	);
}

/** What the graph shows: everyone on stage, or only members of the Politburo. */
export type StageFilter = 'everyone' | 'politburo';

/**
 * A snapshot narrowed to what the user chose to see: with `politburo`, only full and candidate
 * members, the alliances and edges among them.
 */
export function filterSnapshot(snapshot: Snapshot, filter: StageFilter): Snapshot {
	if (filter === 'everyone') return snapshot;
	const people = snapshot.people.filter((p) => p.politburo !== null);
	const kept = new Set(people.map((p) => p.id));
	const alliances = snapshot.alliances
		.map((a) => ({ ...a, members: a.members.filter((m) => kept.has(m)) }))
		.filter((a) => a.members.length >= 2);
	const activeAlliances = new Set(alliances.map((a) => a.id));
	return withPairEdges(
		{
			at: snapshot.at,
			people: people.map((p) => ({
				...p,
				alliances: p.alliances.filter((a) => activeAlliances.has(a))
			})),
			alliances,
			events: snapshot.events
		},
		() => snapshot.edges.filter((e) => kept.has(e.source) && kept.has(e.target))
	);
}
