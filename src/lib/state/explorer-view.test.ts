import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { presentationOf } from '$lib/model/presentation';
import type { Dataset } from '$lib/model/schema';
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
const view: ExplorerView = {
	month: '1926-01',
	selection: null,
	filter: 'everyone',
	presenting: null
};
const fromUrl = (query: string) =>
	explorerViewFromUrl(new URLSearchParams(query), edgeCases, '1926-01');

describe('the explorer’s view in the URL', () => {
	it.each<ExplorerView>([
		view,
		{
			month: '1926-10',
			selection: { kind: 'person', id: 'bob' },
			filter: 'politburo',
			presenting: null
		},
		{
			month: '1927-12',
			selection: { kind: 'alliance', id: 'bloc' },
			filter: 'everyone',
			presenting: null
		}
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
		expect(view).toEqual({
			month: '1926-01',
			selection: null,
			filter: 'everyone',
			presenting: null
		});
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

describe('present mode in the explorer’s view', () => {
	const cited = { sources: ['made-up'], confidence: 'high' as const };
	const told: Dataset = {
		...edgeCases,
		stories: [
			{
				id: 'lesson',
				title: 'A lesson',
				description: 'Three steps.',
				steps: [
					{ at: '1925-03', caption: 'First.', ...cited },
					{ at: '1926-10-23', focus: 'carol', show: 'politburo', caption: 'Second.', ...cited },
					{ at: '1927-02', focus: 'dan', caption: 'Third.', ...cited }
				]
			}
		]
	};
	const lesson = presentationOf(told, 'lesson')!;
	const present = (at: ExplorerView, step: number) =>
		explorerTransition(
			at,
			{ type: 'present', presenting: { story: 'lesson', step }, step: lesson.steps[step]! },
			months
		);
	const storyUrl = (query: string) =>
		explorerViewFromUrl(new URLSearchParams(query), told, '1926-01');

	it('shows a step: its month, its person selected, its filter', () => {
		expect(present(view, 1)).toEqual({
			month: '1926-10',
			selection: { kind: 'person', id: 'carol' },
			filter: 'politburo',
			presenting: { story: 'lesson', step: 1 }
		});
		expect(present(present(view, 1), 0)).toEqual({
			month: '1925-03',
			selection: null,
			filter: 'everyone',
			presenting: { story: 'lesson', step: 0 }
		});
	});

	it('leaves present mode where the step left the graph, and does nothing outside it', () => {
		const at = present(view, 2);
		expect(explorerTransition(at, { type: 'leave' }, months)).toEqual({ ...at, presenting: null });
		expect(explorerTransition(view, { type: 'leave' }, months)).toBe(view);
	});

	it.each([0, 1, 2])('writes step %i to the URL (counted from 1) and reads it back', (step) => {
		const params = new URLSearchParams('data=x.json');
		writeExplorerView(params, present(view, step));
		expect(params.get('story')).toBe('lesson');
		expect(params.get('step')).toBe(String(step + 1));
		expect(storyUrl(params.toString())).toEqual({ view: present(view, step), notices: [] });
	});

	it('lets the step decide over the rest of the URL', () => {
		expect(storyUrl('at=1925-01&focus=alice&story=lesson&step=2').view).toEqual(present(view, 1));
	});

	it('walks through the events with present=events', () => {
		const { view: shown, notices } = storyUrl('present=events&step=2');
		const events = presentationOf(told, null)!;
		expect(notices).toEqual([]);
		expect(shown.presenting).toEqual({ story: null, step: 1 });
		expect(shown.month).toBe(events.steps[1]!.month);
		const params = new URLSearchParams();
		writeExplorerView(params, shown);
		expect(params.get('present')).toBe('events');
		expect(params.has('story')).toBe(false);
	});

	it.each<[string, number | null, RegExp]>([
		['story=lesson&step=9', 2, /"9" is not a step of "A lesson" \(1 to 3\): showing step 3/],
		['story=lesson&step=0', 0, /"0" is not a step .*showing step 1/],
		['story=lesson&step=two', 0, /"two" is not a step/],
		['story=lessen&step=2', null, /No story "lessen" in this dataset/]
	])('%s: presents step %s, with a notice', (query, step, notice) => {
		const { view: shown, notices } = storyUrl(query);
		expect(shown.presenting?.step ?? null).toBe(step);
		expect(notices).toEqual([expect.stringMatching(notice)]);
	});

	it('opens the first step when the URL names none, and leaves present mode in another dataset', () => {
		const shown = storyUrl('story=lesson').view;
		expect(shown.presenting).toEqual({ story: 'lesson', step: 0 });
		expect(explorerViewInDataset(shown, told, months, '1926-01').presenting).toBeNull();
	});
});
