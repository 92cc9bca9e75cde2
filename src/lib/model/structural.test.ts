import { describe, expect, it } from 'vitest';
import { equalPlain, keepUnchangedById, sharedWith } from './structural';

describe('sharedWith', () => {
	const legend = () => [
		{ id: 'factions', items: [{ id: 'left', glyph: [{ tag: 'rect', attributes: { x: 1 } }] }] },
		{ id: 'alliances', items: [{ id: 'troika', label: 'Troika' }] }
	];

	it('gives back the previous value where the new one equals it', () => {
		const previous = legend();
		expect(sharedWith(previous, legend())).toBe(previous);
	});

	it('keeps the unchanged parts and takes the changed ones', () => {
		const previous = legend();
		const next = legend();
		next[1]!.items = [
			{ id: 'troika', label: 'Troika' },
			{ id: 'duumvirate', label: 'Duumvirate' }
		];
		const shared = sharedWith(previous, next);
		expect(shared).not.toBe(previous);
		expect(shared).toEqual(next);
		expect(shared[0]).toBe(previous[0]);
		expect(shared[1]).not.toBe(previous[1]);
		expect(shared[1]!.items[0]).toBe(previous[1]!.items[0]);
		expect(shared[1]!.items[1]).toBe(next[1]!.items[1]);
	});

	it('sees a removed or added key, a shorter array and a changed primitive', () => {
		expect(sharedWith({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
		expect(sharedWith({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
		expect(sharedWith({ a: 1 }, { a: 1, b: undefined })).toHaveProperty('b');
		expect(sharedWith([1, 2, 3], [1, 2])).toEqual([1, 2]);
		expect(sharedWith({ a: [1] }, { a: [2] })).toEqual({ a: [2] });
		expect(sharedWith(NaN, NaN)).toBeNaN();
	});

	it('takes anything but plain data as it comes', () => {
		const date = new Date(0);
		const map = new Map([[1, 2]]);
		expect(sharedWith(new Date(0), date)).toBe(date);
		expect(sharedWith(new Map([[1, 2]]), map)).toBe(map);
		expect(sharedWith([1], { 0: 1 })).toEqual({ 0: 1 });
		expect(sharedWith(undefined, legend())).toEqual(legend());
	});
});

describe('keepUnchangedById', () => {
	it('keeps the items that did not change, by id, whatever their place', () => {
		const stalin = { id: 'stalin', offices: ['General Secretary'] };
		const trotsky = { id: 'trotsky', offices: ['People’s Commissar of War'] };
		const previous = [stalin, trotsky];
		const next = [
			{ id: 'zinoviev', offices: [] },
			{ id: 'stalin', offices: ['General Secretary'] },
			{ id: 'trotsky', offices: [] }
		];
		keepUnchangedById(previous, next);
		expect(next[1]).toBe(stalin);
		// Changed: the new item.
		expect(next[2]).not.toBe(trotsky);
		expect(next[2]).toEqual({ id: 'trotsky', offices: [] });
		expect(next[0]).toEqual({ id: 'zinoviev', offices: [] });
	});
});

describe('equalPlain', () => {
	it('is what sharedWith gives back whole', () => {
		const values: unknown[] = [
			{ id: 'stalin', offices: ['General Secretary'], faction: 'centre' },
			{ id: 'stalin', offices: ['General Secretary'], faction: 'right' },
			{ id: 'stalin', offices: ['General Secretary'] },
			{ id: 'stalin', offices: ['General Secretary'], faction: undefined },
			{ id: 'stalin', offices: ['General Secretary', 'Commissar'], faction: 'centre' },
			{ id: 'stalin', offices: [], faction: 'centre' },
			{ id: 'stalin', offices: null, faction: 'centre' },
			['a', 'b'],
			['a', 'b', 'c'],
			{ 0: 'a', 1: 'b' },
			'a',
			1,
			Number.NaN,
			null
		];
		for (const a of values)
			for (const b of values) {
				const copy = structuredClone(b);
				expect(equalPlain(a, copy), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(
					Object.is(sharedWith(a, copy), a)
				);
			}
	});
});
