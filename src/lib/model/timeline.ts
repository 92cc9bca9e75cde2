import type { z } from 'zod';
import type { alternativeSchema, Confidence, Dataset } from './schema';
import { formatMonthShort, parseDateParts, startKey } from './time';

/** A value another source gives instead of the one the data follows. */
export type Alternative = z.infer<typeof alternativeSchema>;

/** One line of a person's timeline: a Politburo term, an office or a faction. */
export interface TimelineEntry {
	/** Unique within the timeline. */
	key: string;
	kind: 'Politburo' | 'Office' | 'Faction';
	title: string;
	/** The faction's colour, for a faction. */
	colour?: string;
	from: string;
	/** Exclusive end; absent or null: it went on. */
	to?: string | null;
	confidence: Confidence;
	note?: string;
	/** What other sources say, in words. */
	alternatives: AlternativeAccount[];
	sources: string[];
}

/** Another source's account of a fact, in words, with its note and sources. */
export interface AlternativeAccount {
	text: string;
	note?: string;
	sources: string[];
}

const KIND_ORDER = { Politburo: 0, Office: 1, Faction: 2 } as const;

/** "3 Apr 1922" for a day, "Apr 1922" for a month. */
export function shortDate(date: string): string {
	const parts = parseDateParts(date);
	return parts?.day ? `${parts.day} ${formatMonthShort(date)}` : formatMonthShort(date);
}

/** "Apr 1922 – Oct 1926" (`to` is exclusive: the month or day it ended), or "from Apr 1922". */
export function dateSpan(from: string, to: string | null | undefined): string {
	return to ? `${shortDate(from)} – ${shortDate(to)}` : `from ${shortDate(from)}`;
}

/**
 * An alternative in words ("began Sep 1925; did not end; faction: Right"), reading its `claim`
 * with `claim` (a faction id as the faction's name, say). "a different account" if it says
 * nothing of its own.
 */
export function alternativeAccount(
	alternative: Alternative,
	claim: (text: string) => string = (text) => text
): AlternativeAccount {
	const parts: string[] = [];
	if (alternative.from) parts.push(`began ${shortDate(alternative.from)}`);
	if (alternative.to === null) parts.push('did not end');
	else if (alternative.to) parts.push(`ended ${shortDate(alternative.to)}`);
	if (alternative.date) parts.push(`dated ${shortDate(alternative.date)}`);
	if (alternative.claim) parts.push(claim(alternative.claim));
	return {
		text: parts.join('; ') || 'a different account',
		note: alternative.note,
		sources: alternative.sources
	};
}

/**
 * A person's Politburo terms, offices and factions in the order they began (terms before
 * offices before factions on the same day). Empty for an unknown person.
 */
export function personTimeline(dataset: Dataset, id: string): TimelineEntry[] {
	const person = dataset.people.find((p) => p.id === id);
	if (!person) return [];
	const factions = new Map(dataset.factions.map((f) => [f.id, f]));
	const factionLabel = (faction: string) => factions.get(faction)?.label ?? faction;
	const factionClaim = (claim: string) =>
		factions.has(claim) ? `faction: ${factionLabel(claim)}` : claim;
	const accounts = (list: Alternative[] | undefined, claim?: (text: string) => string) =>
		(list ?? []).map((alternative) => alternativeAccount(alternative, claim));
	const cited = (fact: {
		from: string;
		to?: string | null;
		confidence: Confidence;
		note?: string;
		sources: string[];
	}) => ({
		from: fact.from,
		to: fact.to,
		confidence: fact.confidence,
		note: fact.note,
		sources: fact.sources
	});
	const entries: TimelineEntry[] = [
		...person.terms.map((term, i) => ({
			...cited(term),
			key: `term-${i}`,
			kind: 'Politburo' as const,
			title: term.kind === 'full' ? 'Full member of the Politburo' : 'Candidate member',
			alternatives: accounts(term.alternatives)
		})),
		...person.offices.map((office, i) => ({
			...cited(office),
			key: `office-${i}`,
			kind: 'Office' as const,
			title: office.title,
			alternatives: accounts(office.alternatives)
		})),
		...dataset.alignments
			.filter((a) => a.person === id)
			.map((alignment, i) => ({
				...cited(alignment),
				key: `alignment-${i}`,
				kind: 'Faction' as const,
				title: factionLabel(alignment.faction),
				colour: factions.get(alignment.faction)?.colour,
				alternatives: accounts(alignment.alternatives, factionClaim)
			}))
	];
	return entries.sort(
		(a, b) => startKey(a.from) - startKey(b.from) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
	);
}
