import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '$lib/export/yield';
import { SeenOrLater } from './seen-or-later.svelte';

/** A stand-in for the browser's observer: the test says when the view is on screen. */
class FakeObserver {
	static last: FakeObserver | null = null;
	observed: Element[] = [];
	constructor(readonly report: (entries: { isIntersecting: boolean }[]) => void) {
		FakeObserver.last = this;
	}
	observe(element: Element) {
		this.observed.push(element);
	}
	disconnect() {
		this.observed = [];
	}
	/** The view scrolled in or out of sight. */
	static scroll(seen: boolean) {
		FakeObserver.last!.report([{ isIntersecting: seen }]);
	}
}

/** A view of `month` that lists what it shows; `outOfSight`: watched, and scrolled away. */
function viewOfMonth({ outOfSight = false } = {}) {
	let month = $state('1926-10');
	const shown: string[] = [];
	let follower!: SeenOrLater<string>;
	let detach: (() => void) | void = undefined;
	const stop = $effect.root(() => {
		follower = new SeenOrLater(() => month);
		$effect(() => {
			shown.push(follower.current);
		});
	});
	flushSync();
	if (outOfSight) {
		detach = follower.watch({} as Element);
		FakeObserver.scroll(false);
		flushSync();
	}
	return {
		shown,
		follower,
		step(next: string) {
			month = next;
			flushSync();
		},
		watch() {
			detach = follower.watch({} as Element);
		},
		unwatch() {
			detach?.();
			flushSync();
		},
		stop
	};
}

describe('a view that may be off screen', () => {
	vi.stubGlobal('IntersectionObserver', FakeObserver);
	afterEach(() => (FakeObserver.last = null));

	it('follows every change at once while on screen, and before anyone looks', () => {
		const view = viewOfMonth();
		view.step('1926-11');
		view.watch();
		FakeObserver.scroll(true);
		view.step('1926-12');
		expect(view.shown).toEqual(['1926-10', '1926-11', '1926-12']);
		expect(view.follower.seen).toBe(true);
		view.stop();
	});

	it('catches up in a task of its own off screen, once for changes quicker than a task', async () => {
		const view = viewOfMonth({ outOfSight: true });
		view.step('1926-11');
		// The change's own task does not show it.
		expect(view.shown).toEqual(['1926-10']);
		await nextTask();
		flushSync();
		expect(view.shown).toEqual(['1926-10', '1926-11']);
		view.step('1926-12');
		view.step('1927-01');
		view.step('1927-02');
		await nextTask();
		flushSync();
		expect(view.shown).toEqual(['1926-10', '1926-11', '1927-02']);
		view.stop();
	});

	it('shows what is current at once when it comes back on screen', () => {
		const view = viewOfMonth({ outOfSight: true });
		view.step('1926-11');
		view.step('1926-12');
		FakeObserver.scroll(true);
		flushSync();
		expect(view.shown.at(-1)).toBe('1926-12');
		expect(view.follower.seen).toBe(true);
		view.stop();
	});

	it('follows at once again when no longer watched, and drops a catching up when stopped', async () => {
		const view = viewOfMonth({ outOfSight: true });
		view.step('1926-11');
		view.unwatch();
		expect(view.shown.at(-1)).toBe('1926-11');
		expect(FakeObserver.last!.observed).toEqual([]);
		view.step('1926-12');
		expect(view.shown.at(-1)).toBe('1926-12');

		const gone = viewOfMonth({ outOfSight: true });
		gone.step('1927-01');
		gone.stop();
		await nextTask();
		expect(gone.follower.current).toBe('1926-10');
		view.stop();
	});
});
