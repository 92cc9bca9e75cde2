import type { Alliance, Dataset, HistoricalEvent } from './schema';
import { isActiveAt, monthOf, parseMoment, type Moment } from './time';

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
	edges: AllianceEdge[];
	/** Events dated in the month shown. */
	events: EventSummary[];
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
 * The state of the struggle at a moment (see `parseMoment` for what `at` means): the people on
 * stage (Politburo members and members of active alliances) with their faction, Politburo status,
 * offices and alliances; the active alliances with their members; one edge per pair of members
 * of each alliance; and the events of that month. Everything is sorted by id, edges by
 * alliance then pair, events by date, so equal inputs give equal output.
 * @throws RangeError if `at` is not a date.
 */
export function snapshotAt(dataset: Dataset, at: string | Moment): Snapshot {
	const moment = typeof at === 'string' ? parseMoment(at) : at;
	if (!moment)
		throw new RangeError(`not a date: "${String(at)}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
	const day = moment.day;

	const alliances: AllianceAtMoment[] = dataset.alliances
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
			alliancesOf.set(member, [...(alliancesOf.get(member) ?? []), alliance.id]);
		}
	}

	const people: PersonAtMoment[] = [];
	for (const person of dataset.people) {
		const term = person.terms.find((t) => isActiveAt(t.from, t.to, day));
		if (!term && !alliancesOf.has(person.id)) continue;
		const alignment = dataset.alignments.find(
			(a) => a.person === person.id && isActiveAt(a.from, a.to, day)
		);
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

	const edges: AllianceEdge[] = [];
	for (const alliance of alliances) {
		const members = alliance.members;
		for (let i = 0; i < members.length; i++) {
			for (let j = i + 1; j < members.length; j++) {
				edges.push({
					id: `${alliance.id}:${members[i]}:${members[j]}`,
					alliance: alliance.id,
					source: members[i]!,
					target: members[j]!
				});
			}
		}
	}

	const events = dataset.events
		.filter((event) => monthOf(event.date) === moment.month)
		.sort((a, b) => (a.date === b.date ? byId(a, b) : a.date < b.date ? -1 : 1))
		.map(({ id, date, title, kind }) => ({ id, date, title, kind }));

	return { at: moment.month, people, alliances, edges, events };
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
	return {
		...snapshot,
		people: people.map((p) => ({
			...p,
			alliances: p.alliances.filter((a) => activeAlliances.has(a))
		})),
		alliances,
		edges: snapshot.edges.filter((e) => kept.has(e.source) && kept.has(e.target))
	};
}
