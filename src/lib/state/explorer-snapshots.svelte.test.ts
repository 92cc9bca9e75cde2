import { describe, expect, it, vi } from 'vitest';
import { readDataset } from '../../cli/load';
import { ExplorerState } from './explorer.svelte';

vi.mock('$app/navigation', () => ({ pushState: vi.fn(), replaceState: vi.fn() }));
const at = (query: string) => new URL(`https://factions.example/?${query}`);

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const builtinDataset = loaded.dataset;

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
