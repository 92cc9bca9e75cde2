import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { inNextTask } from '$lib/export/yield';

/**
 * What a view shows when it may be off screen. On screen (and until first looked at), `current`
 * is `read()` itself, kept up as it changes. Off screen, it catches up in a task of its own after
 * the change: a slider step answers the key press without first rewriting a table below the
 * fold, and steps quicker than a task reach it only once. Brought back on screen, it is
 * `read()` again at once. `watch` is the attachment that says where the view is.
 */
export class SeenOrLater<T> {
	readonly #read: () => T;
	#seen = $state(true);
	#later = $state.raw() as T;
	readonly #current = $derived.by(() => (this.#seen ? this.#read() : this.#later));

	/** Call while a component is made: the catching up is one of its effects. */
	constructor(read: () => T) {
		this.#read = read;
		$effect(() => {
			const value = read();
			if (untrack(() => this.#seen)) return;
			// A change before the task runs replaces it (the effect's cleanup stops it).
			return inNextTask(() => (this.#later = value));
		});
	}

	get current(): T {
		return this.#current;
	}

	/** Whether the view is on screen, as last seen (before any look: yes). */
	get seen(): boolean {
		return this.#seen;
	}

	/** Attach to the view's element: `current` then follows whether it is on screen. */
	readonly watch: Attachment<Element> = (element) => {
		const observer = new IntersectionObserver((entries) => {
			const seen = entries.at(-1)?.isIntersecting ?? true;
			if (seen === this.#seen) return;
			// What it showed on screen stays, until a change off screen catches up.
			if (!seen) this.#later = untrack(this.#read);
			this.#seen = seen;
		});
		observer.observe(element);
		return () => {
			observer.disconnect();
			this.#seen = true;
		};
	};
}
