/// <reference lib="webworker" />
import type { GraphModel } from './elements';
import { layoutPair, type PairLayout } from './shared-layout';

/** Two dates' graphs to lay out in one frame of coordinates (see `layoutPair`). */
export interface PairLayoutRequest {
	id: number;
	a: GraphModel;
	b: GraphModel;
	factionOrder: string[];
}

export type PairLayoutReply =
	| { id: number; kind: 'done'; pair: PairLayout; ms: number }
	| { id: number; kind: 'failed'; message: string };

// Lays out the compare view's two dates away from the page; the answer is `layoutPair`'s own.
self.onmessage = (event: MessageEvent<PairLayoutRequest>) => {
	const { id, a, b, factionOrder } = event.data;
	const started = performance.now();
	try {
		const pair = layoutPair(a, b, factionOrder);
		self.postMessage({
			id,
			kind: 'done',
			pair,
			ms: performance.now() - started
		} satisfies PairLayoutReply);
	} catch (error) {
		self.postMessage({
			id,
			kind: 'failed',
			message: (error as Error).message
		} satisfies PairLayoutReply);
	}
};
