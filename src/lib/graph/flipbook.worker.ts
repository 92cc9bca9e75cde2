/// <reference lib="webworker" />
import type { Dataset } from '../model/schema';
import type { StageFilter } from '../model/snapshot';
import { computeFlipbook, type Flipbook } from './flipbook';

export interface FlipbookRequest {
	id: number;
	dataset: Dataset;
	filter: StageFilter;
}

export type FlipbookReply =
	| { id: number; kind: 'progress'; done: number; total: number }
	| { id: number; kind: 'done'; flipbook: Flipbook; ms: number }
	| { id: number; kind: 'failed'; message: string };

// Lays out a whole month sequence away from the page, reporting progress as it goes.
self.onmessage = (event: MessageEvent<FlipbookRequest>) => {
	const { id, dataset, filter } = event.data;
	const started = performance.now();
	let lastReport = 0;
	try {
		const flipbook = computeFlipbook(dataset, {
			filter,
			onProgress: ({ done, total }) => {
				if (done === total || performance.now() - lastReport > 100) {
					lastReport = performance.now();
					self.postMessage({ id, kind: 'progress', done, total } satisfies FlipbookReply);
				}
			}
		});
		self.postMessage({
			id,
			kind: 'done',
			flipbook,
			ms: performance.now() - started
		} satisfies FlipbookReply);
	} catch (error) {
		self.postMessage({
			id,
			kind: 'failed',
			message: (error as Error).message
		} satisfies FlipbookReply);
	}
};
