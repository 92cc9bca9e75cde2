import type { GraphModel } from './elements';
import type { PairLayoutReply, PairLayoutRequest } from './pair-layout.worker';
import type { PairLayout } from './shared-layout';

/** What the client needs of a worker (a fake one in tests). */
export interface PairLayoutWorker {
	postMessage(message: PairLayoutRequest): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<PairLayoutReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

const startWorker = (): PairLayoutWorker =>
	new Worker(new URL('./pair-layout.worker.ts', import.meta.url), {
		type: 'module'
	}) as PairLayoutWorker;

/**
 * Lays out the compare view's two dates in a Web Worker (`pair-layout.worker.ts`), so the page
 * never freezes while it does. As with the flip-book, asking again while a layout is in progress
 * stops it: its worker is terminated and its promise never settles, and a new worker takes the
 * new request. An idle worker is kept for the next request, so stepping a date does not load
 * the layout code again. The `factions:layout` User Timing measures each layout's time in the
 * worker.
 */
export class PairLayoutClient {
	private worker: PairLayoutWorker | null = null;
	private busy = false;
	private next = 1;

	constructor(private readonly spawn: () => PairLayoutWorker = startWorker) {}

	/** Starts the worker ahead of the first request, so its code loads meanwhile. */
	warm() {
		this.worker ??= this.spawn();
	}

	/** `layoutPair(a, b, factionOrder)`, computed in the worker. */
	layOut(a: GraphModel, b: GraphModel, factionOrder: readonly string[]): Promise<PairLayout> {
		if (this.busy) this.dispose();
		const worker = (this.worker ??= this.spawn());
		const id = this.next++;
		this.busy = true;
		return new Promise((resolve, reject) => {
			const finish = () => {
				if (this.worker !== worker) return false;
				this.busy = false;
				return true;
			};
			worker.onmessage = (event) => {
				const reply = event.data;
				if (reply.id !== id || !finish()) return;
				if (reply.kind === 'done') {
					performance.measure('factions:layout', {
						start: performance.now() - reply.ms,
						duration: reply.ms
					});
					resolve(reply.pair);
				} else reject(new Error(reply.message));
			};
			worker.onerror = (event) => {
				if (!finish()) return;
				// A worker that failed is not used again.
				this.dispose();
				reject(new Error(event.message || 'the layout worker failed'));
			};
			worker.postMessage({ id, a, b, factionOrder: [...factionOrder] });
		});
	}

	dispose() {
		this.worker?.terminate();
		this.worker = null;
		this.busy = false;
	}
}
