import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import { CompareState } from './compare.svelte';
import { ExplorerState } from './explorer.svelte';

// The views change here as Back and Forward change them (`readUrl`), which writes no address.
vi.mock('$app/navigation', () => ({ pushState: vi.fn(), replaceState: vi.fn() }));
const at = (query: string) => new URL(`https://factions.example/?${query}`);

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const builtinDataset = loaded.dataset;

describe('the parts of a view', () => {
	it('a step of the month does not run again what reads only the selection', () => {
		const explorer = new ExplorerState(builtinDataset, '1923-01');
		let emphasised = 0;
		let plain = 0;
		const stop = $effect.root(() => {
			// As the storyline reads it: the selection, an object of it, and a line's style, which
			// the selection changed but the line's did not (its value is the same object).
			const emphasis = $derived({ selected: explorer.selection });
			const style = $derived.by(() => {
				plain++;
				return emphasis.selected?.id === 'lenin' ? 'bold' : 'plain';
			});
			$effect(() => {
				emphasised++;
				void style;
			});
		});
		flushSync();
		explorer.readUrl(at('at=1923-01&focus=stalin'));
		flushSync();
		expect(explorer.selection).toEqual({ kind: 'person', id: 'stalin' });
		explorer.readUrl(at('at=1923-01'));
		flushSync();
		const before = { emphasised, plain };
		// The effect and the derived ran (Svelte's client runtime, not its server one, which runs
		// no effects): selecting and unselecting worked out the style again each time.
		expect(before).toEqual({ emphasised: 1, plain: 3 });
		for (const month of ['1923-02', '1923-03', '1923-04']) {
			explorer.readUrl(at(`at=${month}`));
			flushSync();
		}
		expect(explorer.month).toBe('1923-04');
		expect({ emphasised, plain }).toEqual(before);
		stop();
	});

	it('selecting in the compare view does not run again what reads only a date', () => {
		const compare = new CompareState(builtinDataset);
		let dated = 0;
		const stop = $effect.root(() => {
			const pair = $derived({ a: compare.a });
			const year = $derived.by(() => {
				dated++;
				return pair.a.slice(0, 4) === '1900' ? 'before' : 'then';
			});
			$effect(() => void year);
		});
		flushSync();
		compare.readUrl(at('a=1925-01&b=1929-06'));
		flushSync();
		const before = dated;
		expect(before).toBe(2);
		for (const focus of ['stalin', 'trotsky', 'bukharin']) {
			compare.readUrl(at(`a=1925-01&b=1929-06&focus=${focus}`));
			flushSync();
		}
		expect(compare.selection).toEqual({ kind: 'person', id: 'bukharin' });
		expect(dated).toBe(before);
		stop();
	});
});

describe('the months the explorer shows', () => {
	it('keep who did not change as the same object, and take who changed afresh', () => {
		const explorer = new ExplorerState(builtinDataset, '1926-09');
		const before = explorer.shown;
		explorer.readUrl(at('at=1926-10'));
		const after = explorer.shown;
		expect(after.at).toBe('1926-10');
		const person = (id: string, snapshot = after) => snapshot.people.find((p) => p.id === id)!;
		// Kalinin held the same offices and stood in the same place in both months.
		expect(person('kalinin')).toEqual(person('kalinin', before));
		expect(person('kalinin')).toBe(person('kalinin', before));
		// Trotsky left the Politburo in October 1926: his row is new.
		expect(person('trotsky').politburo).not.toBe(person('trotsky', before).politburo);
		expect(person('trotsky')).not.toBe(person('trotsky', before));
		// Going back finds the same objects again.
		explorer.readUrl(at('at=1926-09'));
		expect(person('kalinin', explorer.shown)).toBe(person('kalinin', after));
	});
});
