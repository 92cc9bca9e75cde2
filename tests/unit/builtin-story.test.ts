import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/load';
import { formatIssues } from '../../src/lib/model/parts';
import { filterSnapshot, snapshotAt } from '../../src/lib/model/snapshot';
import { countSentences } from '../../src/lib/model/story';
import { monthOf, startKey } from '../../src/lib/model/time';

const loaded = readDataset();
if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
const dataset = loaded.dataset;
const story = dataset.stories?.find((s) => s.id === 'how-stalin-won');

/** What the graph shows at a step: the month's snapshot under the step's Show filter. */
const shownAt = (index: number) => {
	const step = story!.steps[index]!;
	return filterSnapshot(snapshotAt(dataset, monthOf(step.at)), step.show ?? 'everyone');
};
const alliancesAt = (index: number) => shownAt(index).alliances.map((a) => a.id);
const statusAt = (index: number, id: string) => {
	const person = shownAt(index).people.find((p) => p.id === id);
	return person ? person.politburo : 'absent';
};

describe('the built-in story "How Stalin won, 1922–1929"', () => {
	it('tells 8 to 12 steps in date order, from 1922 to 1929', () => {
		expect(story?.title).toBe('How Stalin won, 1922–1929');
		const steps = story!.steps;
		expect(steps.length).toBeGreaterThanOrEqual(8);
		expect(steps.length).toBeLessThanOrEqual(12);
		const days = steps.map((s) => startKey(s.at));
		expect(days).toEqual([...days].sort((a, b) => a - b));
		expect(steps[0]!.at.slice(0, 4)).toBe('1922');
		expect(steps.at(-1)!.at.slice(0, 4)).toBe('1929');
	});

	it('selects at each step someone the graph shows in that month', () => {
		story!.steps.forEach((step, i) => {
			if (!step.focus) return;
			expect(statusAt(i, step.focus), `step ${i + 1}: ${step.focus}`).not.toBe('absent');
		});
	});

	it('captions each step in one to three sentences', () => {
		for (const step of story!.steps) {
			expect(countSentences(step.caption)).toBeGreaterThanOrEqual(1);
			expect(countSentences(step.caption)).toBeLessThanOrEqual(3);
		}
	});

	// Each step's month shows what its caption says (steps counted from 1, as in the URL).
	it.each<[number, string, (i: number) => void]>([
		[
			1,
			'the Troika, with Lenin still alive',
			(i) => {
				expect(alliancesAt(i)).toEqual(['troika']);
				expect(statusAt(i, 'lenin')).toBe('full');
			}
		],
		[
			2,
			'Lenin alive while the Testament is dictated',
			(i) => {
				expect(statusAt(i, 'lenin')).toBe('full');
				expect(statusAt(i, 'stalin')).toBe('full');
			}
		],
		[
			3,
			'the Left Opposition against the Troika',
			(i) => expect(alliancesAt(i)).toEqual(expect.arrayContaining(['left-opposition', 'troika']))
		],
		[
			4,
			'Lenin dead, the Troika standing',
			(i) => {
				expect(statusAt(i, 'lenin')).toBe('absent');
				expect(alliancesAt(i)).toContain('troika');
			}
		],
		[
			6,
			'the Troika broken, the New Opposition against the Duumvirate',
			(i) => {
				expect(alliancesAt(i)).toEqual(expect.arrayContaining(['new-opposition', 'duumvirate']));
				expect(alliancesAt(i)).not.toContain('troika');
			}
		],
		[
			7,
			'the United Opposition against the Duumvirate',
			(i) =>
				expect(alliancesAt(i)).toEqual(expect.arrayContaining(['united-opposition', 'duumvirate']))
		],
		[
			8,
			'Trotsky, Zinoviev and Kamenev out of the Politburo',
			(i) => {
				for (const id of ['trotsky', 'zinoviev', 'kamenev']) expect(statusAt(i, id)).toBe(null);
			}
		],
		[
			9,
			'the Left gone',
			(i) => {
				expect(alliancesAt(i)).toEqual(['duumvirate']);
				expect(shownAt(i).people.filter((p) => p.faction === 'left')).toEqual([]);
			}
		],
		[
			11,
			'the Right Opposition, the Duumvirate over',
			(i) => expect(alliancesAt(i)).toEqual(['right-opposition'])
		],
		[
			12,
			'Bukharin out, Rykov and Tomsky still in the Politburo',
			(i) => {
				expect(statusAt(i, 'bukharin')).toBe('absent');
				expect(statusAt(i, 'rykov')).toBe('full');
				expect(statusAt(i, 'tomsky')).toBe('full');
				expect(alliancesAt(i)).toEqual([]);
			}
		]
	])('step %i shows %s', (step, _, check) => check(step - 1));
});
