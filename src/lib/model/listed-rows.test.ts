import { describe, expect, it } from 'vitest';
import { listedRows, moreRows, nameRanks } from './listed-rows';

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
