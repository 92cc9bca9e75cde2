import { portable } from '../model/dataset-json';
import type { Dataset } from '../model/schema';
import type { StageFilter } from '../model/snapshot';
import type { Flipbook } from './flipbook';
import { unpackFlipbook } from './flipbook-pack';
import type { FlipbookReply, FlipbookRequest } from './flipbook.worker';

export interface LayoutProgress {
	done: number;
	total: number;
}

/**
 * Computes flip-books in a Web Worker so the page never freezes. Asking for a new one stops the
 * one in progress: its worker is terminated and its promise never settles.
 */
export class LayoutClient {
	private worker: Worker | null = null;

	compute(
		dataset: Dataset,
		filter: StageFilter,
		onProgress: (progress: LayoutProgress) => void
	): Promise<Flipbook> {
		this.dispose();
		const worker = new Worker(new URL('./flipbook.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.worker = worker;
		return new Promise((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<FlipbookReply>) => {
				const reply = event.data;
				if (reply.kind === 'progress') {
					onProgress({ done: reply.done, total: reply.total });
					return;
				}
				worker.terminate();
				if (this.worker === worker) this.worker = null;
				if (reply.kind === 'done') {
					performance.measure('factions:layout', {
						start: performance.now() - reply.ms,
						duration: reply.ms
					});
					resolve(unpackFlipbook(reply.flipbook));
				} else reject(new Error(reply.message));
			};
			worker.onerror = (event) => reject(new Error(event.message || 'the layout worker failed'));
			worker.postMessage({ id: 1, dataset: portable(dataset), filter } satisfies FlipbookRequest);
		});
	}

	dispose() {
		this.worker?.terminate();
		this.worker = null;
	}
}
