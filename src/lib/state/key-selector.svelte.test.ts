import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { KeySelector } from './key-selector.svelte';

describe('a key chosen among many', () => {
	it('says which key is chosen, and follows the choice', () => {
		const selector = new KeySelector(['a', 'b', 'c'], 'b');
		expect(['a', 'b', 'c'].map((key) => selector.is(key))).toEqual([false, true, false]);
		selector.choose('c');
		expect(['a', 'b', 'c'].map((key) => selector.is(key))).toEqual([false, false, true]);
		selector.choose(undefined);
		expect(['a', 'b', 'c'].map((key) => selector.is(key))).toEqual([false, false, false]);
		// A key it was not given is never chosen.
		selector.choose('d');
		expect(['a', 'b', 'c', 'd'].map((key) => selector.is(key))).toEqual([
			false,
			false,
			false,
			false
		]);
		selector.choose('a');
		expect(selector.is('a')).toBe(true);
	});

	it('runs again only what reads the key left and the key taken', () => {
		const keys = Array.from({ length: 100 }, (_, i) => i);
		const selector = new KeySelector(keys, 0);
		const runs = new Map<number, number>();
		const shown = new Map<number, boolean>();
		const stop = $effect.root(() => {
			for (const key of keys)
				$effect(() => {
					shown.set(key, selector.is(key));
					runs.set(key, (runs.get(key) ?? 0) + 1);
				});
		});
		flushSync();
		expect([...runs.values()].every((count) => count === 1)).toBe(true);
		selector.choose(42);
		flushSync();
		expect(keys.filter((key) => runs.get(key) === 2)).toEqual([0, 42]);
		expect(keys.filter((key) => shown.get(key))).toEqual([42]);
		// Choosing it again changes nothing.
		selector.choose(42);
		flushSync();
		expect(keys.filter((key) => runs.get(key)! > 1)).toEqual([0, 42]);
		selector.choose(undefined);
		flushSync();
		expect(runs.get(42)).toBe(3);
		expect(keys.filter((key) => shown.get(key))).toEqual([]);
		stop();
	});
});
