/** A flag that components read and the selector sets. */
function flag(initial: boolean) {
	let value = $state(initial);
	return {
		get value() {
			return value;
		},
		set value(next: boolean) {
			value = next;
		}
	};
}

/**
 * One key chosen among many, read key by key: choosing another wakes only what reads the key
 * left and the key taken. Every reader of a shared `chosen === key` runs again on each change:
 * a hundred event marks on the time bar, on almost every step of the slider.
 */
export class KeySelector<K> {
	readonly #flags: ReadonlyMap<K, ReturnType<typeof flag>>;
	#chosen: K | undefined;

	/**
	 * `keys`: those that can be chosen, each with its flag made here. A flag made while a reader
	 * runs would not be one it follows (Svelte leaves out what a reaction made itself).
	 */
	constructor(keys: Iterable<K>, chosen?: K) {
		this.#chosen = chosen;
		// Made once and never changed: the flags in it are what readers follow.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#flags = new Map(Array.from(keys, (key) => [key, flag(key === chosen)]));
	}

	/**
	 * Whether `key` is the one chosen; a reader of it runs again only when that changes. A key not
	 * given to the constructor is never chosen.
	 */
	is(key: K): boolean {
		return this.#flags.get(key)?.value ?? false;
	}

	/** Chooses `key`, or none with `undefined`. */
	choose(key: K | undefined) {
		if (key === this.#chosen) return;
		const left = this.#chosen === undefined ? undefined : this.#flags.get(this.#chosen);
		if (left) left.value = false;
		this.#chosen = key;
		const taken = key === undefined ? undefined : this.#flags.get(key);
		if (taken) taken.value = true;
	}
}
