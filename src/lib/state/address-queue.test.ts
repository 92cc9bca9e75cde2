import { describe, expect, it } from 'vitest';
import { ADDRESS_BUDGET, AddressQueue } from './address-queue';

/** A browser's address bar and history, with a clock the test moves and its timers. */
function browser({ refuseAfter = Infinity } = {}) {
	let now = 0;
	const timers: { at: number; run: () => void }[] = [];
	const history = ['/1923-01'];
	const writes: number[] = [];
	const queue = new AddressQueue({
		now: () => now,
		location: () => history.at(-1)!,
		write(href, push) {
			if (writes.length >= refuseAfter) throw new DOMException('too many', 'SecurityError');
			writes.push(now);
			if (push) history.push(href);
			else history[history.length - 1] = href;
		},
		later(run, ms) {
			const timer = { at: now + ms, run };
			timers.push(timer);
			return () => {
				const index = timers.indexOf(timer);
				if (index >= 0) timers.splice(index, 1);
			};
		}
	});
	return {
		queue,
		history,
		writes,
		/** Moves the clock on by `ms`, running the timers due meanwhile. */
		wait(ms: number) {
			const until = now + ms;
			for (;;) {
				const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
				if (!due) break;
				timers.splice(timers.indexOf(due), 1);
				now = Math.max(now, due.at);
				due.run();
			}
			now = until;
		},
		timersWaiting: () => timers.length
	};
}

/** Steps written at once until the budget's burst is used up: the last is `/step-<burst>`. */
function writeBurst(queue: AddressQueue) {
	for (let step = 1; step <= ADDRESS_BUDGET.burst; step++) {
		queue.add({ href: `/step-${step}`, push: true });
		queue.settle();
	}
}

/**
 * A page whose budget a burst of steps has used up, with `addresses` then asked for: they wait.
 * `[href, push]` each.
 */
function waitingAfterBurst(...addresses: [string, boolean][]) {
	const page = browser();
	writeBurst(page.queue);
	for (const [href, push] of addresses) page.queue.add({ href, push });
	page.queue.settle();
	return page;
}

/** The most writes in any `span` ms of `times`. */
function mostWithin(times: number[], span: number) {
	let most = 0;
	for (const [i, start] of times.entries())
		most = Math.max(most, times.slice(i).filter((t) => t < start + span).length);
	return most;
}

describe('the address queue', () => {
	it('writes a few steps at once, one history entry each', () => {
		const page = browser();
		for (const month of ['/1923-02', '/1923-03', '/1923-04']) {
			page.queue.add({ href: month, push: true });
			page.queue.settle();
			page.wait(200);
		}
		expect(page.history).toEqual(['/1923-01', '/1923-02', '/1923-03', '/1923-04']);
		expect(page.timersWaiting()).toBe(0);
	});

	it('never writes more often than every browser allows, and ends on the last address', () => {
		const page = browser();
		let title = '';
		// An arrow key held for two minutes: a step every 33 ms, each settled at once.
		for (let step = 1; step <= 3600; step++) {
			page.queue.add({ href: `/step-${step}`, push: true });
			page.queue.settle();
			page.queue.afterWritten(() => (title = `step ${step}`));
			page.wait(33);
		}
		page.wait(1000);
		expect(page.history.at(-1)).toBe('/step-3600');
		expect(title).toBe('step 3600');
		// Safari's limit: 100 in 30 s; Firefox's and Chrome's: 200 in 10 s.
		expect(mostWithin(page.writes, 30_000)).toBeLessThanOrEqual(100);
		expect(mostWithin(page.writes, 10_000)).toBeLessThanOrEqual(200);
		// The first steps got an entry each; then about one entry for each 1 / perSecond s.
		expect(page.history.slice(1, ADDRESS_BUDGET.burst + 1)).toEqual(
			Array.from({ length: ADDRESS_BUDGET.burst }, (_, i) => `/step-${i + 1}`)
		);
		expect(page.writes.length).toBeGreaterThan(ADDRESS_BUDGET.perSecond * 110);
		expect(page.writes.length).toBeLessThanOrEqual(
			ADDRESS_BUDGET.burst + ADDRESS_BUDGET.perSecond * 120
		);
	});

	it('writes what is left of a burst when the budget allows, in one entry', () => {
		const page = waitingAfterBurst(['/after-1', true], ['/after-2', true], ['/after-3', false]);
		expect(page.history.at(-1)).toBe(`/step-${ADDRESS_BUDGET.burst}`);
		expect(page.queue.current()).toBe('/after-3');
		page.wait(1000 / ADDRESS_BUDGET.perSecond);
		expect(page.history.slice(-2)).toEqual([`/step-${ADDRESS_BUDGET.burst}`, '/after-3']);
		expect(page.queue.waiting).toBe(false);
	});

	it('never folds an address written in place into a new entry after it', () => {
		// Playback paused on a month (in place), then a person clicked (a new entry).
		const page = waitingAfterBurst(['/paused', false], ['/paused?focus=stalin', true]);
		page.wait(1000 / ADDRESS_BUDGET.perSecond);
		expect(page.history.at(-1)).toBe('/paused');
		page.wait(1000 / ADDRESS_BUDGET.perSecond);
		expect(page.history.slice(-2)).toEqual(['/paused', '/paused?focus=stalin']);
	});

	it('writes what waits at once when the page is left, whatever the budget', () => {
		const page = waitingAfterBurst(['/left-1', false], ['/left-2', true], ['/left-3', true]);
		let ran = false;
		page.queue.afterWritten(() => (ran = true));
		page.queue.leave();
		expect(page.history.slice(-2)).toEqual(['/left-1', '/left-3']);
		expect(ran).toBe(true);
		expect(page.queue.waiting).toBe(false);
		expect(page.timersWaiting()).toBe(0);
	});

	it('keeps an address the browser refuses, and writes it later', () => {
		const page = browser({ refuseAfter: 2 });
		for (const month of ['/a', '/b', '/c']) page.queue.add({ href: month, push: true });
		page.queue.settle();
		expect(page.history).toEqual(['/1923-01', '/a', '/b']);
		expect(page.queue.waiting).toBe(true);
		expect(page.queue.current()).toBe('/c');
		page.writes.length = 0;
		page.wait(2000);
		expect(page.history).toEqual(['/1923-01', '/a', '/b', '/c']);
	});

	it('drops what waits when the browser goes elsewhere, and runs what waited for it', () => {
		const page = waitingAfterBurst(['/late', true]);
		let ran = false;
		page.queue.afterWritten(() => (ran = true));
		page.queue.drop();
		expect(ran).toBe(true);
		expect(page.timersWaiting()).toBe(0);
		page.wait(5000);
		expect(page.history).not.toContain('/late');
	});
});
