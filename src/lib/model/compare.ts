import { diffSnapshots, type SnapshotDiff } from './diff';
import type { Dataset } from './schema';
import { snapshotAt, type AllianceAtMoment, type Snapshot } from './snapshot';
import { formatDate, formatMonthShort, monthOf } from './time';

/** One person or alliance in a comparison, with the month the change happened. */
export interface ComparisonItem {
	kind: 'person' | 'alliance';
	id: string;
	/** The short label of a person, the name of an alliance. */
	label: string;
	/** What else the reader needs, e.g. "Left → Centre" or "was a candidate". */
	detail?: string;
	/**
	 * The month, between the two dates, in which the change took place; `null` when it cannot be
	 * placed (the value changed back and forth, or the dates are equal).
	 */
	month: string | null;
}

export interface ComparisonSection {
	key:
		| 'leftPolitburo'
		| 'joinedFull'
		| 'joinedCandidate'
		| 'changedFaction'
		| 'leftStage'
		| 'joinedStage'
		| 'alliancesDissolved'
		| 'alliancesFormed';
	heading: string;
	items: ComparisonItem[];
}

/** Two moments of a dataset and what changed from the first to the second. */
export interface Comparison {
	a: Snapshot;
	b: Snapshot;
	diff: SnapshotDiff;
	/** Only the sections that have items, in reading order. */
	sections: ComparisonSection[];
}

type Probe = (snapshot: Snapshot) => string;

/**
 * The part of a dataset that decides a person's standing: the person, their alignments, and the
 * alliances they belong to; for an alliance, the alliance and every member (whose Politburo terms
 * decide, when a snapshot is narrowed, whether it still has two members). Indexed once per
 * comparison: it dates every change, thousands at a time in a large dataset, and cutting
 * each slice from the whole dataset made dating them take half a second at 2,000 people.
 */
function slicesOf(dataset: Dataset) {
	type Alliance = Dataset['alliances'][number];
	type Alignment = Dataset['alignments'][number];
	// Where each person and alignment stands in the dataset: a slice keeps the dataset's order.
	const order = new Map<object, number>();
	dataset.people.forEach((person, index) => order.set(person, index));
	const people = new Map(dataset.people.map((p) => [p.id, p]));
	const alignments = new Map<string, Alignment[]>();
	dataset.alignments.forEach((alignment, index) => {
		order.set(alignment, index);
		const list = alignments.get(alignment.person);
		if (list) list.push(alignment);
		else alignments.set(alignment.person, [alignment]);
	});
	const allianceById = new Map(dataset.alliances.map((a) => [a.id, a]));
	const alliancesOf = new Map<string, Alliance[]>();
	for (const alliance of dataset.alliances)
		for (const person of new Set(alliance.members.map((m) => m.person))) {
			const list = alliancesOf.get(person);
			if (list) list.push(alliance);
			else alliancesOf.set(person, [alliance]);
		}
	const inDatasetOrder = <T extends object>(items: T[]) =>
		items.sort((x, y) => order.get(x)! - order.get(y)!);
	return (item: { kind: 'person' | 'alliance'; id: string }): Dataset => {
		const alliances =
			item.kind === 'alliance'
				? [allianceById.get(item.id)].filter((a): a is Alliance => a !== undefined)
				: (alliancesOf.get(item.id) ?? []);
		const ids =
			item.kind === 'person'
				? [item.id]
				: [...new Set(alliances.flatMap((a) => a.members.map((m) => m.person)))];
		return {
			...dataset,
			people: inDatasetOrder(
				ids.map((id) => people.get(id)).filter((p): p is Dataset['people'][number] => !!p)
			),
			alignments: inDatasetOrder(ids.flatMap((id) => alignments.get(id) ?? [])),
			alliances,
			events: []
		};
	};
}

/** The months in which anything in `slice` starts or ends: the only months its state can change. */
function boundaryMonths(slice: Dataset): string[] {
	const dates: (string | null | undefined)[] = [];
	for (const person of slice.people)
		for (const term of person.terms) dates.push(term.from, term.to);
	for (const alignment of slice.alignments) dates.push(alignment.from, alignment.to);
	for (const alliance of slice.alliances) {
		dates.push(alliance.from, alliance.to);
		for (const member of alliance.members) dates.push(member.from, member.to);
	}
	return [...new Set(dates.filter((d): d is string => !!d).map(monthOf))].sort();
}

/**
 * The month in which `probe`'s value changed between the months `lo` and `hi` (chronological),
 * looking only at `slice`, at the months where its facts start or end. Forward in time that is
 * the last change (the one that set the final value); backward, the first (the one that ended
 * the earlier value). `null` if nothing changed.
 */
function monthOfChange(
	slice: Dataset,
	probe: Probe,
	narrow: (snapshot: Snapshot) => Snapshot,
	lo: string,
	hi: string,
	forward: boolean
): string | null {
	const months = [lo, ...boundaryMonths(slice).filter((m) => m > lo && m <= hi)];
	const valueAt = (month: string) => probe(narrow(snapshotAt(slice, month)));
	if (forward) {
		// The last change, looked for from the later date back: most are found at once.
		let later = valueAt(months[months.length - 1]!);
		for (let i = months.length - 1; i > 0; i--) {
			const earlier = valueAt(months[i - 1]!);
			if (earlier !== later) return months[i]!;
			later = earlier;
		}
		return null;
	}
	let previous = valueAt(lo);
	for (const month of months.slice(1)) {
		const value = valueAt(month);
		if (value !== previous) return month;
		previous = value;
	}
	return null;
}

const statusProbe =
	(id: string): Probe =>
	(s) =>
		s.people.find((p) => p.id === id)?.politburo ?? 'none';
const factionProbe =
	(id: string): Probe =>
	(s) =>
		s.people.find((p) => p.id === id)?.faction ?? 'none';
const stageProbe =
	(id: string): Probe =>
	(s) =>
		s.people.some((p) => p.id === id) ? 'on' : 'off';
const allianceProbe =
	(id: string): Probe =>
	(s) =>
		s.alliances.some((a) => a.id === id) ? 'on' : 'off';

/**
 * `item` with the month of its change worked out when it is first read, then kept. Dating a
 * change reads the dataset at every month where its facts start or end, and a page lists only
 * the first hundred names of a long section: at 2,000 people, 340–460 of 930–1,420 changes.
 * The month is an enumerable property like the others, so copies, JSON and structured clones
 * carry it.
 */
function datedOnRead(
	item: Omit<ComparisonItem, 'month'>,
	date: () => string | null
): ComparisonItem {
	let month: string | null | undefined;
	return Object.defineProperty(item as ComparisonItem, 'month', {
		enumerable: true,
		get: () => (month === undefined ? (month = date()) : month)
	});
}

/**
 * Compares the dataset at `a` with the dataset at `b` (any order: `b` before `a` reads as the
 * other direction). Besides the diff, it gives the changes as sections a reader can scan, each
 * item dated with the month it happened (worked out when the month is first read). `narrow`
 * narrows each snapshot (e.g. to the Politburo).
 * @throws RangeError if a date is not a date.
 */
export function compareMoments(
	dataset: Dataset,
	a: string,
	b: string,
	narrow: (snapshot: Snapshot) => Snapshot = (s) => s
): Comparison {
	const first = narrow(snapshotAt(dataset, a));
	const second = narrow(snapshotAt(dataset, b));
	const diff = diffSnapshots(first, second);
	const forward = first.at <= second.at;
	const [lo, hi] = forward ? [first.at, second.at] : [second.at, first.at];
	let sliceAround: ReturnType<typeof slicesOf> | undefined;
	const when = (item: { kind: 'person' | 'alliance'; id: string }, probe: Probe) =>
		monthOfChange((sliceAround ??= slicesOf(dataset))(item), probe, narrow, lo, hi, forward);

	const labelOf = new Map(dataset.people.map((p) => [p.id, p.label]));
	const factionLabel = new Map(dataset.factions.map((f) => [f.id, f.label]));
	const person = (id: string, probe: (id: string) => Probe, detail?: string) =>
		datedOnRead(
			{ kind: 'person', id, label: labelOf.get(id) ?? id, ...(detail ? { detail } : {}) },
			() => when({ kind: 'person', id }, probe(id))
		);
	const alliance = ({ id, name }: { id: string; name: string }) =>
		datedOnRead({ kind: 'alliance', id, label: name }, () =>
			when({ kind: 'alliance', id }, allianceProbe(id))
		);

	const inPolitburo = new Set(diff.joinedPolitburo.map((c) => c.id));
	const outOfPolitburo = new Set(diff.leftPolitburo.map((c) => c.id));
	const sections: ComparisonSection[] = [
		{
			key: 'leftPolitburo',
			heading: 'Left the Politburo',
			items: diff.leftPolitburo.map((c) => person(c.id, statusProbe))
		},
		{
			key: 'joinedFull',
			heading: 'Joined the Politburo as full members',
			items: [
				...diff.joinedPolitburo.filter((c) => c.to === 'full'),
				...diff.changedStatus.filter((c) => c.to === 'full')
			]
				.sort((x, y) => x.id.localeCompare(y.id))
				.map((c) => person(c.id, statusProbe, c.from ? 'was a candidate' : undefined))
		},
		{
			key: 'joinedCandidate',
			heading: 'Joined the Politburo as candidates',
			items: [
				...diff.joinedPolitburo.filter((c) => c.to === 'candidate'),
				...diff.changedStatus.filter((c) => c.to === 'candidate')
			]
				.sort((x, y) => x.id.localeCompare(y.id))
				.map((c) => person(c.id, statusProbe, c.from ? 'was a full member' : undefined))
		},
		{
			key: 'changedFaction',
			heading: 'Changed faction',
			items: diff.changedFaction.map((c) =>
				person(
					c.id,
					factionProbe,
					`${factionLabel.get(c.from ?? '') ?? 'no faction'} → ${factionLabel.get(c.to ?? '') ?? 'no faction'}`
				)
			)
		},
		{
			key: 'leftStage',
			heading: 'No longer on stage',
			items: diff.leftStage
				.filter((p) => !outOfPolitburo.has(p.id))
				.map((p) => person(p.id, stageProbe))
		},
		{
			key: 'joinedStage',
			heading: 'Newly on stage',
			items: diff.joinedStage
				.filter((p) => !inPolitburo.has(p.id))
				.map((p) => person(p.id, stageProbe))
		},
		{
			key: 'alliancesDissolved',
			heading: 'Alliances dissolved',
			items: diff.alliancesDissolved.map(alliance)
		},
		{
			key: 'alliancesFormed',
			heading: 'Alliances formed',
			items: diff.alliancesFormed.map(alliance)
		}
	];
	return { a: first, b: second, diff, sections: sections.filter((s) => s.items.length > 0) };
}

/** The alliances active at either of two moments, those of `a` first, each once. */
export function alliancesAtEither(a: Snapshot, b: Snapshot): AllianceAtMoment[] {
	const seen = new Set(a.alliances.map((alliance) => alliance.id));
	return [...a.alliances, ...b.alliances.filter((alliance) => !seen.has(alliance.id))];
}

/** "Trotsky (Oct 1926)", "Stalin (Left → Centre, Oct 1926)" */
export function itemInWords(item: ComparisonItem): string {
	const notes = [item.detail, item.month ? formatMonthShort(item.month) : undefined].filter(
		(note): note is string => note !== undefined
	);
	return notes.length ? `${item.label} (${notes.join(', ')})` : item.label;
}

/** The comparison as lines of text, one per section, or one line saying nothing changed. */
export function comparisonInWords(comparison: Comparison): string[] {
	if (comparison.sections.length === 0)
		return [
			`No difference between ${formatDate(comparison.a.at)} and ${formatDate(comparison.b.at)}.`
		];
	return comparison.sections.map(
		(section) => `${section.heading}: ${section.items.map(itemInWords).join(', ')}.`
	);
}
