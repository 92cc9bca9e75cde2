import type { StorylineAnswer, StorylineRequest } from './storyline-session';

/** A request without its id: the client numbers them. */
type Asked = StorylineRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * Talks to the explorer's storyline worker (`storyline-view.worker.ts`), which lives as long as
 * the page: each request gets its answer as a promise, in the order sent. A failed request
 * rejects with the worker's message. The `factions:storyline` User Timing measures each
 * storyline opened.
 */
export class StorylineViewClient {
	private worker: Worker | null = null;
	private next = 1;
	private waiting = new Map<number, (answer: StorylineAnswer) => void>();

	/** Sends `request` (transferring `transfer`) and waits for its answer. */
	ask(request: Asked, transfer: Transferable[] = []): Promise<StorylineAnswer> {
		const worker = this.start();
		const id = this.next++;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, (answer) => {
				if (answer.kind === 'failed') reject(new Error(answer.message));
				else resolve(answer);
			});
			worker.postMessage({ ...request, id } as StorylineRequest, transfer);
		});
	}

	private start(): Worker {
		if (this.worker) return this.worker;
		const worker = new Worker(new URL('./storyline-view.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<StorylineAnswer>) => {
			const answer = event.data;
			if (answer.kind === 'opened')
				performance.measure('factions:storyline', {
					start: performance.now() - answer.ms,
					duration: answer.ms
				});
			const settle = this.waiting.get(answer.id);
			this.waiting.delete(answer.id);
			settle?.(answer);
		};
		worker.onerror = (event) => {
			const failure: StorylineAnswer = {
				kind: 'failed',
				id: 0,
				message: event.message || 'the storyline worker failed'
			};
			for (const settle of this.waiting.values()) settle(failure);
			this.waiting.clear();
		};
		this.worker = worker;
		return worker;
	}

	dispose() {
		this.worker?.terminate();
		this.worker = null;
		this.waiting.clear();
	}
}
