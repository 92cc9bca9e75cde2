import type { StorylineAnswer, StorylineMessage, StorylineRequest } from './storyline-session';

/** A request without its id: the client numbers them. */
type Asked = StorylineRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** What the client needs of a worker (a fake one in tests). */
export interface StorylineWorker {
	postMessage(message: StorylineRequest, transfer: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<StorylineMessage>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

/** The error a request waiting on a stopped worker rejects with: something newer replaced it. */
export class StorylineSuperseded extends Error {
	constructor() {
		super('replaced by a newer storyline');
		this.name = 'StorylineSuperseded';
	}
}

const startWorker = (): StorylineWorker =>
	new Worker(new URL('./storyline-view.worker.ts', import.meta.url), {
		type: 'module'
	}) as StorylineWorker;

/**
 * Talks to the explorer's storyline worker (`storyline-view.worker.ts`), which lives as long as
 * the page: each request gets its answer as a promise, in the order sent. A failed request
 * rejects with the worker's message. The `factions:storyline` User Timing measures each
 * storyline opened.
 *
 * Another dataset or filter asked for while the worker is busy with long work (it says so before
 * ordering a storyline or laying out a big one) does not wait for it: the worker is stopped and
 * a new one started (given the latest dataset again, as after a worker fails), and every request still waiting rejects
 * with `StorylineSuperseded`. So the newest storyline asked for comes as soon as it is ready,
 * and nothing the old worker was doing can be shown.
 */
export class StorylineViewClient {
	private worker: StorylineWorker | null = null;
	private next = 1;
	private waiting = new Map<
		number,
		{ resolve: (answer: StorylineAnswer) => void; reject: (error: Error) => void }
	>();
	/** The request whose long work the worker is doing, if any. */
	private working: number | null = null;
	/** Hears when the worker starts and ends long work. */
	onbusy: ((busy: boolean) => void) | null = null;
	/** The latest dataset sent, given again to a worker started afresh. */
	private dataset: Extract<StorylineRequest, { kind: 'dataset' }> | null = null;

	constructor(private readonly spawn: () => StorylineWorker = startWorker) {}

	/** Whether the worker is busy with long work (ordering, or laying out a big storyline). */
	get busy(): boolean {
		return this.working !== null;
	}

	private setWorking(id: number | null) {
		const was = this.working !== null;
		this.working = id;
		if (was !== (id !== null)) this.onbusy?.(id !== null);
	}

	/** Sends `request` (transferring `transfer`) and waits for its answer. */
	ask(request: Asked, transfer: Transferable[] = []): Promise<StorylineAnswer> {
		if ((request.kind === 'dataset' || request.kind === 'open') && this.working !== null)
			this.stop(new StorylineSuperseded());
		const worker = this.start(request.kind !== 'dataset');
		const id = this.next++;
		const message = { ...request, id } as StorylineRequest;
		if (message.kind === 'dataset') this.dataset = message;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			worker.postMessage(message, transfer);
		});
	}

	private stop(reason: Error) {
		this.worker?.terminate();
		this.worker = null;
		this.setWorking(null);
		const waiting = [...this.waiting.values()];
		this.waiting.clear();
		for (const { reject } of waiting) reject(reason);
	}

	/** The worker, started if need be; a new one is given the latest dataset if `replay`. */
	private start(replay: boolean): StorylineWorker {
		if (this.worker) return this.worker;
		const worker = this.spawn();
		worker.onmessage = (event) => {
			if (this.worker !== worker) return;
			const message = event.data;
			if (message.kind === 'working') {
				this.setWorking(message.id);
				return;
			}
			if (message.id === this.working) this.setWorking(null);
			if (message.kind === 'opened')
				performance.measure('factions:storyline', {
					start: performance.now() - message.ms,
					duration: message.ms
				});
			const settle = this.waiting.get(message.id);
			this.waiting.delete(message.id);
			if (!settle) return;
			if (message.kind === 'failed') settle.reject(new Error(message.message));
			else settle.resolve(message);
		};
		worker.onerror = (event) => {
			if (this.worker !== worker) return;
			// A failed worker is done for: the next request starts another.
			this.stop(new Error(event.message || 'the storyline worker failed'));
		};
		this.worker = worker;
		// Its answer settles nothing: a request after it fails if the dataset did not arrive.
		if (replay && this.dataset) worker.postMessage(this.dataset, []);
		return worker;
	}

	dispose() {
		this.worker?.terminate();
		this.worker = null;
		this.setWorking(null);
		this.waiting.clear();
	}
}
