import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { computeStoryline, type Storyline } from './storyline';
import { alliesOverTime, describeSlot } from './storyline-focus';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const storyline = computeStoryline(dataset);
const at = (month: string) => storyline.months.indexOf(month);

/** A storyline of two months written by hand: ann and ben allied in the first, ann and cat in the
 * second; dan's faction is unknown. */
const handMade: Storyline = {
	months: ['1950-01', '1950-02'],
	bandOrder: ['left'],
	ordering: 'optimised',
	columns: [
		{
			month: '1950-01',
			slots: ['ann', 'ben', 'cat'].map((person) => ({
				person,
				faction: 'left',
				politburo: 'full' as const,
				alliances: []
			})),
			bands: [{ faction: 'left', from: 0, to: 3 }],
			alliances: [{ id: 'a', members: ['ann', 'ben'] }]
		},
		{
			month: '1950-02',
			slots: ['cat', 'ann', 'dan'].map((person) => ({
				person,
				faction: person === 'dan' ? null : 'left',
				politburo: 'full' as const,
				alliances: []
			})),
			bands: [{ faction: 'left', from: 0, to: 3 }],
			alliances: [{ id: 'b', members: ['cat', 'ann'] }]
		}
	]
};

describe('alliesOverTime', () => {
	it('gathers everyone allied with the person at any month, in the order they first are', () => {
		expect(alliesOverTime(handMade, 'ann')).toEqual(['ben', 'cat']);
		expect(alliesOverTime(handMade, 'ben')).toEqual(['ann']);
		expect(alliesOverTime(handMade, 'dan')).toEqual([]);
	});

	it('brings forward Stalin’s partners of the Troika and the Duumvirate, not Trotsky', () => {
		const allies = alliesOverTime(storyline, 'stalin');
		expect(allies).toEqual(expect.arrayContaining(['zinoviev', 'kamenev', 'bukharin']));
		expect(allies).not.toContain('trotsky');
		expect(allies).not.toContain('stalin');
	});
});

describe('describeSlot', () => {
	it('says who, their faction, status and alliances at the month', () => {
		expect(describeSlot(dataset, storyline, at('1926-03'), 'stalin')).toBe(
			'Stalin, March 1926: Centre, full member. Duumvirate (Stalin–Bukharin) with Bukharin.'
		);
	});

	it('says when someone is off stage, or has no alliances', () => {
		expect(describeSlot(dataset, storyline, at('1917-10'), 'kirov')).toBe(
			'Kirov, October 1917: not on stage.'
		);
		expect(describeSlot(dataset, handMade, 1, 'dan')).toBe(
			'dan, February 1950: faction unknown, full member. No alliances.'
		);
	});
});
