import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/unit/fixtures';
import { LIMITS, limitIssues } from './limits';
import { validateDataset } from './validate';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fixture = () => structuredClone(readFixture('edge-cases.json')) as Mutable;
const many = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

describe('size limits', () => {
	it('refuses 100,000 people at once, before checking anything else, saying why and what to do', () => {
		const data = fixture();
		data.people = many(100_000, data.people[0]);
		const started = performance.now();
		const result = validateDataset(data);
		// Validating them took 19 s before the limits; the bound leaves room for a busy machine.
		expect(performance.now() - started).toBeLessThan(1000);
		expect(result).toEqual({
			ok: false,
			issues: [
				{
					path: 'people',
					message: expect.stringMatching(
						/^100,000 people: more than Factions can show \(at most 20,000\)\. Split/
					)
				}
			]
		});
	});

	it.each<[string, (d: Mutable) => void, string, RegExp]>([
		['people', (d) => (d.people = many(LIMITS.people + 1, {})), 'people', /at most 20,000/],
		[
			'alignments',
			(d) => (d.alignments = many(LIMITS.alignments + 1, {})),
			'alignments',
			/at most 100,000/
		],
		['alliances', (d) => (d.alliances = many(LIMITS.alliances + 1, {})), 'alliances', /10,000/],
		['events', (d) => (d.events = many(LIMITS.events + 1, {})), 'events', /20,000/],
		['sources', (d) => (d.sources = many(LIMITS.sources + 1, {})), 'sources', /10,000/],
		['factions', (d) => (d.factions = many(LIMITS.factions + 1, {})), 'factions', /at most 200/],
		['stories', (d) => (d.stories = many(LIMITS.stories + 1, {})), 'stories', /at most 1,000/],
		[
			'members of one alliance',
			(d) => (d.alliances[1].members = many(LIMITS.allianceMembers + 1, { person: 'bob' })),
			'alliances[1].members',
			/1,001 members.*at most 1,000/
		],
		[
			'members of all alliances',
			(d) =>
				(d.alliances = many(101, {
					...d.alliances[0],
					members: many(1_000, { person: 'bob' })
				})),
			'alliances',
			/101,000 members.*at most 100,000/
		],
		[
			'terms and offices',
			(d) => (d.people[0].terms = many(LIMITS.termsAndOffices + 1, {})),
			'people',
			/terms and offices.*at most 200,000/
		],
		['months', (d) => (d.meta.end = '2027-12'), 'meta.end', /1,236 months.*at most 1,200/],
		[
			'months from 0001 to 9999',
			(d) => ((d.meta.start = '0001-01'), (d.meta.end = '9999-12')),
			'meta.end',
			/119,988 months/
		]
	])('refuses too many %s at %s', (_, mutate, path, message) => {
		const data = fixture();
		mutate(data);
		expect(limitIssues(data)).toEqual([{ path, message: expect.stringMatching(message) }]);
		expect(validateDataset(data)).toEqual({
			ok: false,
			issues: [{ path, message: expect.stringMatching(message) }]
		});
	});

	it('accepts a dataset at every limit', () => {
		const data = fixture();
		data.meta.start = '1901-01';
		data.meta.end = '2000-12';
		expect(limitIssues(data)).toEqual([]);
		expect(
			limitIssues({
				...data,
				people: many(LIMITS.people, { terms: [], offices: [] }),
				alliances: many(100, { members: many(LIMITS.allianceMembers, {}) })
			})
		).toEqual([]);
	});

	it('leaves shapes it does not know to the schema', () => {
		for (const input of [null, 42, [], {}, { people: 'many' }, { meta: { start: 7 } }])
			expect(limitIssues(input)).toEqual([]);
	});
});
