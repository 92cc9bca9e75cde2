import type { GraphModel } from '$lib/graph/elements';
import type { layoutPair, PairLayout } from '$lib/graph/shared-layout';
import type { Comparison } from '$lib/model/compare';

/** What the compare view lays out: both dates' graphs, and the comparison they come from. */
export interface PairInputs {
	comparison: Comparison;
	a: GraphModel;
	b: GraphModel;
	factionOrder: string[];
}

/**
 * The compare view's layout, computed when asked (`layOut`), not inside the page's
 * derivations: the inputs and their positions are kept together, so a panel never draws one
 * comparison's graph at another's positions.
 */
export class PairLayoutState {
	laidOut = $state.raw<{ inputs: PairInputs; pair: PairLayout } | null>(null);
	private layout: typeof layoutPair | null = null;
	private wanted: PairInputs | null = null;

	/** Loads the layout code: it needs cytoscape, which loads in the browser only. */
	async load() {
		this.layout = (await import('$lib/graph/shared-layout')).layoutPair;
		this.run();
	}

	/** Lays `inputs` out now, or as soon as the layout code has loaded. */
	layOut(inputs: PairInputs) {
		this.wanted = inputs;
		this.run();
	}

	private run() {
		const inputs = this.wanted;
		if (!this.layout || !inputs) return;
		this.wanted = null;
		const started = performance.now();
		const pair = this.layout(inputs.a, inputs.b, inputs.factionOrder);
		performance.measure('factions:layout', { start: started, end: performance.now() });
		this.laidOut = { inputs, pair };
	}
}
