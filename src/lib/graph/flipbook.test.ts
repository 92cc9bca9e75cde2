import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { syntheticDataset } from '../../../scripts/synthetic';
import {
	arrangeFactions,
	displacement,
	keepFactionsInRow,
	separate,
	FACTION_GAP,
	MIN_SEPARATION
} from './arrange';
import { computeFlipbook } from './flipbook';
import { placeIncrementally } from './incremental-layout';
import { graphModelOf } from './elements';
import { snapshotAt } from '../model/snapshot';

const builtin = readDataset();
if (!builtin.ok) throw new Error('the built-in dataset is not valid');
const dataset = builtin.dataset;
const flipbook = computeFlipbook(dataset);

describe('the flip-book of the built-in dataset', () => {
	it('is the same on every run', () => {
		expect(computeFlipbook(dataset).positions).toEqual(flipbook.positions);
	});

	it('places everyone on stage, every month', () => {
		for (const month of flipbook.months) {
			const people = snapshotAt(dataset, month)
				.people.map((p) => p.id)
				.sort();
			expect(Object.keys(flipbook.positions[month]!).sort(), month).toEqual(people);
		}
	});

	it('never draws a Left person right of a Right person, nor the Centre outside them', () => {
		for (const month of flipbook.months) {
			const positions = flipbook.positions[month]!;
			const xs = (faction: string) =>
				snapshotAt(dataset, month)
					.people.filter((p) => p.faction === faction)
					.map((p) => positions[p.id]![0]);
			const [left, centre, right] = [xs('left'), xs('centre'), xs('right')];
			if (left.length && right.length)
				expect(Math.max(...left), month).toBeLessThan(Math.min(...right));
			if (left.length && centre.length)
				expect(Math.max(...left), month).toBeLessThan(Math.min(...centre));
			if (centre.length && right.length)
				expect(Math.max(...centre), month).toBeLessThan(Math.min(...right));
		}
	});

	it('keeps people of one group apart so labels do not collide', () => {
		for (const month of ['1924-06', '1926-10', '1929-06']) {
			const people = snapshotAt(dataset, month).people;
			const positions = flipbook.positions[month]!;
			for (const a of people)
				for (const b of people) {
					if (a.id >= b.id || a.faction !== b.faction) continue;
					const d = Math.hypot(
						positions[a.id]![0] - positions[b.id]![0],
						positions[a.id]![1] - positions[b.id]![1]
					);
					expect(d, `${month} ${a.id}–${b.id}`).toBeGreaterThan(MIN_SEPARATION * 0.9);
				}
		}
	});

	it('draws Stalin nearer Zinoviev and Kamenev in 1924 and nearer Bukharin in 1927', () => {
		const distance = (month: string, a: string, b: string) => {
			const p = flipbook.positions[month]!;
			return Math.hypot(p[a]![0] - p[b]![0], p[a]![1] - p[b]![1]);
		};
		expect(distance('1924-06', 'stalin', 'zinoviev')).toBeLessThan(
			distance('1924-06', 'stalin', 'bukharin')
		);
		expect(distance('1924-06', 'stalin', 'kamenev')).toBeLessThan(
			distance('1924-06', 'stalin', 'bukharin')
		);
		expect(distance('1927-06', 'stalin', 'bukharin')).toBeLessThan(
			distance('1927-06', 'stalin', 'zinoviev')
		);
		expect(distance('1927-06', 'stalin', 'bukharin')).toBeLessThan(
			distance('1927-06', 'stalin', 'kamenev')
		);
	});

	it('copies a month in which nothing that is drawn changed', () => {
		expect(flipbook.positions['1925-02']).toBe(flipbook.positions['1925-03']);
	});
});

describe('layout helpers', () => {
	it('puts groups side by side in the given order, centred on the origin', () => {
		const arranged = arrangeFactions(
			{ a: [500, 0], b: [0, 100], c: [-500, 40] },
			[
				{ id: 'a', faction: 'left' },
				{ id: 'b', faction: 'centre' },
				{ id: 'c', faction: 'right' }
			],
			['left', 'centre', 'right']
		);
		expect(arranged.a![0]).toBeLessThan(arranged.b![0]);
		expect(arranged.b![0]).toBeLessThan(arranged.c![0]);
		expect(arranged.a![0] + arranged.c![0]).toBeCloseTo(0, 5);
	});

	describe('keeping the groups in a row where they stand', () => {
		const members = [
			{ id: 'a1', faction: 'left' },
			{ id: 'a2', faction: 'left' },
			{ id: 'b1', faction: 'centre' },
			{ id: 'c1', faction: 'right' }
		];
		const order = ['left', 'centre', 'right'];
		/** The gap between the nodes of two groups (each node 60 wide). */
		const gapBetween = (p: Record<string, readonly number[]>, left: string, right: string) =>
			p[right]![0]! - 30 - (p[left]![0]! + 30);

		it('leaves everyone kept where they are while the groups have room', () => {
			const positions = { a1: [0, 50], a2: [100, -20], b1: [500, 300], c1: [1000, -400] } as const;
			const kept = new Set(['a1', 'a2', 'b1', 'c1']);
			expect(keepFactionsInRow(positions, members, order, kept)).toEqual(positions);
		});

		it('pushes apart groups grown into each other, the one with fewer kept people more', () => {
			// a2 arrived in the centre group's room: the left group, one person kept, gives way
			// more than the centre, two kept.
			const positions = { a1: [0, 0], a2: [480, 0], b1: [500, 0], c1: [1000, 0] } as const;
			const heavier = [...members, { id: 'b2', faction: 'centre' }];
			const arranged = keepFactionsInRow(
				{ ...positions, b2: [560, 0] },
				heavier,
				order,
				new Set(['a1', 'b1', 'b2', 'c1'])
			);
			const leftMoved = arranged.a1![0] - 0;
			const centreMoved = arranged.b1![0] - 500;
			expect(leftMoved).toBeLessThan(0);
			expect(Math.abs(leftMoved)).toBeGreaterThan(Math.abs(centreMoved));
			// Pushed apart with room to grow, in order; groups move whole and only sideways.
			expect(gapBetween(arranged, 'a2', 'b1')).toBeGreaterThan(FACTION_GAP);
			expect(gapBetween(arranged, 'b2', 'c1')).toBeGreaterThanOrEqual(FACTION_GAP - 0.1);
			expect(arranged.a2![0] - arranged.a1![0]).toBeCloseTo(480, 5);
			for (const id of ['a1', 'a2', 'b1', 'b2', 'c1']) expect(arranged[id]![1]).toBe(0);
		});

		it('stands new groups next to the one before them, centred on the origin’s height', () => {
			const arranged = keepFactionsInRow(
				{ a1: [0, 0], a2: [100, 0], b1: [5000, 800], c1: [-300, 70] },
				members,
				order,
				new Set(['a1', 'a2'])
			);
			expect(arranged.a1).toEqual([0, 0]);
			expect(gapBetween(arranged, 'a2', 'b1')).toBeCloseTo(FACTION_GAP, 5);
			expect(arranged.b1![1]).toBe(0);
			expect(gapBetween(arranged, 'b1', 'c1')).toBeCloseTo(FACTION_GAP, 5);
		});

		it('arranges the groups as arrangeFactions does when nobody is kept', () => {
			const positions = { a1: [0, 50], a2: [100, -20], b1: [500, 300], c1: [1000, -400] } as const;
			expect(keepFactionsInRow(positions, members, order, new Set())).toEqual(
				arrangeFactions(positions, members, order, false)
			);
		});
	});

	it('separates people who stand on one another', () => {
		const members = ['a', 'b', 'c'].map((id) => ({ id, faction: 'left' }));
		const apart = separate({ a: [0, 0], b: [0, 0], c: [1, 0] }, members);
		for (const [x, y] of [
			['a', 'b'],
			['a', 'c'],
			['b', 'c']
		] as const)
			expect(Math.hypot(apart[x]![0] - apart[y]![0], apart[x]![1] - apart[y]![1])).toBeGreaterThan(
				MIN_SEPARATION * 0.95
			);
	});

	it('measures displacement against the diagonal, over the people present in both', () => {
		expect(displacement({ a: [0, 0], b: [3, 4] }, { a: [0, 0], b: [3, 4] })).toBe(0);
		expect(displacement({ a: [0, 0] }, { a: [3, 4], b: [0, 0] })).toBeCloseTo(1, 5);
		expect(displacement({ x: [0, 0] }, { a: [0, 0] })).toBeNull();
	});

	it('places large graphs incrementally: those who stay keep their place exactly', () => {
		const large = syntheticDataset(400, 24);
		const book = computeFlipbook(large);
		expect(book.strategy).toBe('incremental');
		let stayers = 0;
		let moved = 0;
		for (let i = 1; i < book.months.length; i++) {
			const before = book.months[i - 1]!;
			const after = book.months[i]!;
			const shift = (id: string) => [
				book.positions[after]![id]![0] - book.positions[before]![id]![0],
				book.positions[after]![id]![1] - book.positions[before]![id]![1]
			];
			const factionAt = (month: string) =>
				new Map(snapshotAt(large, month).people.map((p) => [p.id, p.faction]));
			const was = factionAt(before);
			const is = factionAt(after);
			// Within a group, those who stay move together (only the group is shifted as a whole).
			const stayed = [...is.keys()].filter((id) => was.has(id) && was.get(id) === is.get(id));
			const byGroup = new Map<string, number[][]>();
			for (const id of stayed)
				byGroup.set(is.get(id) ?? '', [...(byGroup.get(is.get(id) ?? '') ?? []), shift(id)]);
			for (const shifts of byGroup.values())
				for (const s of shifts) {
					expect(s[0]).toBeCloseTo(shifts[0]![0]!, 0);
					expect(s[1]).toBeCloseTo(shifts[0]![1]!, 0);
				}
			stayers += stayed.length;
			moved += stayed.filter((id) => shift(id).some((d) => d !== 0)).length;
		}
		// And most stay put: a group moves only to make room for a neighbour grown into it (74%
		// of those who stayed moved, with the whole row centred again every month).
		expect(moved / stayers).toBeLessThan(0.1);
	});

	it('gives a newcomer a free place in their faction', () => {
		const fixture = readDatasetFixture('edge-cases.json');
		const model = graphModelOf(snapshotAt(fixture, '1926-04'), fixture.factions);
		const placed = placeIncrementally(model, {}, new Map(), ['left', 'right']);
		expect(Object.keys(placed).sort()).toEqual(['bob', 'carol', 'dan']);
	});
});
