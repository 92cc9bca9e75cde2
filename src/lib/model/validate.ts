import type { z } from 'zod';
import { datasetSchema, type Dataset, type Fate } from './schema';
import { limitIssues } from './limits';
import { suggest } from './suggest';
import { checkStories } from './story';
import { firstXmlForbidden } from './text';
import { endKey, followingKey, startKey } from './time';

/** One problem in a dataset: where it is (`alliances[3].members[1].person`) and what is wrong. */
export interface DatasetIssue {
	path: string;
	message: string;
}

export type ValidationResult =
	{ ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

export type PathSegment = PropertyKey;

/** `['alliances', 3, 'members', 1]` → `alliances[3].members[1]` */
export function formatPath(path: readonly PathSegment[]): string {
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else text += text ? `.${String(segment)}` : String(segment);
	}
	return text || '(root)';
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
	let value: unknown = root;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

function describeValue(value: unknown): string {
	if (value === undefined) return '';
	const text = JSON.stringify(value);
	if (text === undefined) return '';
	return ` (got ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

function schemaIssues(error: z.ZodError, input: unknown): DatasetIssue[] {
	return error.issues.map((issue) => {
		const value = valueAt(input, issue.path);
		const shown = value !== null && typeof value === 'object' ? '' : describeValue(value);
		return { path: formatPath(issue.path), message: issue.message + shown };
	});
}

/**
 * Checks a dataset: first its size against `LIMITS` (anything past them is refused at once,
 * with nothing else checked), then its shape (zod) and text, then its integrity: unique ids, every reference
 * resolves, every interval runs forwards and lies inside the dataset's range, no person holds
 * two overlapping terms or alignments, alliance members belong while the alliance exists and
 * while they live, everyone on stage has a faction, and every story's step is dated in range,
 * cited, and focuses on a known person (see `checkStories`). Reports every problem, not the first.
 * Doubts that do not make a dataset invalid are listed by `oppositionFactionWarnings`.
 */
export function validateDataset(input: unknown): ValidationResult {
	const tooBig = limitIssues(input);
	if (tooBig.length) return { ok: false, issues: tooBig };
	const textIssues = forbiddenCharacterIssues(input);
	const parsed = datasetSchema.safeParse(input);
	if (!parsed.success)
		return { ok: false, issues: [...textIssues, ...schemaIssues(parsed.error, input)] };
	const issues = [...textIssues, ...integrityIssues(parsed.data)];
	return issues.length ? { ok: false, issues } : { ok: true, dataset: parsed.data };
}

/**
 * Every text in the input (at any depth) that holds a character XML forbids, one issue each:
 * such text would make the SVG and GEXF exports ill-formed, and it is refused rather than
 * silently changed so that the author sees where it came from.
 */
export function forbiddenCharacterIssues(input: unknown): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	const visit = (value: unknown, path: PathSegment[]) => {
		if (typeof value === 'string') {
			const found = firstXmlForbidden(value);
			if (found)
				issues.push({
					path: formatPath(path),
					message: `holds the character ${found.character} at character ${found.position}, which SVG and GEXF files cannot hold: remove it`
				});
		} else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
		else if (value !== null && typeof value === 'object')
			for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
	};
	visit(input, []);
	return issues;
}

/** Integrity rules beyond types, on a dataset whose shape is already valid. */
export function integrityIssues(data: Dataset): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	const report = (path: readonly PathSegment[], message: string) =>
		issues.push({ path: formatPath(path), message });

	const idSets = {
		sources: uniqueIds(data.sources, 'sources', report),
		factions: uniqueIds(data.factions, 'factions', report),
		people: uniqueIds(data.people, 'people', report),
		alliances: uniqueIds(data.alliances, 'alliances', report),
		events: uniqueIds(data.events, 'events', report)
	};

	const rangeStart = startKey(data.meta.start);
	// The exclusive end of the range: the first day after its last month.
	const rangeEnd = followingKey(data.meta.end.slice(0, 7));
	if (rangeEnd <= rangeStart)
		report(['meta', 'end'], `end "${data.meta.end}" is before start "${data.meta.start}"`);

	const checkSources = (path: PathSegment[], ids: readonly string[] | undefined) => {
		ids?.forEach((id, i) => {
			if (!idSets.sources.has(id))
				report([...path, i], `unknown source "${id}"${suggest(id, idSets.sources)}`);
		});
	};
	const checkPerson = (path: PathSegment[], id: string) => {
		if (!idSets.people.has(id)) report(path, `unknown person "${id}"${suggest(id, idSets.people)}`);
	};
	data.meta.featured?.forEach((id, i) => checkPerson(['meta', 'featured', i], id));
	const checkInterval = (path: PathSegment[], from: string, to: string | null | undefined) => {
		if (to && startKey(from) >= endKey(to))
			report([...path, 'to'], `"${to}" is not after from "${from}"`);
		if (startKey(from) < rangeStart || startKey(from) >= rangeEnd)
			report(
				[...path, 'from'],
				`"${from}" is outside the dataset's range ${data.meta.start} to ${data.meta.end}`
			);
		if (to && (endKey(to) <= rangeStart || endKey(to) > rangeEnd))
			report(
				[...path, 'to'],
				`"${to}" is outside the dataset's range ${data.meta.start} to ${data.meta.end} (leave "to" out if it lasted beyond)`
			);
	};
	const checkCited = (
		path: PathSegment[],
		fact: { sources: string[]; alternatives?: { sources: string[] }[] | undefined }
	) => {
		checkSources([...path, 'sources'], fact.sources);
		fact.alternatives?.forEach((alt, i) =>
			checkSources([...path, 'alternatives', i, 'sources'], alt.sources)
		);
	};

	data.factions.forEach((faction, i) => checkSources(['factions', i, 'sources'], faction.sources));

	data.people.forEach((person, p) => {
		checkSources(['people', p, 'sources'], person.sources);
		if (person.born && person.died && startKey(person.born) > startKey(person.died))
			report(['people', p, 'died'], `"${person.died}" is before born "${person.born}"`);
		person.terms.forEach((term, t) => {
			checkCited(['people', p, 'terms', t], term);
			checkInterval(['people', p, 'terms', t], term.from, term.to);
		});
		reportOverlaps(person.terms, (a, b) =>
			report(
				['people', p, 'terms', b],
				`overlaps people[${p}].terms[${a}]: a person holds one Politburo status at a time`
			)
		);
		person.offices.forEach((office, o) => {
			checkCited(['people', p, 'offices', o], office);
			checkInterval(['people', p, 'offices', o], office.from, office.to);
		});
	});

	data.alignments.forEach((alignment, a) => {
		checkCited(['alignments', a], alignment);
		checkPerson(['alignments', a, 'person'], alignment.person);
		if (!idSets.factions.has(alignment.faction))
			report(
				['alignments', a, 'faction'],
				`unknown faction "${alignment.faction}"${suggest(alignment.faction, idSets.factions)}`
			);
		checkInterval(['alignments', a], alignment.from, alignment.to);
	});
	const alignmentIndexesByPerson = groupIndexes(data.alignments, (alignment) => alignment.person);
	for (const [personId, indexes] of alignmentIndexesByPerson) {
		const alignments = indexes.map((index) => data.alignments[index]!);
		reportOverlaps(alignments, (a, b) =>
			report(
				['alignments', indexes[b]!],
				`overlaps alignments[${indexes[a]}] of "${personId}": a person is in one faction at a time`
			)
		);
	}

	const peopleById = new Map(data.people.map((person) => [person.id, person]));
	data.alliances.forEach((alliance, a) => {
		checkCited(['alliances', a], alliance);
		checkInterval(['alliances', a], alliance.from, alliance.to);
		alliance.members.forEach((member, m) => {
			const path: PathSegment[] = ['alliances', a, 'members', m];
			checkPerson([...path, 'person'], member.person);
			checkSources([...path, 'sources'], member.sources);
			const from = member.from ?? alliance.from;
			const to = member.to === undefined ? alliance.to : member.to;
			if (startKey(from) < startKey(alliance.from))
				report([...path, 'from'], `"${from}" is before the alliance began ("${alliance.from}")`);
			if (endKey(to) > endKey(alliance.to))
				report(
					[...path, 'to'],
					`"${to ?? 'open'}" is after the alliance ended ("${alliance.to ?? 'open'}")`
				);
			if (to && startKey(from) >= endKey(to))
				report([...path, 'to'], `"${to}" is not after from "${from}"`);
			const person = peopleById.get(member.person);
			if (person?.died && startKey(from) >= followingKey(person.died))
				report(
					[...path, 'from'],
					`"${member.person}" died (${person.died}) before joining on "${from}"`
				);
		});
	});

	data.events.forEach((event, e) => {
		checkCited(['events', e], event);
		event.people.forEach((id, i) => checkPerson(['events', e, 'people', i], id));
		const day = startKey(event.date);
		if (day < rangeStart || day >= rangeEnd)
			report(
				['events', e, 'date'],
				`"${event.date}" is outside the dataset's range ${data.meta.start} to ${data.meta.end}`
			);
	});

	checkEveryoneOnStageHasAFaction(data, alignmentIndexesByPerson, report);
	checkFatesAndIdentifiers(data, report, checkCited);
	checkStories(data, { start: rangeStart, end: rangeEnd }, report, checkCited);
	return issues;
}

function uniqueIds(
	items: readonly { id: string }[],
	collection: string,
	report: (path: PathSegment[], message: string) => void
): Set<string> {
	const firstIndex = new Map<string, number>();
	items.forEach((item, i) => {
		const first = firstIndex.get(item.id);
		if (first === undefined) firstIndex.set(item.id, i);
		else
			report(
				[collection, i, 'id'],
				`duplicate id "${item.id}" (first used at ${collection}[${first}])`
			);
	});
	return new Set(firstIndex.keys());
}

export function groupIndexes<T>(
	items: readonly T[],
	keyOf: (item: T) => string
): Map<string, number[]> {
	const groups = new Map<string, number[]>();
	items.forEach((item, i) => {
		const group = groups.get(keyOf(item));
		if (group) group.push(i);
		else groups.set(keyOf(item), [i]);
	});
	return groups;
}

interface Span {
	from: string;
	to?: string | null | undefined;
}

function reportOverlaps(spans: readonly Span[], report: (first: number, second: number) => void) {
	for (let b = 0; b < spans.length; b++) {
		for (let a = 0; a < b; a++) {
			const x = spans[a]!;
			const y = spans[b]!;
			if (startKey(x.from) < endKey(y.to) && startKey(y.from) < endKey(x.to)) {
				report(a, b);
				break;
			}
		}
	}
}

/** Whether `[from, to)` is covered by the union of `spans`. */
function isCovered(from: number, to: number, spans: readonly Span[]): boolean {
	const sorted = [...spans].sort((a, b) => startKey(a.from) - startKey(b.from));
	let reached = from;
	for (const span of sorted) {
		if (reached >= to) break;
		if (startKey(span.from) > reached) return false;
		reached = Math.max(reached, endKey(span.to));
	}
	return reached >= to;
}

function checkEveryoneOnStageHasAFaction(
	data: Dataset,
	alignmentIndexesByPerson: Map<string, number[]>,
	report: (path: PathSegment[], message: string) => void
) {
	const alignmentsOf = (id: string) =>
		(alignmentIndexesByPerson.get(id) ?? []).map((index) => data.alignments[index]!);
	data.people.forEach((person, p) => {
		person.terms.forEach((term, t) => {
			if (!isCovered(startKey(term.from), endKey(term.to), alignmentsOf(person.id)))
				report(
					['people', p, 'terms', t],
					`"${person.id}" has no faction (alignment) for part of this term ${term.from} to ${term.to ?? 'open'}`
				);
		});
	});
	const known = new Set(data.people.map((person) => person.id));
	data.alliances.forEach((alliance, a) => {
		alliance.members.forEach((member, m) => {
			// An unknown person is reported once, as unknown.
			if (!known.has(member.person)) return;
			const from = member.from ?? alliance.from;
			const to = member.to === undefined ? alliance.to : member.to;
			if (!isCovered(startKey(from), endKey(to), alignmentsOf(member.person)))
				report(
					['alliances', a, 'members', m],
					`"${member.person}" has no faction (alignment) for part of ${from} to ${to ?? 'open'} in "${alliance.id}"`
				);
		});
	});
}

/**
 * A person's fate agrees with their life dates, and no two people share a Wikidata item:
 * the fate's date is the person's `died` where both are given, and not before `born`; a death
 * without a date says why in its note; `alive` has no date and fits only someone with no `died`
 * or who died after the dataset's range; a sentence date belongs to an execution and comes no
 * later than it.
 */
function checkFatesAndIdentifiers(
	data: Dataset,
	report: (path: PathSegment[], message: string) => void,
	checkCited: (path: PathSegment[], fact: Fate) => void
) {
	const firstWithWikidata = new Map<string, number>();
	data.people.forEach((person, p) => {
		if (person.wikidata) {
			const first = firstWithWikidata.get(person.wikidata);
			if (first === undefined) firstWithWikidata.set(person.wikidata, p);
			else
				report(
					['people', p, 'wikidata'],
					`"${person.wikidata}" is already the Wikidata item of "${data.people[first]!.id}": one item is one person`
				);
		}
		const fate = person.fate;
		if (!fate) return;
		const path: PathSegment[] = ['people', p, 'fate'];
		checkCited(path, fate);
		if (fate.kind === 'alive') {
			if (fate.date) report([...path, 'date'], 'a fate of "alive" has no date');
			if (person.died && startKey(person.died) < followingKey(data.meta.end))
				report(
					[...path, 'kind'],
					`"${person.id}" died (${person.died}) inside the dataset's range, so is not "alive" at its end`
				);
		} else if (!fate.date && !fate.note) {
			report(
				[...path, 'date'],
				`a fate of "${fate.kind}" needs a date, or a note saying why the date is not known`
			);
		}
		if (fate.date && person.died && fate.date !== person.died)
			report(
				[...path, 'date'],
				`"${fate.date}" is not the day "${person.id}" died ("${person.died}"): the two must agree`
			);
		if (fate.date && person.born && startKey(fate.date) < startKey(person.born))
			report([...path, 'date'], `"${fate.date}" is before born "${person.born}"`);
		if (fate.sentenced) {
			if (fate.kind !== 'executed')
				report(
					[...path, 'sentenced'],
					`a sentence date belongs to an execution, not to a fate of "${fate.kind}"`
				);
			if (fate.date && startKey(fate.sentenced) > startKey(fate.date))
				report(
					[...path, 'sentenced'],
					`the sentence "${fate.sentenced}" comes after the execution "${fate.date}"`
				);
		}
	});
}
