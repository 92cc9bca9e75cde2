import { parseDateParts } from './time';
import type { DatasetIssue } from './validate';

/**
 * The most a dataset may hold. Past these, opening it would freeze the page (every month is a
 * layout, every person a node, every pair of allies an edge) or exhaust memory, so it is
 * refused at once, before anything else is checked, with a message saying why and what to do.
 * The built-in data (45 people, 246 months) is far below all of them; 10,000 people over 240
 * months is what the benchmark opens.
 */
export const LIMITS = {
	people: 20_000,
	alignments: 100_000,
	alliances: 10_000,
	/** Members of one alliance. */
	allianceMembers: 1_000,
	/** Members over all alliances together. */
	allMembers: 100_000,
	events: 20_000,
	sources: 10_000,
	factions: 200,
	stories: 1_000,
	/** Politburo terms and offices over all people together. */
	termsAndOffices: 200_000,
	/** Months from `meta.start` to `meta.end`: 100 years. */
	months: 1_200
} as const;

const count = (n: number) => n.toLocaleString('en-GB');

function lengthOf(value: unknown): number {
	return Array.isArray(value) ? value.length : 0;
}

function listOf(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
	return value !== null && typeof value === 'object'
		? (value as Record<string, unknown>)[key]
		: undefined;
}

/**
 * The limits (see {@link LIMITS}) that a dataset exceeds, one issue each, read from its raw
 * input before any other check: cheap whatever its size. Shapes it does not recognise are left
 * to the schema.
 */
export function limitIssues(input: unknown): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	const tooMany = (path: string, found: number, what: string, limit: number, advice: string) =>
		issues.push({
			path,
			message: `${count(found)} ${what}: more than Factions can show (at most ${count(limit)}). ${advice}`
		});
	const split =
		'Split the dataset, by period or by body, or keep the people who matter to the struggle.';
	const lists = [
		['people', 'people', LIMITS.people],
		['alignments', 'alignments', LIMITS.alignments],
		['alliances', 'alliances', LIMITS.alliances],
		['events', 'events', LIMITS.events],
		['sources', 'sources', LIMITS.sources],
		['factions', 'factions', LIMITS.factions],
		['stories', 'stories', LIMITS.stories]
	] as const;
	for (const [key, what, limit] of lists) {
		const found = lengthOf(field(input, key));
		if (found > limit) tooMany(key, found, what, limit, split);
	}
	if (issues.length) return issues;

	let members = 0;
	listOf(field(input, 'alliances')).forEach((alliance, a) => {
		const found = lengthOf(field(alliance, 'members'));
		members += found;
		if (found > LIMITS.allianceMembers)
			tooMany(
				`alliances[${a}].members`,
				found,
				'members',
				LIMITS.allianceMembers,
				'Keep the members who acted in it, or split it into the groups it was made of.'
			);
	});
	if (members > LIMITS.allMembers)
		tooMany('alliances', members, 'members over all alliances', LIMITS.allMembers, split);

	let termsAndOffices = 0;
	for (const person of listOf(field(input, 'people')))
		termsAndOffices += lengthOf(field(person, 'terms')) + lengthOf(field(person, 'offices'));
	if (termsAndOffices > LIMITS.termsAndOffices)
		tooMany('people', termsAndOffices, 'terms and offices', LIMITS.termsAndOffices, split);

	const meta = field(input, 'meta');
	const start = field(meta, 'start');
	const end = field(meta, 'end');
	const first = typeof start === 'string' ? parseDateParts(start) : null;
	const last = typeof end === 'string' ? parseDateParts(end) : null;
	if (first && last) {
		const months = last.year * 12 + (last.month ?? 12) - (first.year * 12 + (first.month ?? 1)) + 1;
		if (months > LIMITS.months)
			tooMany(
				'meta.end',
				months,
				`months from ${String(start)} to ${String(end)}`,
				LIMITS.months,
				'Each month is a step of the time bar and a layout: split the period into datasets of at most 100 years.'
			);
	}
	return issues;
}
