import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import type { Selection } from './selection';
import {
	asksForAnotherPair,
	asksForAnotherView,
	compareHref,
	explorerParams,
	explorerPlace,
	monthOfPath,
	type MonthPages,
	explorerHref,
	historyStep,
	selectionFromParams,
	writeSelection,
	type HistoryMode
} from './url';

const edgeCases = readDatasetFixture('edge-cases.json');

describe('selection in the URL', () => {
	it.each<Selection>([null, { kind: 'person', id: 'bob' }, { kind: 'alliance', id: 'pact' }])(
		'%j goes to the URL and back',
		(selection) => {
			const params = new URLSearchParams('at=1926-10&focus=carol');
			writeSelection(params, selection);
			const notices: string[] = [];
			expect(selectionFromParams(params, edgeCases, notices)).toEqual(selection);
			expect(notices).toEqual([]);
			expect(params.get('at')).toBe('1926-10');
		}
	);

	it('selects nothing for an id the dataset does not know, and says so', () => {
		const notices: string[] = [];
		expect(selectionFromParams(new URLSearchParams('focus=nobody'), edgeCases, notices)).toBeNull();
		expect(
			selectionFromParams(new URLSearchParams('alliance=none'), edgeCases, notices)
		).toBeNull();
		expect(notices).toEqual([
			'No person "nobody" in this dataset: nothing is selected.',
			'No alliance "none" in this dataset: nothing is selected.'
		]);
	});
});

describe('links between the views', () => {
	it('builds the explorer’s address at a month, with a selection', () => {
		expect(explorerHref('/', '1926-10')).toBe('/?at=1926-10');
		expect(explorerHref('/base/', '1926-10', { kind: 'person', id: 'stalin' })).toBe(
			'/base/?at=1926-10&focus=stalin'
		);
		expect(explorerHref('/', '1924-06', { kind: 'alliance', id: 'troika' })).toBe(
			'/?at=1924-06&alliance=troika'
		);
	});

	it('builds the compare view’s address for two months', () => {
		expect(compareHref('/compare', '1924-06', '1929-06')).toBe('/compare?a=1924-06&b=1929-06');
	});
});

describe('history: one entry per gesture', () => {
	/** Pushes (P) and in-place writes (R) for a run of writes from a fresh address. */
	function run(modes: HistoryMode[]): string {
		let inGesture = false;
		return modes
			.map((mode) => {
				const step = historyStep(inGesture, mode);
				inGesture = step.inGesture;
				return step.push ? 'P' : 'R';
			})
			.join('');
	}

	it.each<[string, HistoryMode[], string]>([
		['each key press is an entry', ['commit', 'commit', 'commit'], 'PPP'],
		['a drag is one entry, ended by its commit', ['transient', 'transient', 'commit'], 'PRR'],
		['after a drag, the next press is a new entry', ['transient', 'commit', 'commit'], 'PRP'],
		['two drags are two entries', ['transient', 'commit', 'transient', 'commit'], 'PRPR']
	])('%s', (_, modes, writes) => {
		expect(run(modes)).toBe(writes);
	});
});

describe('month pages', () => {
	const pages: MonthPages = {
		home: '/base/',
		has: (month) => month >= '1917-10' && month <= '1938-03',
		pathOf: (month) => `/base/${month}`
	};
	const params = (query: string) => new URLSearchParams(query);

	it('reads the month a page is about from its path', () => {
		expect(monthOfPath('/1926-10')).toBe('1926-10');
		expect(monthOfPath('/base/1926-10/')).toBe('1926-10');
		expect(monthOfPath('/')).toBe(null);
		expect(monthOfPath('/1926-13')).toBe(null);
		expect(monthOfPath('/compare')).toBe(null);
	});

	it('takes the month from the path unless the address names one', () => {
		const url = (path: string) => new URL(path, 'https://factions.example');
		expect(explorerParams(url('/1926-10?focus=stalin')).toString()).toBe('focus=stalin&at=1926-10');
		expect(explorerParams(url('/1926-10?at=1927-01')).get('at')).toBe('1927-01');
		expect(explorerParams(url('/?focus=stalin')).has('at')).toBe(false);
	});

	it("keeps the month in the path on a month's page, and in the query elsewhere", () => {
		expect(explorerPlace('/base/1926-10', params('at=1926-11&focus=stalin'), pages)).toBe(
			'/base/1926-11?focus=stalin'
		);
		expect(explorerPlace('/base/1926-10', params('at=1926-11'), pages)).toBe('/base/1926-11');
		// A month of another dataset, with no page: the explorer's home with `?at=`.
		expect(explorerPlace('/base/1926-10', params('at=1850-01'), pages)).toBe('/base/?at=1850-01');
		expect(explorerPlace('/base/', params('at=1926-11'), pages)).toBe('/base/?at=1926-11');
	});

	it('knows when an address asks for something other than the page’s own month', () => {
		const url = (path: string) => new URL(path, 'https://factions.example');
		expect(asksForAnotherView(url('/1926-10'), '1926-10')).toBe(false);
		expect(asksForAnotherView(url('/1926-10?focus=stalin'), '1926-10')).toBe(false);
		expect(asksForAnotherView(url('/?at=1926-10'), '1924-06')).toBe(true);
		expect(asksForAnotherView(url('/1931-05'), '1924-06')).toBe(true);
		expect(asksForAnotherView(url('/?show=politburo'), '1924-06')).toBe(true);
		expect(asksForAnotherView(url('/?data=https://x.example/d.json'), '1924-06')).toBe(true);
		expect(asksForAnotherView(url('/?story=stalin&step=2'), '1924-06')).toBe(true);
	});
});

describe('asksForAnotherPair', () => {
	const url = (path: string) => new URL(path, 'https://factions.example');
	it('is false only for the pair the page shows', () => {
		expect(asksForAnotherPair(url('/compare'), '1924-06', '1929-06')).toBe(false);
		expect(
			asksForAnotherPair(url('/compare?a=1924-06&b=1929-06&focus=stalin'), '1924-06', '1929-06')
		).toBe(false);
		expect(asksForAnotherPair(url('/compare?a=1923-01'), '1924-06', '1929-06')).toBe(true);
		expect(asksForAnotherPair(url('/compare?b=1930-01'), '1924-06', '1929-06')).toBe(true);
		expect(
			asksForAnotherPair(url('/compare?data=https://x.example/d.json'), '1924-06', '1929-06')
		).toBe(true);
	});
});
