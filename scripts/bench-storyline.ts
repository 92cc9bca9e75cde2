import { storylineGeometry } from '../src/lib/graph/storyline-geometry';
import type { Dataset } from '../src/lib/model/schema';
import {
	computeStoryline,
	storylineScore,
	type StorylineOptions
} from '../src/lib/model/storyline';
import { ms, quantile } from './bench-figures';

/** Times `run` `times` times: the median. */
function median(times: number, run: () => void): number {
	const took: number[] = [];
	for (let i = 0; i < times; i++) {
		const started = performance.now();
		run();
		took.push(performance.now() - started);
	}
	return quantile(took, 0.5);
}

const ratio = (naive: number, optimised: number) =>
	optimised === 0 ? (naive === 0 ? '1' : '∞') : (naive / optimised).toFixed(2);

/** The orderings compared: what each is, and the options that make it. */
const ORDERINGS: { name: string; options: StorylineOptions }[] = [
	{ name: 'naive', options: { ordering: 'naive' } },
	{ name: 'grouped', options: { sweeps: 0, straightenings: 0 } },
	{ name: 'optimised', options: {} }
];

/**
 * The storyline of a dataset: the time to compute it (snapshots and ordering), its crossings
 * and total wiggle for three orderings: naive (each band sorted by first appearance; allies not
 * kept together), grouped (allies kept together and at the facing edges, in order of first
 * appearance, no sweeps) and optimised (the app's); then naive and grouped over optimised as
 * ratios (above 1: the optimiser wins), and the time to turn the storyline into pixels
 * (geometry with labels) for a 1920 × 1080 drawing.
 */
export function benchStoryline(name: string, dataset: Dataset, runs: number) {
	const figures = ORDERINGS.map(({ name, options }) => {
		let storyline = computeStoryline(dataset, options);
		const time = median(runs, () => (storyline = computeStoryline(dataset, options)));
		return { name, time, storyline, ...storylineScore(storyline) };
	});
	const [naive, grouped, optimised] = figures as [
		(typeof figures)[0],
		(typeof figures)[0],
		(typeof figures)[0]
	];
	const people = new Set(optimised.storyline.columns.flatMap((c) => c.slots.map((s) => s.person)));
	console.log(
		`${name} (${people.size} people on stage, ${optimised.storyline.months.length} months), median of ${runs}:`
	);
	for (const f of figures)
		console.log(
			`  ${f.name.padEnd(9)} ${ms(f.time).padStart(10)}  crossings ${String(f.crossings).padStart(7)}  wiggle ${String(f.wiggle).padStart(8)}`
		);
	for (const base of [naive, grouped])
		console.log(
			`  ${base.name} / optimised: crossings ${ratio(base.crossings, optimised.crossings)}, wiggle ${ratio(base.wiggle, optimised.wiggle)}`
		);
	const geometry = median(runs, () =>
		storylineGeometry(dataset, optimised.storyline, { x0: 40, x1: 1500, y0: 150, y1: 950 })
	);
	console.log(`  geometry for 1920 × 1080 (paths, labels): ${ms(geometry)}`);
}
