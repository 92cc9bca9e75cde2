import type { Dataset } from '../model/schema';
import type { StageFilter } from '../model/snapshot';
import type { Storyline } from '../model/storyline';
import type { StorylineReply, StorylineRequest } from './storyline.worker';

/**
 * Computes storylines in a Web Worker of their own (beside the flip-book's, so the two run at
 * once), as `LayoutClient` does for flip-books. Asking for a new one stops the one in progress:
 * its worker is terminated and its promise never settles. Each result is measured as the
 * `factions:storyline` User Timing.
 */
export class StorylineClient {
	private worker: Worker | null = null;

	compute(dataset: Dataset, filter: StageFilter): Promise<Storyline> {
		this.dispose();
		const worker = new Worker(new URL('./storyline.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.worker = worker;
		return new Promise((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<StorylineReply>) => {
				const reply = event.data;
				worker.terminate();
				if (this.worker === worker) this.worker = null;
				if (reply.kind === 'done') {
					performance.measure('factions:storyline', {
						start: performance.now() - reply.ms,
						duration: reply.ms
					});
					resolve(reply.storyline);
				} else reject(new Error(reply.message));
			};
			worker.onerror = (event) => reject(new Error(event.message || 'the storyline worker failed'));
			worker.postMessage({ id: 1, dataset, filter } satisfies StorylineRequest);
		});
	}

	dispose() {
		this.worker?.terminate();
		this.worker = null;
	}
}
