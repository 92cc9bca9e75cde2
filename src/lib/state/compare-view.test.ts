import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { monthsBetween } from '$lib/model/time';
import {
	compareTransition,
	compareViewFromUrl,
	DEFAULT_PAIR,
	defaultPair,
	nearerDate,
	writeCompareView,
	type CompareView
} from './compare-view';

const edgeCases = readDatasetFixture('edge-cases.json');
const months = monthsBetween(edgeCases.meta.start, edgeCases.meta.end);
const fromUrl = (query: string) =>
	compareViewFromUrl(new URLSearchParams(query), edgeCases, months);
const view: CompareView = { a: '1925-09', b: '1927-03', selection: null };

describe('the compare view in the URL', () => {
	it.each<CompareView>([
		view,
		{ a: '1927-03', b: '1925-09', selection: { kind: 'person', id: 'dan' } },
		{ a: '1926-10', b: '1926-10', selection: { kind: 'alliance', id: 'pact' } }
	])('%j goes to the URL and back', (shown) => {
		const params = new URLSearchParams();
		writeCompareView(params, shown);
		expect(fromUrl(params.toString())).toEqual({ view: shown, notices: [] });
	});

	it('opens at a quarter and three quarters of a dataset without the default pair', () => {
		expect(defaultPair(months)).toEqual({ a: view.a, b: view.b });
		expect(fromUrl('').view).toEqual(view);
		expect(defaultPair(monthsBetween('1917-01', '1938-12'))).toBe(DEFAULT_PAIR);
	});

	it('gives a notice for each bad date, even when both say the same', () => {
		const { view: shown, notices } = fromUrl('a=x&b=x');
		expect(shown).toEqual(view);
		expect(notices).toHaveLength(2);
		expect(notices[0]).toBe(notices[1]);
	});
});

describe('compareTransition', () => {
	it('sets either date within the dataset, and ignores one outside it', () => {
		expect(compareTransition(view, { type: 'date', which: 'b', month: '1926-10' }, months)).toEqual(
			{
				...view,
				b: '1926-10'
			}
		);
		expect(compareTransition(view, { type: 'date', which: 'a', month: '1930-01' }, months)).toBe(
			view
		);
	});

	it('swaps the dates, and selects', () => {
		expect(compareTransition(view, { type: 'swap' }, months)).toEqual({
			...view,
			a: view.b,
			b: view.a
		});
		expect(
			compareTransition(view, { type: 'select', selection: { kind: 'person', id: 'bob' } }, months)
				.selection
		).toEqual({ kind: 'person', id: 'bob' });
	});
});

describe('nearerDate', () => {
	const span = monthsBetween('1924-01', '1930-12');
	const pair = { a: '1924-06', b: '1929-06', selection: null };
	it.each([
		['before both', '1924-01', 'a'],
		['near the first date', '1925-01', 'a'],
		['near the second date', '1928-01', 'b'],
		['after both', '1930-12', 'b'],
		['just before half way', '1926-11', 'a'],
		['half way: the second, as the pick is not before the first', '1926-12', 'b']
	])('%s', (_, month, which) => {
		expect(nearerDate(pair, month, span)).toBe(which);
	});
	it('on a tie, a pick before the first date moves it, else the second', () => {
		const same = { a: '1926-06', b: '1926-06', selection: null };
		expect(nearerDate(same, '1925-06', span)).toBe('a');
		expect(nearerDate(same, '1927-06', span)).toBe('b');
	});
});
