import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import type { Dataset } from './schema';
import {
	allianceNumbers,
	computeStoryline,
	slotAt,
	slotIndex,
	storylineCrossings,
	storylineScore,
	type Storyline
} from './storyline';
import { scoreOrder } from './storyline-order';
import { describePath } from './storyline-path';
import { addMonths } from './time';
import { syntheticDataset } from '../../../scripts/synthetic';

/**
 * A hand-made dataset over `months` months from January 1950: factions left, centre and right;
 * each person on stage (a full Politburo term) for the months given, in the faction given per
 * stretch; alliances between the people named, for the months given (`to` exclusive).
 */
function fixture(
	people: Record<string, [faction: string, from: number, to: number][]>,
	alliances: [members: string[], from: number, to: number][] = [],
	months = 12
): Dataset {
	const month = (i: number) => addMonths('1950-01', i);
	const end = (i: number) => (i >= months ? {} : { to: month(i) });
	const cite = { sources: ['hand'], confidence: 'high' as const };
	return {
		meta: { title: 'Fixture', description: 'Hand-made.', start: month(0), end: month(months - 1) },
		sources: [{ id: 'hand', title: 'Made by hand' }],
		factions: ['left', 'centre', 'right'].map((id) => ({
			id,
			label: id[0]!.toUpperCase() + id.slice(1),
			colour: '#808080',
			description: id,
			sources: ['hand']
		})),
		people: Object.entries(people).map(([id, stretches]) => ({
			id,
			name: id,
			label: id[0]!.toUpperCase() + id.slice(1),
			bio: 'Made up.',
			sources: ['hand'],
			terms: stretches.map(([, from, to]) => ({
				kind: 'full' as const,
				from: month(from),
				...end(to),
				...cite
			})),
			offices: []
		})),
		alignments: Object.entries(people).flatMap(([id, stretches]) =>
			stretches.map(([faction, from, to]) => ({
				person: id,
				faction,
				from: month(from),
				...end(to),
				...cite
			}))
		),
		alliances: alliances.map(([members, from, to], i) => ({
			id: `pact-${i}`,
			name: `Pact ${i}`,
			kind: 'alliance' as const,
			colour: '#336699',
			description: 'Made up.',
			from: month(from),
			...end(to),
			members: members.map((person) => ({ person })),
			...cite
		})),
		events: []
	};
}

/** The people of a band at month index `t`, top to bottom. */
function bandAt(storyline: Storyline, t: number, faction: string): string[] {
	const column = storyline.columns[t]!;
	const band = column.bands.find((b) => b.faction === faction);
	return band ? column.slots.slice(band.from, band.to).map((s) => s.person) : [];
}

const all = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('the storyline of hand-made fixtures', () => {
	it('puts two allies of different factions at the facing edges of their bands', () => {
		const dataset = fixture(
			{
				ann: [['left', 0, 12]],
				ben: [['left', 0, 12]],
				cat: [['left', 0, 12]],
				dan: [['centre', 0, 12]],
				eve: [['centre', 0, 12]],
				fay: [['centre', 0, 12]],
				gus: [['right', 0, 12]],
				hal: [['right', 0, 12]],
				ivy: [['right', 0, 12]]
			},
			[
				// Allies across the Left–Centre border, and across the Centre–Right border.
				[['ann', 'fay'], 2, 10],
				[['dan', 'ivy'], 4, 8]
			]
		);
		const storyline = computeStoryline(dataset);
		for (const t of all(2, 10)) {
			expect(bandAt(storyline, t, 'left').at(-1), `month ${t}`).toBe('ann');
			expect(bandAt(storyline, t, 'centre')[0], `month ${t}`).toBe('fay');
		}
		for (const t of all(4, 8)) {
			expect(bandAt(storyline, t, 'centre').at(-1), `month ${t}`).toBe('dan');
			expect(bandAt(storyline, t, 'right')[0], `month ${t}`).toBe('ivy');
		}
		// The naive ordering knows nothing of alliances: Ann stays on top of the Left.
		expect(bandAt(computeStoryline(dataset, { ordering: 'naive' }), 5, 'left')[0]).toBe('ann');
	});

	it('pulls allies to facing edges only where their bands meet', () => {
		const people = {
			ann: [['left', 0, 12]],
			ben: [['left', 0, 12]],
			cat: [['left', 0, 12]],
			gus: [['right', 0, 12]],
			hal: [['right', 0, 12]],
			ivy: [['right', 0, 12]]
		} satisfies Parameters<typeof fixture>[0];
		const pact: Parameters<typeof fixture>[1] = [[['ann', 'ivy'], 2, 10]];
		// With nobody in the Centre, the Left and the Right meet: Ann and Ivy touch across it.
		const meeting = computeStoryline(fixture(people, pact));
		expect(bandAt(meeting, 5, 'left').at(-1)).toBe('ann');
		expect(bandAt(meeting, 5, 'right')[0]).toBe('ivy');
		// With the Centre between them their lines cannot touch, so nobody is moved for it.
		const apart = computeStoryline(
			fixture({ ...people, dan: [['centre', 0, 12]], eve: [['centre', 0, 12]] }, pact)
		);
		expect(storylineScore(apart).crossings).toBe(0);
		expect(bandAt(apart, 5, 'left')[0]).toBe('ann');
	});

	it('sifting lowers crossings plus wiggle and keeps every rule', () => {
		const dataset = syntheticDataset(100, 120, 7);
		const swept = computeStoryline(dataset, { sifts: 0 });
		const sifted = computeStoryline(dataset);
		const total = (s: Storyline) => storylineScore(s).crossings + storylineScore(s).wiggle;
		expect(total(sifted)).toBeLessThan(total(swept));
		// Allies within a band (joined through any shared alliance) still sit in one unbroken run.
		for (const column of sifted.columns)
			for (const band of column.bands) {
				const inBand = column.slots.slice(band.from, band.to).map((s) => s.person);
				const root = new Map(inBand.map((p) => [p, p]));
				const find = (p: string): string => (root.get(p) === p ? p : find(root.get(p)!));
				for (const alliance of column.alliances) {
					const here = alliance.members.filter((m) => root.has(m));
					for (const m of here.slice(1)) root.set(find(m), find(here[0]!));
				}
				const runs = new Map<string, number[]>();
				inBand.forEach((p, i) => runs.set(find(p), [...(runs.get(find(p)) ?? []), i]));
				for (const places of runs.values())
					expect(places.at(-1)! - places[0]! + 1).toBe(places.length);
			}
	});

	it('keeps the members of an alliance side by side', () => {
		const dataset = fixture(
			{
				ann: [['centre', 0, 12]],
				ben: [['centre', 0, 12]],
				cat: [['centre', 0, 12]],
				dan: [['centre', 0, 12]],
				eve: [['centre', 0, 12]]
			},
			[
				[['ann', 'eve', 'cat'], 3, 9],
				[['ann', 'eve'], 5, 7]
			]
		);
		const storyline = computeStoryline(dataset);
		for (const t of all(3, 9)) {
			const band = bandAt(storyline, t, 'centre');
			const places = ['ann', 'eve', 'cat'].map((p) => band.indexOf(p)).sort();
			expect(places[2]! - places[0]!, `month ${t}: ${band}`).toBe(2);
			if (t >= 5 && t < 7) expect(Math.abs(band.indexOf('ann') - band.indexOf('eve'))).toBe(1);
		}
	});

	it('crosses a line that changes faction once, between the facing edges, and no other', () => {
		const dataset = fixture({
			ann: [
				['left', 0, 6],
				['centre', 6, 12]
			],
			ben: [['left', 0, 12]],
			cat: [['left', 0, 12]],
			dan: [['centre', 0, 12]],
			eve: [['centre', 0, 12]]
		});
		const storyline = computeStoryline(dataset);
		const factions = storyline.columns.map((_, t) => slotAt(storyline, t, 'ann')!.faction);
		const changes = factions.filter((f, t) => t > 0 && f !== factions[t - 1]);
		expect(changes).toEqual(['centre']);
		expect(bandAt(storyline, 5, 'left').at(-1)).toBe('ann');
		expect(bandAt(storyline, 6, 'centre')[0]).toBe('ann');
		expect(storylineCrossings(storyline)).toBe(0);
		// Sorted by first appearance, Ann starts on top of the Left and crosses Ben and Cat.
		expect(storylineCrossings(computeStoryline(dataset, { ordering: 'naive' }))).toBe(2);
	});

	it('finds an order without crossings where one exists', () => {
		// Ann and Dan ally, then Ben and Cat, then Ann and Dan again: [Ann, Dan, Ben, Cat] throughout
		// keeps allies together without a crossing; first appearance gives [Ann, Ben, Cat, Dan].
		const dataset = fixture(
			{
				ann: [['centre', 0, 16]],
				ben: [['centre', 0, 16]],
				cat: [['centre', 0, 16]],
				dan: [['centre', 0, 16]],
				eve: [['right', 2, 14]]
			},
			[
				[['ann', 'dan'], 3, 7],
				[['ben', 'cat'], 6, 10],
				[['dan', 'ann'], 11, 15]
			],
			16
		);
		const optimised = computeStoryline(dataset);
		expect(storylineScore(optimised)).toEqual({ crossings: 0, wiggle: 0 });
		for (const t of [4, 8, 12]) {
			const band = bandAt(optimised, t, 'centre');
			const [a, b] = t === 8 ? ['ben', 'cat'] : ['ann', 'dan'];
			expect(Math.abs(band.indexOf(a) - band.indexOf(b)), `month ${t}: ${band}`).toBe(1);
		}
		expect(bandAt(computeStoryline(dataset, { ordering: 'naive' }), 4, 'centre')).toEqual([
			'ann',
			'ben',
			'cat',
			'dan'
		]);
	});

	it('gives people of no known faction a last band of their own', () => {
		const dataset = fixture({ ann: [['centre', 0, 12]], ben: [['left', 0, 12]] });
		dataset.alignments = dataset.alignments.filter((a) => a.person !== 'ben');
		const storyline = computeStoryline(dataset);
		expect(storyline.bandOrder).toEqual(['left', 'centre', 'right', null]);
		expect(storyline.columns[0]!.bands.map((b) => b.faction)).toEqual(['centre', null]);
	});

	it('is deterministic', () => {
		const dataset = fixture(
			{ ann: [['centre', 0, 12]], ben: [['centre', 0, 12]], cat: [['centre', 2, 12]] },
			[[['ann', 'cat'], 4, 8]]
		);
		expect(computeStoryline(dataset)).toEqual(computeStoryline(structuredClone(dataset)));
	});
});

describe('scoreOrder', () => {
	it.each([
		['no change', [[[0, 1, 2]], [[0, 1, 2]]], 0, 0],
		['one swap', [[[0, 1, 2]], [[1, 0, 2]]], 1, 2],
		['a line from top to bottom', [[[0, 1, 2]], [[1, 2, 0]]], 2, 4],
		['an arrival above moves the others', [[[0, 1]], [[2, 0, 1]]], 0, 2],
		[
			'across bands',
			[
				[[0], [1]],
				[[1], [0]]
			],
			1,
			2
		]
	])('%s', (_, order, crossings, wiggle) => {
		expect(scoreOrder(order, 3)).toEqual({ crossings, wiggle });
	});
});

describe('the storyline of the built-in data', () => {
	const loaded = readDataset();
	if (!loaded.ok) throw new Error('the built-in dataset is not valid');
	const dataset = loaded.dataset;
	const storyline = computeStoryline(dataset);

	it('has the dataset’s factions as bands, Left before Centre before Right', () => {
		expect(storyline.bandOrder).toEqual(['left', 'centre', 'right']);
		expect(storyline.months[0]).toBe('1917-10');
		expect(storyline.months.at(-1)).toBe('1938-03');
		const t = storyline.months.indexOf('1926-10');
		expect(storyline.columns[t]!.bands.map((b) => b.faction)).toEqual(['left', 'centre', 'right']);
	});

	it('has fewer crossings than sorting each band by first appearance', () => {
		const naive = storylineScore(computeStoryline(dataset, { ordering: 'naive' }));
		const optimised = storylineScore(storyline);
		expect(optimised.crossings).toBeLessThan(naive.crossings);
	});

	it('applies the Politburo-only filter', () => {
		const politburo = computeStoryline(dataset, { filter: 'politburo' });
		const t = politburo.months.indexOf('1927-06');
		expect(politburo.columns[t]!.slots.every((s) => s.politburo !== null)).toBe(true);
		expect(slotIndex(politburo, t, 'radek')).toBe(-1);
		expect(slotIndex(storyline, t, 'radek')).toBeGreaterThanOrEqual(0);
	});

	it('numbers the alliances in the order they first appear, whatever the filter', () => {
		const numbers = allianceNumbers(storyline);
		const shown = new Set(storyline.columns.flatMap((c) => c.alliances.map((a) => a.id)));
		expect([...numbers.keys()].sort()).toEqual([...shown].sort());
		expect([...numbers.values()]).toEqual([...numbers.values()].map((_, i) => i + 1));
		const firstMonth = (id: string) =>
			storyline.columns.findIndex((c) => c.alliances.some((a) => a.id === id));
		const byNumber = [...numbers.keys()];
		for (let i = 1; i < byNumber.length; i++)
			expect(firstMonth(byNumber[i]!)).toBeGreaterThanOrEqual(firstMonth(byNumber[i - 1]!));
		expect(numbers.get('troika')!).toBeLessThan(numbers.get('duumvirate')!);
	});
});

describe('describePath', () => {
	const loaded = readDataset();
	if (!loaded.ok) throw new Error('the built-in dataset is not valid');
	const dataset = loaded.dataset;
	const storyline = computeStoryline(dataset);

	it('says Stalin’s path in words, with the data’s dates', () => {
		expect(describePath(dataset, 'stalin', storyline)).toBe(
			'Stalin: Centre throughout. ' +
				'Platform of the Ten (trade-union debate) with Lenin, Zinoviev, Kamenev, Tomsky, Rudzutak and 2 others, 14 Jan 1921 – 16 Mar 1921; ' +
				'Troika (Zinoviev–Kamenev–Stalin) with Zinoviev and Kamenev, May 1922 – Oct 1925; ' +
				'Semyorka (the Seven) with Zinoviev, Kamenev, Bukharin, Rykov, Tomsky and Kuibyshev, Aug 1924 – Oct 1925; ' +
				'Duumvirate (Stalin–Bukharin) with Bukharin, Dec 1925 – Jun 1928.'
		);
	});

	it('names each faction of someone who changed, with its dates', () => {
		expect(describePath(dataset, 'bukharin', storyline)).toMatch(
			/^Bukharin: Left, Jan 1918 – Jun 1918; Centre, Mar 1919 – 21 Jan 1924; Right, 21 Jan 1924 – Nov 1929\. /
		);
	});

	it('follows the filter, and says when someone is never on stage', () => {
		const politburo = computeStoryline(dataset, { filter: 'politburo' });
		expect(describePath(dataset, 'radek', politburo)).toBe('Radek: not on stage.');
		const fixtureData = fixture({ ann: [['left', 0, 12]], ben: [['left', 3, 12]] });
		expect(describePath(fixtureData, 'ann', computeStoryline(fixtureData))).toBe(
			'Ann: Left throughout. No alliances.'
		);
	});
});
