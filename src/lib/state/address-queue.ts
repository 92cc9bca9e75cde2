import { fitPending, pendingAfter, type PendingAddress } from './pending-address';

/**
 * How often the page writes its address. Browsers refuse a page that writes it too often:
 * Safari throws a SecurityError at the 101st write within 30 seconds, Firefox at the 201st
 * within 10, and Chrome ignores writes past 200 in 10 seconds. Held down, an arrow key steps the
 * slider 30 times a second, and a drag writes once a frame. Up to `burst` writes go at once,
 * then `perSecond`: at most 20 + 2.5 × 30 = 95 in any 30 seconds.
 */
export const ADDRESS_BUDGET = { burst: 20, perSecond: 2.5 } as const;

/** What the queue needs of the browser: kept apart so that tests can stand in for it. */
export interface AddressHost {
	/** The page's clock, in ms. */
	now(): number;
	/** The address bar's path and query. */
	location(): string;
	/** Writes `href` as a new history entry (`push`) or in place; throws if the browser refuses. */
	write(href: string, push: boolean): void;
	/** Runs `run` in `ms`; the function returned cancels it. */
	later(run: () => void, ms: number): () => void;
}

/**
 * The addresses waiting to be written, and their writing within `ADDRESS_BUDGET`. More waiting
 * than the budget allows at once become fewer writes (see `fitPending`): Back then goes to
 * before the burst rather than month by month.
 */
export class AddressQueue {
	#pending: PendingAddress[] = [];
	#waiting: (() => void)[] = [];
	#allowance: number = ADDRESS_BUDGET.burst;
	#allowanceAt: number | null = null;
	#cancelRetry: (() => void) | null = null;

	constructor(private readonly host: AddressHost) {}

	/** Where the address bar is, or will be once the waiting addresses are written. */
	current(): string {
		return this.#pending.at(-1)?.href ?? this.host.location();
	}

	/** Whether an address is waiting to be written. */
	get waiting(): boolean {
		return this.#pending.length > 0;
	}

	/** Adds `next` after the waiting addresses (see `pendingAfter`); `settle` writes it. */
	add(next: PendingAddress) {
		this.#pending = pendingAfter(this.#pending, next, this.current());
	}

	/**
	 * Writes the waiting addresses, in order, as far as the budget allows now; what it does not
	 * allow is written as soon as it does. What waited for them runs once all are written.
	 */
	settle() {
		this.#cancelRetry?.();
		this.#cancelRetry = null;
		if (!this.#pending.length) return this.#runWaiting();
		const room = Math.floor(this.#refill());
		if (room < 1) return this.#retry();
		const { now: writes, later } = fitPending(this.#pending, room);
		this.#pending = later;
		for (const [index, { href, push }] of writes.entries()) {
			const now = this.host.location();
			if (href === now || href === `${now}?`) continue;
			try {
				this.host.write(href, push);
			} catch {
				// Refused all the same (another budget than ours): this one and the rest wait.
				this.#pending = [...writes.slice(index), ...this.#pending];
				this.#allowance = 0;
				return this.#retry();
			}
			this.#allowance -= 1;
		}
		if (this.#pending.length) return this.#retry();
		this.#runWaiting();
	}

	/**
	 * The page is being left for another (a link followed, not Back or Forward): what waits is
	 * written now, whatever the budget (two writes at most, within every browser's limit), so that
	 * nothing is written over the next page later. If the browser refuses, it is dropped.
	 */
	leave() {
		const { now: writes } = fitPending(this.#pending, 2);
		this.#pending = [];
		try {
			for (const { href, push } of writes) this.host.write(href, push);
		} catch {
			// The address stays where it was written last.
		}
		this.drop();
	}

	/** Forgets the waiting addresses: the browser went elsewhere (Back, Forward). */
	drop() {
		this.#cancelRetry?.();
		this.#cancelRetry = null;
		this.#pending = [];
		this.#runWaiting();
	}

	/** Runs `callback` once the waiting addresses are written, or now if none waits. */
	afterWritten(callback: () => void) {
		if (this.#pending.length) this.#waiting.push(callback);
		else callback();
	}

	/** The writes allowed now. */
	#refill(): number {
		const now = this.host.now();
		if (this.#allowanceAt !== null)
			this.#allowance = Math.min(
				ADDRESS_BUDGET.burst,
				this.#allowance + ((now - this.#allowanceAt) / 1000) * ADDRESS_BUDGET.perSecond
			);
		this.#allowanceAt = now;
		return this.#allowance;
	}

	/** Settles again once one more write is allowed. */
	#retry() {
		const wait = ((1 - this.#allowance) / ADDRESS_BUDGET.perSecond) * 1000;
		this.#cancelRetry = this.host.later(
			() => {
				this.#cancelRetry = null;
				this.settle();
			},
			Math.max(0, Math.ceil(wait))
		);
	}

	#runWaiting() {
		const callbacks = this.#waiting;
		this.#waiting = [];
		for (const callback of callbacks) callback();
	}
}
