import type { GraphModel } from '$lib/graph/elements';
import { PairLayoutClient } from '$lib/graph/pair-layout-client';
import type { PairLayout } from '$lib/graph/shared-layout';
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
 * derivations, and in a worker (`PairLayoutClient`), not on the page's main thread: the inputs
 * and their positions are kept together, so a panel never draws one comparison's graph at
 * another's positions, and a layout asked for while another runs replaces it.
 */
export class PairLayoutState {
	laidOut = $state.raw<{ inputs: PairInputs; pair: PairLayout } | null>(null);
	/** Why the latest layout failed, if it did. */
	failure = $state.raw<Error | null>(null);
	private readonly client: PairLayoutClient;
	/** Counts requests: only the latest one's answer is shown. */
	private asked = 0;

	constructor(client = new PairLayoutClient()) {
		this.client = client;
	}

	/** Starts the layout worker, so its code loads while the dataset opens. */
	load() {
		this.client.warm();
	}

	/**
	 * Lays `inputs` out in the worker; `laidOut` changes when it is done. `known`: their layout,
	 * already made (the page's picture of the built-in data's default pair), shown at once.
	 */
	layOut(inputs: PairInputs, known?: PairLayout) {
		const asked = ++this.asked;
		if (known) {
			this.client.dispose();
			this.failure = null;
			this.laidOut = { inputs, pair: known };
			return;
		}
		this.client.layOut(inputs.a, inputs.b, inputs.factionOrder).then(
			(pair) => {
				if (asked !== this.asked) return;
				this.failure = null;
				this.laidOut = { inputs, pair };
			},
			(error: Error) => {
				if (asked === this.asked) this.failure = error;
			}
		);
	}

	dispose() {
		this.client.dispose();
	}
}
