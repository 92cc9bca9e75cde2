import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { monthsBetween } from '$lib/model/time';
import {
	explorerTransition,
	explorerViewFromUrl,
	explorerViewInDataset,
	writeExplorerView,
	type ExplorerView
} from './explorer-view';

const edgeCases = readDatasetFixture('edge-cases.json');
const months = monthsBetween(edgeCases.meta.start, edgeCases.meta.end);
const view: ExplorerView = { month: '1926-01', selection: null, filter: 'everyone' };
const fromUrl = (query: string) =>
	explorerViewFromUrl(new URLSearchParams(query), edgeCases, '1926-01');

describe('the explorer’s view in the URL', () => {
	it.each<ExplorerView>([
		view,
		{ month: '1926-10', selection: { kind: 'person', id: 'bob' }, filter: 'politburo' },
		{ month: '1927-12', selection: { kind: 'alliance', id: 'bloc' }, filter: 'everyone' }
	])('%j goes to the URL and back', (shown) => {
		const params = new URLSearchParams('data=https://example.org/d.json&show=politburo');
		writeExplorerView(params, shown);
		expect(fromUrl(params.toString())).toEqual({ view: shown, notices: [] });
		expect(params.get('data')).toBe('https://example.org/d.json');
	});

	it('opens at the default month when the URL names none', () => {
		expect(fromUrl('')).toEqual({ view, notices: [] });
	});

	it('falls back with a notice for each thing it cannot show', () => {
		const { view: shown, notices } = fromUrl('at=1926-13&focus=nobody');
		expect(shown).toEqual(view);
		expect(notices).toHaveLength(2);
		expect(notices[0]).toContain('"1926-13" is not a date');
		expect(fromUrl('at=1950-01').view.month).toBe('1927-12');
	});
});

describe('explorerTransition', () => {
	it('moves to a month of the dataset, and ignores one outside it (the same view back)', () => {
		expect(explorerTransition(view, { type: 'month', month: '1926-10' }, months)).toEqual({
			...view,
			month: '1926-10'
		});
		expect(explorerTransition(view, { type: 'month', month: '1930-01' }, months)).toBe(view);
	});

	it('gives a new view for the month shown, so that a commit still ends a gesture', () => {
		const same = explorerTransition(view, { type: 'month', month: view.month }, months);
		expect(same).toEqual(view);
		expect(same).not.toBe(view);
	});

	it('selects and filters without touching the rest', () => {
		const selected = explorerTransition(
			view,
			{ type: 'select', selection: { kind: 'person', id: 'carol' } },
			months
		);
		expect(selected).toEqual({ ...view, selection: { kind: 'person', id: 'carol' } });
		expect(explorerTransition(selected, { type: 'filter', filter: 'politburo' }, months)).toEqual({
			...selected,
			filter: 'politburo'
		});
		expect(view).toEqual({ month: '1926-01', selection: null, filter: 'everyone' });
	});
});

describe('explorerViewInDataset', () => {
	const other = { ...edgeCases, people: edgeCases.people.filter((p) => p.id !== 'bob') };
	const otherMonths = monthsBetween('1926-06', '1926-12');

	it('keeps the month and a selection the other dataset has', () => {
		const shown = {
			...view,
			month: '1926-10',
			selection: { kind: 'person', id: 'carol' } as const
		};
		expect(explorerViewInDataset(shown, other, otherMonths, '1926-06')).toEqual(shown);
	});

	it('goes to the default month and clears a selection the other dataset lacks', () => {
		const shown = { ...view, selection: { kind: 'person', id: 'bob' } as const };
		expect(explorerViewInDataset(shown, other, otherMonths, '1926-06')).toEqual({
			...view,
			month: '1926-06',
			selection: null
		});
	});
});
