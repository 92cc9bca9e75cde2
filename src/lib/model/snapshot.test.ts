import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { syntheticDataset } from '../../../scripts/synthetic';
import type { Dataset } from './schema';
import { filterSnapshot, membershipSpan, snapshotAt, type Snapshot } from './snapshot';
import { addMonths, isActiveAt, monthOf, monthsBetween, parseMoment } from './time';

const edgeCases = readDatasetFixture('edge-cases.json');

const statusAt = (at: string) =>
	Object.fromEntries(snapshotAt(edgeCases, at).people.map((p) => [p.id, p.politburo]));

describe('snapshotAt on the edge-case fixture', () => {
	it('never shows a term that starts and ends inside one month at month precision', () => {
		expect(statusAt('1926-06')).not.toHaveProperty('alice');
		expect(statusAt('1926-07')).not.toHaveProperty('alice');
		expect(statusAt('1926-07-10')).toHaveProperty('alice', 'candidate');
	});

	it('applies a day-precise removal by the end of its month', () => {
		expect(statusAt('1926-09')).toHaveProperty('bob', 'full');
		expect(statusAt('1926-10-22')).toHaveProperty('bob', 'full');
		// removed from the Politburo but still on stage through an alliance
		expect(statusAt('1926-10')).toHaveProperty('bob', null);
		expect(statusAt('1927-01')).not.toHaveProperty('bob');
	});

	it('keeps an open-ended term to the end of the data', () => {
		expect(statusAt('1927-12')).toHaveProperty('carol', 'full');
	});

	it('puts a person in two alliances at once, with an edge for each', () => {
		const snapshot = snapshotAt(edgeCases, '1926-04');
		const carol = snapshot.people.find((p) => p.id === 'carol')!;
		expect(carol.alliances).toEqual(['bloc', 'pact']);
		expect(snapshot.edges.map((e) => e.id)).toEqual([
			'bloc:carol:dan',
			'pact:bob:carol',
			'pact:bob:dan',
			'pact:carol:dan'
		]);
	});

	it('honours a member joining and leaving on dates of their own', () => {
		const members = (at: string) =>
			snapshotAt(edgeCases, at).alliances.find((a) => a.id === 'pact')?.members;
		expect(members('1926-01')).toEqual(['bob', 'carol']);
		expect(members('1926-02')).toEqual(['bob', 'carol', 'dan']);
		expect(members('1926-05')).toEqual(['bob', 'carol']);
	});

	it('gives each person their faction and offices at the moment', () => {
		const bob = (at: string) => snapshotAt(edgeCases, at).people.find((p) => p.id === 'bob');
		expect(bob('1925-12')).toMatchObject({ faction: 'left', offices: ['Commissar'] });
		expect(bob('1926-03')).toMatchObject({ faction: 'right', offices: [] });
	});

	it('lists the events of the month shown, in date order', () => {
		expect(snapshotAt(edgeCases, '1926-10').events.map((e) => e.id)).toEqual(['plenum', 'removal']);
		expect(snapshotAt(edgeCases, '1926-10-01').events.map((e) => e.id)).toEqual([
			'plenum',
			'removal'
		]);
		expect(snapshotAt(edgeCases, '1926-11').events).toEqual([]);
	});

	it('normalises the moment to its month', () => {
		expect(snapshotAt(edgeCases, '1926').at).toBe('1926-06');
		expect(snapshotAt(edgeCases, '1926-10-23').at).toBe('1926-10');
	});

	it('is deterministic', () => {
		expect(snapshotAt(edgeCases, '1926-04')).toEqual(snapshotAt(edgeCases, '1926-04'));
		expect(snapshotAt(edgeCases, '1926-04').people.map((p) => p.id)).toEqual([
			'bob',
			'carol',
			'dan'
		]);
	});

	it('refuses a moment that is not a date', () => {
		expect(() => snapshotAt(edgeCases, '1926-13')).toThrow(/not a date/);
	});
});

describe('filterSnapshot', () => {
	it('keeps everyone by default', () => {
		const snapshot = snapshotAt(edgeCases, '1926-04');
		expect(filterSnapshot(snapshot, 'everyone')).toBe(snapshot);
	});

	it('keeps only Politburo members, and the alliances and edges among them', () => {
		const filtered = filterSnapshot(snapshotAt(edgeCases, '1926-04'), 'politburo');
		expect(filtered.people.map((p) => p.id)).toEqual(['bob', 'carol']);
		expect(filtered.alliances.map((a) => [a.id, a.members])).toEqual([['pact', ['bob', 'carol']]]);
		expect(filtered.edges.map((e) => e.id)).toEqual(['pact:bob:carol']);
		expect(filtered.people.find((p) => p.id === 'carol')!.alliances).toEqual(['pact']);
	});
});

/** The snapshot as first written: every person, and every alignment for each, at every month. */
function snapshotByScan(dataset: Dataset, at: string): Snapshot {
	const moment = parseMoment(at)!;
	const day = moment.day;
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const alliances = dataset.alliances
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
	for (const alliance of alliances)
		for (const member of alliance.members)
			alliancesOf.set(member, [...(alliancesOf.get(member) ?? []), alliance.id]);
	const people = dataset.people
		.map((person) => {
			const term = person.terms.find((t) => isActiveAt(t.from, t.to, day));
			if (!term && !alliancesOf.has(person.id)) return null;
			const alignment = dataset.alignments.find(
				(a) => a.person === person.id && isActiveAt(a.from, a.to, day)
			);
			return {
				id: person.id,
				name: person.name,
				label: person.label,
				faction: alignment?.faction ?? null,
				politburo: term?.kind ?? null,
				offices: person.offices.filter((o) => isActiveAt(o.from, o.to, day)).map((o) => o.title),
				alliances: alliancesOf.get(person.id) ?? []
			};
		})
		.filter((person) => person !== null)
		.sort(byId);
	const edges = alliances.flatMap((alliance) =>
		alliance.members.flatMap((a, i) =>
			alliance.members.slice(i + 1).map((b) => ({
				id: `${alliance.id}:${a}:${b}`,
				alliance: alliance.id,
				source: a,
				target: b
			}))
		)
	);
	const events = dataset.events
		.filter((event) => monthOf(event.date) === moment.month)
		.sort((a, b) => (a.date === b.date ? byId(a, b) : a.date < b.date ? -1 : 1))
		.map(({ id, date, title, kind }) => ({ id, date, title, kind }));
	return { at: moment.month, people, alliances, edges, events };
}

describe('snapshotAt from its index', () => {
	const builtin = readDataset();
	if (!builtin.ok) throw new Error('the built-in dataset is not valid');

	it.each<[string, Dataset]>([
		['the built-in data', builtin.dataset],
		['the edge cases', edgeCases],
		['200 synthetic people', syntheticDataset(200, 72)]
	])(
		'gives what a scan of everything gives, at every month and at days, for %s',
		{ timeout: 30_000 },
		(_, dataset) => {
			const months = monthsBetween(dataset.meta.start, dataset.meta.end);
			const moments = [
				...months,
				...months.filter((_, i) => i % 7 === 0).map((m) => `${m}-15`),
				...dataset.events.map((e) => e.date),
				...dataset.alliances.flatMap((a) => [a.from, ...(a.to ? [a.to] : [])]),
				// Outside the range: before it, and after it where open intervals still hold.
				addMonths(dataset.meta.start, -1),
				addMonths(dataset.meta.end, 1),
				addMonths(dataset.meta.end, 30)
			];
			for (const at of moments)
				expect(snapshotAt(dataset, at), at).toEqual(snapshotByScan(dataset, at));
		}
	);

	it('reads only what is on stage: no scan of every person and alignment at each month', () => {
		const base = syntheticDataset(2000);
		const reads = { people: 0, alignments: 0 };
		const counted = <T extends object>(items: T[], key: keyof typeof reads): T[] =>
			new Proxy(items, {
				get(target, property, receiver) {
					if (typeof property === 'string' && /^\d+$/.test(property)) reads[key] += 1;
					return Reflect.get(target, property, receiver);
				}
			});
		const dataset = {
			...base,
			people: counted(base.people, 'people'),
			alignments: counted(base.alignments, 'alignments')
		};
		const month = addMonths(base.meta.start, 6);
		snapshotAt(dataset, base.meta.start);
		reads.people = reads.alignments = 0;
		const onStage = snapshotAt(dataset, month).people.length;
		expect(onStage).toBeGreaterThan(0);
		expect(onStage).toBeLessThan(base.people.length / 4);
		expect(reads.people).toBeLessThanOrEqual(onStage);
		expect(reads.alignments).toBe(0);
	});
});
