import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { filterSnapshot, snapshotAt } from './snapshot';

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
