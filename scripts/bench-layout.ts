import { displacement, type Positions } from '../src/lib/graph/arrange';
import { graphModelOf, layoutSignature } from '../src/lib/graph/elements';
import { computeFlipbook, DEFAULT_LAYOUT, type Flipbook } from '../src/lib/graph/flipbook';
import { layoutMonth } from '../src/lib/graph/force-layout';
import { mean } from '../src/lib/model/geometry';
import type { Dataset } from '../src/lib/model/schema';
import { snapshotAt } from '../src/lib/model/snapshot';
import { ms } from './bench-figures';
import { stepCost } from './bench-slider';

/** Mean displacement over the steps where what is drawn changed. */
function stabilityOf(dataset: Dataset, positions: Record<string, Positions>, months: string[]) {
	const values: number[] = [];
	let previousSignature = '';
	months.forEach((month, i) => {
		const signature = layoutSignature(graphModelOf(snapshotAt(dataset, month), dataset.factions));
		if (i > 0 && signature !== previousSignature) {
			const value = displacement(positions[months[i - 1]!]!, positions[month]!);
			if (value !== null) values.push(value);
		}
		previousSignature = signature;
	});
	return { mean: mean(values), steps: values.length };
}

/** Each changed month laid out from a random start, as a layout with no memory would. */
function coldLayouts(dataset: Dataset, flipbook: Flipbook, limit: number) {
	const order = dataset.factions.map((f) => f.id);
	const positions: Record<string, Positions> = {};
	const months: string[] = [];
	let previousSignature = '';
	let laidOut = 0;
	const started = performance.now();
	for (const month of flipbook.months) {
		const model = graphModelOf(snapshotAt(dataset, month), dataset.factions);
		const signature = layoutSignature(model);
		if (signature !== previousSignature && model.people.length > 0) {
			if (laidOut >= limit) break;
			positions[month] = layoutMonth(
				model,
				{},
				order,
				{ ...DEFAULT_LAYOUT, seed: laidOut + 1 },
				true
			);
			laidOut++;
		} else {
			positions[month] = positions[months[months.length - 1] ?? ''] ?? {};
		}
		months.push(month);
		previousSignature = signature;
	}
	return { positions, months, laidOut, ms: performance.now() - started };
}

/**
 * The flip-book of a dataset: how long it takes, what one slider step costs, and how still it
 * holds, against (for up to `coldLimit` months) a cold re-layout of each month.
 */
export function benchDataset(name: string, dataset: Dataset, coldLimit: number) {
	const started = performance.now();
	const flipbook = computeFlipbook(dataset);
	const layoutMs = performance.now() - started;
	const changed = stabilityOf(dataset, flipbook.positions, flipbook.months);
	const largest = Math.max(...Object.values(flipbook.positions).map((p) => Object.keys(p).length));
	console.log(
		`\n## ${name}: ${dataset.people.length} people, ${flipbook.months.length} months (largest month ${largest} people)`
	);
	console.log(
		`flip-book (${flipbook.strategy}): ${ms(layoutMs)} for the whole sequence, ${ms(layoutMs / flipbook.months.length)} a month`
	);
	const step = stepCost(dataset, flipbook, Math.min(120, flipbook.months.length - 1));
	console.log(
		`slider step in Node (snapshot + graph model + cytoscape update, no painting): median ${ms(step.median)}, p95 ${ms(step.p95)}`
	);
	console.log(
		`stability, flip-book: mean displacement ${changed.mean.toFixed(4)} of the diagonal over ${changed.steps} changed steps`
	);
	if (coldLimit > 0) {
		const cold = coldLayouts(dataset, flipbook, coldLimit);
		const coldStability = stabilityOf(dataset, cold.positions, cold.months);
		const warm = stabilityOf(dataset, flipbook.positions, cold.months);
		console.log(
			`stability, cold re-layout of each month: ${coldStability.mean.toFixed(4)} over ${coldStability.steps} changed steps ` +
				`(${cold.laidOut} layouts, ${ms(cold.ms / Math.max(1, cold.laidOut))} each); flip-book over the same steps: ${warm.mean.toFixed(4)} ` +
				`→ ratio ${(warm.mean / coldStability.mean).toFixed(2)} (target ≤ 0.25)`
		);
	} else {
		console.log(
			'stability, cold re-layout: not measured at this size (one cose-bilkent layout of 2,000 people takes about two minutes)'
		);
	}
}
