import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { lifeDates, OFF_STAGE, personAt } from './person';
import { snapshotAt } from './snapshot';

const edgeCases = readDatasetFixture('edge-cases.json');
const at = (id: string, month: string) => personAt(edgeCases, snapshotAt(edgeCases, month), id);

describe('personAt', () => {
	it('reads a person on stage from the snapshot: standing, offices, faction and alliances', () => {
		const bob = at('bob', '1926-01')!;
		expect(bob.onStage).toBe(true);
		expect(bob.status).toBe('Full member');
		expect(bob.offices).toEqual([]);
		expect(bob.faction?.label).toBe('Left');
		expect(bob.alliances.map((a) => a.id)).toEqual(['pact']);
		expect(at('bob', '1925-12')!.offices).toEqual(['Commissar']);
	});

	it('gives the offices and faction of someone off stage, whom the snapshot leaves out', () => {
		// Alice's three weeks as a candidate end on 25 July; her faction lasts to August.
		const alice = at('alice', '1926-07')!;
		expect(alice.onStage).toBe(false);
		expect(alice.status).toBe(OFF_STAGE);
		expect(alice.politburo).toBeNull();
		expect(alice.faction?.id).toBe('left');
		expect(alice.alliances).toEqual([]);
		expect(at('alice', '1926-08')!.faction).toBeNull();
	});

	it('names a candidate member and a member of two alliances', () => {
		expect(at('carol', '1926-06')!.alliances.map((a) => a.id)).toEqual(['bloc', 'pact']);
		expect(at('carol', '1926-06')!.status).toBe('Full member');
		expect(at('dan', '1926-06')!.status).toBe('Not in the Politburo');
	});

	it('is dead from the day of death on, and null for an unknown person', () => {
		const dataset = {
			...edgeCases,
			people: edgeCases.people.map((p) => (p.id === 'dan' ? { ...p, died: '1926-05-10' } : p))
		};
		const dan = (month: string) => personAt(dataset, snapshotAt(dataset, month), 'dan')!;
		expect(dan('1926-04').dead).toBe(false);
		expect(dan('1926-05').dead).toBe(true);
		expect(at('nobody', '1926-05')).toBeNull();
	});
});

describe('lifeDates', () => {
	it.each([
		['1879-12-21', '1953-03-05', '1879–1953'],
		['1879-12', undefined, 'born 1879'],
		[undefined, '1953-03', 'died 1953'],
		[undefined, undefined, '']
	])('%s and %s read as %j', (born, died, text) => {
		expect(lifeDates(born, died)).toBe(text);
	});
});
