import type { Confidence, Dataset } from './schema';
import { snapshotAt } from './snapshot';
import { endKey, monthsBetween, startKey } from './time';

/** How much of one year of a dataset the record covers. */
export interface YearCoverage {
	year: number;
	/** Months of the year inside the dataset's range. */
	months: number;
	/** Ids of everyone on stage at the end of at least one of those months, sorted. */
	people: string[];
	/** The smallest stage of any of those months (0: some month shows nobody). */
	fewestOnStage: number;
	/** Months of the year (`YYYY-MM`) whose stage is empty. */
	emptyMonths: string[];
	/** Ids of the alliances active at the end of at least one of those months, sorted. */
	groups: string[];
	/** Events dated in the year. */
	events: number;
	/** Cited facts (terms, offices, alignments, alliances, events) that touch the year. */
	facts: number;
	/** Those facts counted by confidence. */
	confidence: Record<Confidence, number>;
	/** Those facts that record what other sources say (`alternatives`). */
	disagreements: number;
}

interface DatedFact {
	from: string;
	/** Exclusive end; null: open. */
	to: string | null;
	confidence: Confidence;
	disagrees: boolean;
}

function datedFacts(dataset: Dataset): DatedFact[] {
	const interval = (fact: {
		from: string;
		to?: string | null | undefined;
		confidence: Confidence;
		alternatives?: unknown[] | undefined;
	}): DatedFact => ({
		from: fact.from,
		to: fact.to ?? null,
		confidence: fact.confidence,
		disagrees: (fact.alternatives?.length ?? 0) > 0
	});
	return [
		...dataset.people.flatMap((person) => [...person.terms, ...person.offices].map(interval)),
		...dataset.alignments.map(interval),
		...dataset.alliances.map(interval),
		// An event touches only the year it is dated in.
		...dataset.events.map((event) => ({
			from: event.date,
			to: `${Number(event.date.slice(0, 4)) + 1}-01`,
			confidence: event.confidence,
			disagrees: (event.alternatives?.length ?? 0) > 0
		}))
	];
}

/**
 * The record's coverage year by year over the dataset's range: who is on stage (a snapshot
 * at the end of each month), which groups are active, how many events, and how the facts that
 * touch the year (an interval overlapping it, an event dated in it) divide by confidence and
 * how many of them record a disagreement between sources.
 */
export function coverageByYear(dataset: Dataset): YearCoverage[] {
	const facts = datedFacts(dataset);
	const byYear = new Map<number, string[]>();
	for (const month of monthsBetween(dataset.meta.start, dataset.meta.end)) {
		const year = Number(month.slice(0, 4));
		byYear.set(year, [...(byYear.get(year) ?? []), month]);
	}
	return [...byYear].map(([year, months]) => {
		const people = new Set<string>();
		const groups = new Set<string>();
		const emptyMonths: string[] = [];
		let fewestOnStage = Number.POSITIVE_INFINITY;
		for (const month of months) {
			const snapshot = snapshotAt(dataset, month);
			snapshot.people.forEach((p) => people.add(p.id));
			snapshot.alliances.forEach((a) => groups.add(a.id));
			fewestOnStage = Math.min(fewestOnStage, snapshot.people.length);
			if (snapshot.people.length === 0) emptyMonths.push(month);
		}
		const yearStart = startKey(months[0]!);
		const yearEnd = startKey(`${year + 1}-01`);
		const touching = facts.filter((f) => startKey(f.from) < yearEnd && endKey(f.to) > yearStart);
		const confidence: Record<Confidence, number> = { high: 0, medium: 0, low: 0 };
		touching.forEach((f) => (confidence[f.confidence] += 1));
		return {
			year,
			months: months.length,
			people: [...people].sort(),
			fewestOnStage: Number.isFinite(fewestOnStage) ? fewestOnStage : 0,
			emptyMonths,
			groups: [...groups].sort(),
			events: dataset.events.filter((e) => Number(e.date.slice(0, 4)) === year).length,
			facts: touching.length,
			confidence,
			disagreements: touching.filter((f) => f.disagrees).length
		};
	});
}

/** Every month of the dataset's range (`YYYY-MM`) whose stage shows nobody. */
export function emptyStageMonths(dataset: Dataset): string[] {
	return coverageByYear(dataset).flatMap((year) => year.emptyMonths);
}

const percent = (part: number, whole: number) =>
	whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`;

/**
 * The coverage as a plain-text table, one line per year, then the totals over the whole
 * dataset (each fact counted once) and the empty months, if any.
 */
export function formatCoverageReport(dataset: Dataset): string {
	const years = coverageByYear(dataset);
	const header = [
		'year',
		'on stage',
		'fewest',
		'groups',
		'events',
		'facts',
		'high',
		'medium',
		'low',
		'disagree'
	];
	const rows = years.map((y) => [
		String(y.year),
		String(y.people.length),
		String(y.fewestOnStage),
		String(y.groups.length),
		String(y.events),
		String(y.facts),
		percent(y.confidence.high, y.facts),
		percent(y.confidence.medium, y.facts),
		percent(y.confidence.low, y.facts),
		String(y.disagreements)
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

	const facts = datedFacts(dataset);
	const count = (c: Confidence) => facts.filter((f) => f.confidence === c).length;
	const empty = years.flatMap((y) => y.emptyMonths);
	const groupLines = years.map((y) => `${y.year}: ${y.groups.join(', ') || '(none)'}`);
	return [
		`${dataset.meta.title}, ${dataset.meta.start} to ${dataset.meta.end}`,
		'',
		line(header),
		...rows.map(line),
		'',
		`whole dataset: ${dataset.people.length} people, ${dataset.alliances.length} groups, ` +
			`${dataset.events.length} events, ${facts.length} facts ` +
			`(high ${percent(count('high'), facts.length)}, medium ${percent(count('medium'), facts.length)}, ` +
			`low ${percent(count('low'), facts.length)}), ` +
			`${facts.filter((f) => f.disagrees).length} with recorded disagreements`,
		`months with an empty stage: ${empty.length ? `${empty.length} (${empty.join(', ')})` : 'none'}`,
		'',
		'groups active each year:',
		...groupLines
	].join('\n');
}
