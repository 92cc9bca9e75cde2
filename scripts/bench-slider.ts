import { graphModelOf } from '../src/lib/graph/elements';
import type { Flipbook } from '../src/lib/graph/flipbook';
import { GraphView } from '../src/lib/graph/view';
import type { Dataset } from '../src/lib/model/schema';
import { snapshotAt } from '../src/lib/model/snapshot';
import { quantile } from './bench-figures';

/** The main-thread cost of the first `steps` slider steps in Node: snapshot, graph model, cytoscape update. */
export function stepCost(dataset: Dataset, flipbook: Flipbook, steps: number) {
	const view = new GraphView({ container: null, onselect: () => {} });
	const times: number[] = [];
	const months = flipbook.months.slice(0, steps + 1);
	months.forEach((month) => {
		const started = performance.now();
		const model = graphModelOf(snapshotAt(dataset, month), dataset.factions);
		view.show(model, flipbook.positions[month]!, 'staged');
		times.push(performance.now() - started);
	});
	view.destroy();
	return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}
