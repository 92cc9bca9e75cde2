import { graphModelOf } from '../src/lib/graph/elements';
import { layoutPair } from '../src/lib/graph/shared-layout';
import { compareMoments } from '../src/lib/model/compare';
import type { Dataset } from '../src/lib/model/schema';
import { snapshotAt } from '../src/lib/model/snapshot';
import { ms, quantile } from './bench-figures';

/** The compare view's work for a pair of dates: the dated difference, and one shared layout. */
export function benchComparison(name: string, dataset: Dataset, pairs: [string, string][]) {
	const order = dataset.factions.map((f) => f.id);
	const model = (month: string) => graphModelOf(snapshotAt(dataset, month), dataset.factions);
	const differences: number[] = [];
	const layouts: number[] = [];
	for (const [a, b] of pairs) {
		let started = performance.now();
		compareMoments(dataset, a, b);
		differences.push(performance.now() - started);
		started = performance.now();
		layoutPair(model(a), model(b), order);
		layouts.push(performance.now() - started);
	}
	console.log(
		`compare view, ${name}, ${pairs.length} pairs: dated difference median ${ms(quantile(differences, 0.5))}, longest ${ms(Math.max(...differences))}; shared layout median ${ms(quantile(layouts, 0.5))}, longest ${ms(Math.max(...layouts))}`
	);
}
