import { describe, expect, it } from 'vitest';
import { firstRows, listedRows, moreRows, nameRanks } from './listed-rows';

describe('listedRows and moreRows', () => {
	it('lists a group whole when it fits its limit', () => {
		expect(listedRows(45, 100)).toBe(45);
		expect(listedRows(100, 100)).toBe(100);
		expect(listedRows(3000, Infinity)).toBe(3000);
	});

	it('lists a page of a long group, and a page more each time the reader asks, up to all', () => {
		const limits = [100];
		while (limits.at(-1)! < Infinity) limits.push(moreRows(limits.at(-1)!, 1150, 500));
		expect(limits).toEqual([100, 600, 1100, Infinity]);
		expect(limits.map((limit) => listedRows(1150, limit))).toEqual([100, 600, 1100, 1150]);
	});
});

describe('nameRanks', () => {
	it('ranks names in the order the collator sorts them, once each', () => {
		const ranks = nameRanks(
			['Zinoviev', 'bukharin', 'Äbel', 'Kamenev', 'Zinoviev'],
			new Intl.Collator('en')
		);
		expect([...ranks]).toEqual([
			['Äbel', 0],
			['bukharin', 1],
			['Kamenev', 2],
			['Zinoviev', 3]
		]);
	});
});

describe('firstRows', () => {
	const groups = [['a', 'b', 'c'], [], ['d', 'e'], ['f']];

	it('takes rows in reading order, group by group', () => {
		expect(firstRows(groups, 0)).toEqual([[], [], [], []]);
		expect(firstRows(groups, 2)).toEqual([['a', 'b'], [], [], []]);
		expect(firstRows(groups, 4)).toEqual([['a', 'b', 'c'], [], ['d'], []]);
		expect(firstRows(groups, 6)).toEqual(groups);
	});

	it('gives back a group wholly taken as it is', () => {
		const taken = firstRows(groups, Infinity);
		taken.forEach((rows, i) => expect(rows).toBe(groups[i]));
		expect(firstRows(groups, 4)[0]).toBe(groups[0]);
	});

	it('takes nothing for a count below zero', () => {
		expect(firstRows(groups, -3)).toEqual([[], [], [], []]);
	});
});
