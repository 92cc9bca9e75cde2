/// <reference lib="webworker" />
import { fromPortable } from '../model/dataset-json';
import type { Dataset } from '../model/schema';
import type { StageFilter } from '../model/snapshot';
import { computeFlipbook } from './flipbook';
import { packFlipbook, transferablesOf, type PackedFlipbook } from './flipbook-pack';

export interface FlipbookRequest {
	id: number;
	/** The dataset, or its JSON (see `portable`). */
	dataset: Dataset | Blob;
	filter: StageFilter;
}

export type FlipbookReply =
	| { id: number; kind: 'progress'; done: number; total: number }
	| { id: number; kind: 'done'; flipbook: PackedFlipbook; ms: number }
	| { id: number; kind: 'failed'; message: string };

// Lays out a whole month sequence away from the page, reporting progress as it goes.
self.onmessage = async (event: MessageEvent<FlipbookRequest>) => {
	const { id, dataset, filter } = event.data;
	const started = performance.now();
	let lastReport = 0;
	try {
		const flipbook = computeFlipbook(await fromPortable(dataset), {
			filter,
			onProgress: ({ done, total }) => {
				if (done === total || performance.now() - lastReport > 100) {
					lastReport = performance.now();
					self.postMessage({ id, kind: 'progress', done, total } satisfies FlipbookReply);
				}
			}
		});
		const packed = packFlipbook(flipbook);
		self.postMessage(
			{
				id,
				kind: 'done',
				flipbook: packed,
				ms: performance.now() - started
			} satisfies FlipbookReply,
			{ transfer: transferablesOf(packed) }
		);
	} catch (error) {
		self.postMessage({
			id,
			kind: 'failed',
			message: (error as Error).message
		} satisfies FlipbookReply);
	}
};
