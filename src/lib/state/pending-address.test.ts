import { describe, expect, it } from 'vitest';
import { fitPending, pendingAfter, type PendingAddress } from './pending-address';

/** The history entries (and the entry shown) after writing each address at once, from `start`. */
function historyOf(start: string, writes: readonly PendingAddress[]) {
	const entries = [start];
	for (const { href, push } of writes) {
		if (href === entries.at(-1)) continue;
		if (push) entries.push(href);
		else entries[entries.length - 1] = href;
	}
	return entries;
}

/** The same, writing them through the pending list instead. */
function historyThroughPending(start: string, writes: readonly PendingAddress[]) {
	let pending: PendingAddress[] = [];
	for (const write of writes) pending = pendingAfter(pending, write, pending.at(-1)?.href ?? start);
	return historyOf(start, pending);
}

describe('pendingAfter', () => {
	it.each<[string, PendingAddress[]]>([
		['a step', [{ href: '/1923-02', push: true }]],
		[
			'steps of a drag: one entry, the last month',
			[
				{ href: '/1923-02', push: true },
				{ href: '/1923-03', push: false },
				{ href: '/1923-04', push: false }
			]
		],
		[
			'key presses: one entry each',
			[
				{ href: '/1923-02', push: true },
				{ href: '/1923-03', push: true },
				{ href: '/1923-04', push: true }
			]
		],
		['nothing new', [{ href: '/1923-01', push: true }]],
		[
			'a drag that ends where a step began',
			[
				{ href: '/1923-02', push: true },
				{ href: '/1923-03', push: false },
				{ href: '/1923-04', push: true },
				{ href: '/1923-05', push: false }
			]
		]
	])('%s: the same history entries as writing each at once', (_, writes) => {
		expect(historyThroughPending('/1923-01', writes)).toEqual(historyOf('/1923-01', writes));
	});

	it('keeps one address for a gesture, and one per key press', () => {
		const drag = [
			{ href: '/1923-02', push: true },
			{ href: '/1923-03', push: false }
		];
		let pending: PendingAddress[] = [];
		for (const write of drag) pending = pendingAfter(pending, write, '/1923-01');
		expect(pending).toEqual([{ href: '/1923-03', push: true }]);
		pending = pendingAfter(pending, { href: '/1923-04', push: true }, '/1923-03');
		expect(pending).toHaveLength(2);
	});

	it('does not write an address that would not change', () => {
		expect(pendingAfter([], { href: '/?at=1923-01', push: false }, '/?at=1923-01')).toEqual([]);
		expect(pendingAfter([], { href: '/?', push: true }, '/')).toEqual([]);
	});
});

describe('fitPending', () => {
	const push = (href: string) => ({ href, push: true });
	const inPlace = (href: string) => ({ href, push: false });

	it('writes everything that fits', () => {
		expect(fitPending([push('/a'), push('/b')], 2)).toEqual({
			now: [push('/a'), push('/b')],
			later: []
		});
	});

	it('folds what does not fit into its last address, a new entry if any was one', () => {
		expect(fitPending([push('/a'), push('/b'), push('/c'), push('/d')], 2)).toEqual({
			now: [push('/a'), push('/d')],
			later: []
		});
		expect(fitPending([inPlace('/a'), inPlace('/b')], 1)).toEqual({
			now: [inPlace('/b')],
			later: []
		});
	});

	it('writes an address in place alone rather than fold it into a new entry', () => {
		expect(fitPending([inPlace('/a'), push('/b'), push('/c')], 1)).toEqual({
			now: [inPlace('/a')],
			later: [push('/b'), push('/c')]
		});
		expect(fitPending([inPlace('/a'), push('/b'), push('/c')], 2)).toEqual({
			now: [inPlace('/a'), push('/c')],
			later: []
		});
	});
});
