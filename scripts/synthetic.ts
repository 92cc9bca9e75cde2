import { mulberry32 } from '../src/lib/model/random';
import type { Dataset } from '../src/lib/model/schema';
import { addMonths } from '../src/lib/model/time';

/**
 * A made-up dataset of `people` people over `months` months from January 1900, shaped like the
 * real one: three factions, most people on stage for years, one in ten changing faction once,
 * and alliances of two to six people (one per five people) lasting months to years.
 */
export function syntheticDataset(people: number, months = 240, seed = 42): Dataset {
	return syntheticDatasetWith(people, months, seed);
}

/**
 * The synthetic dataset of `people` people over `months` months, plus one opposition bloc of
 * `members` people (the first `members` of them, on stage from the start) over `blocMonths`
 * months from `blocFrom` months after the start: the large-alliance case of the benchmark and the browser tests. Its title names the bloc.
 */
export function syntheticWithBloc(
	people: number,
	members: number,
	{ months = 12, blocFrom = 0, blocMonths = 3, seed = 42 } = {}
): Dataset {
	const dataset = syntheticDatasetWith(people, months, seed);
	const start = addMonths(dataset.meta.start, blocFrom);
	const end = addMonths(start, blocMonths);
	dataset.meta.title = `Synthetic: ${people} people, a bloc of ${members}`;
	// Members are on stage, in a faction, from the start: a step into the bloc's months changes
	// the alliance, not who is on stage.
	for (let i = 0; i < members; i++) {
		dataset.people[i]!.terms[0]!.from = dataset.meta.start;
		dataset.alignments.find((alignment) => alignment.person === `p${i}`)!.from = dataset.meta.start;
	}
	dataset.alliances.push({
		id: 'bloc',
		name: 'The Great Bloc',
		kind: 'opposition',
		// Apart from the other alliances' purple, and 3:1 or more against white.
		colour: '#a04000',
		description: 'Made up: one bloc of many members.',
		from: start,
		to: end,
		members: Array.from({ length: members }, (_, i) => ({ person: `p${i}` })),
		sources: ['synthetic'],
		confidence: 'high'
	});
	return dataset;
}

function syntheticDatasetWith(people: number, months: number, seed: number): Dataset {
	const next = mulberry32(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
	const start = '1900-01';
	const end = addMonths(start, months - 1);
	const monthAt = (index: number) => addMonths(start, Math.max(0, Math.min(months - 1, index)));
	const factions = ['left', 'centre', 'right'];
	const cite = { sources: ['synthetic'], confidence: 'high' as const };
	const dataset: Dataset = {
		meta: {
			title: `Synthetic: ${people} people`,
			description: 'Made-up data for benchmarks.',
			start,
			end
		},
		sources: [{ id: 'synthetic', title: 'Generated for benchmarks' }],
		factions: factions.map((id, i) => ({
			id,
			label: id,
			colour: ['#c0392b', '#7f8c8d', '#2471a3'][i]!,
			description: id,
			sources: ['synthetic']
		})),
		people: [],
		alignments: [],
		alliances: [],
		events: []
	};
	const spans: { from: number; to: number; faction: string }[] = [];
	for (let i = 0; i < people; i++) {
		const id = `p${i}`;
		const from = Math.floor(next() * months * 0.6);
		const to = Math.min(months, from + 24 + Math.floor(next() * months));
		const faction = pick(factions);
		spans.push({ from, to, faction });
		dataset.people.push({
			id,
			name: `Person ${i}`,
			label: `P${i}`,
			bio: 'Made up. For benchmarks.',
			sources: ['synthetic'],
			terms: [
				{
					kind: next() < 0.5 ? 'full' : 'candidate',
					from: monthAt(from),
					...(to < months ? { to: monthAt(to) } : {}),
					...cite
				}
			],
			offices: []
		});
		const switchAt = next() < 0.1 ? from + Math.floor((to - from) / 2) : to;
		dataset.alignments.push({
			person: id,
			faction,
			from: monthAt(from),
			...(switchAt < months ? { to: monthAt(switchAt) } : {}),
			...cite
		});
		if (switchAt < to) {
			dataset.alignments.push({
				person: id,
				faction: pick(factions.filter((f) => f !== faction)),
				from: monthAt(switchAt),
				...(to < months ? { to: monthAt(to) } : {}),
				...cite
			});
		}
	}
	for (let a = 0; a < Math.max(1, Math.floor(people / 5)); a++) {
		const founder = Math.floor(next() * people);
		const span = spans[founder]!;
		const from = span.from + Math.floor(next() * Math.max(1, span.to - span.from - 6));
		const to = Math.min(span.to, from + 6 + Math.floor(next() * 48));
		const members = new Set([founder]);
		const size = 2 + Math.floor(next() * 5);
		for (let tries = 0; members.size < size && tries < 200; tries++) {
			const candidate = Math.floor(next() * people);
			const other = spans[candidate]!;
			if (other.from <= from && other.to >= to) members.add(candidate);
		}
		if (members.size < 2) continue;
		dataset.alliances.push({
			id: `a${a}`,
			name: `Alliance ${a}`,
			kind: next() < 0.5 ? 'alliance' : 'opposition',
			colour: '#8e44ad',
			description: 'Made up.',
			from: monthAt(from),
			...(to < months ? { to: monthAt(to) } : {}),
			members: [...members].map((m) => ({ person: `p${m}` })),
			...cite
		});
	}
	return dataset;
}
