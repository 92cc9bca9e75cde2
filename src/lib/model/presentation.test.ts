import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import {
	eventsPresentation,
	presentationOf,
	presentCommandOf,
	stepAfter,
	type PresentCommand
} from './presentation';
import type { Dataset } from './schema';

// The edge-case fixture: 1925-01 to 1927-12, people alice, bob, carol, dan, a few events.
const edgeCases = readDatasetFixture('edge-cases.json');
const cited = { sources: ['made-up'], confidence: 'high' as const };
const told: Dataset = {
	...edgeCases,
	stories: [
		{
			id: 'lesson',
			title: 'A lesson',
			description: 'Two steps.',
			steps: [
				{ at: '1925-03', caption: 'First.', ...cited },
				{ at: '1926-10-23', focus: 'carol', show: 'politburo', caption: 'Second.', ...cited }
			]
		}
	]
};

describe('presentationOf', () => {
	it("gives a story's steps with their month, selection and filter", () => {
		expect(presentationOf(told, 'lesson')).toEqual({
			story: 'lesson',
			title: 'A lesson',
			steps: [
				{
					at: '1925-03',
					month: '1925-03',
					focus: null,
					show: 'everyone',
					heading: null,
					caption: 'First.',
					sources: ['made-up']
				},
				{
					at: '1926-10-23',
					month: '1926-10',
					focus: 'carol',
					show: 'politburo',
					heading: null,
					caption: 'Second.',
					sources: ['made-up']
				}
			]
		});
	});

	it('gives nothing for a story the dataset lacks, or events it lacks', () => {
		expect(presentationOf(told, 'other')).toBeUndefined();
		expect(presentationOf(edgeCases, 'lesson')).toBeUndefined();
		expect(presentationOf({ ...edgeCases, events: [] }, null)).toBeUndefined();
	});

	it('walks through the events in date order, keeping the order of one day', () => {
		const shuffled: Dataset = { ...edgeCases, events: [...edgeCases.events].reverse() };
		const steps = eventsPresentation(shuffled).steps;
		expect(steps).toHaveLength(edgeCases.events.length);
		const dates = steps.map((s) => s.at);
		expect(dates).toEqual([...dates].sort());
		expect(steps[0]).toMatchObject({ focus: null, show: 'everyone' });
		const first = shuffled.events.find((e) => e.date === steps[0]!.at)!;
		expect(steps[0]!.heading).toBe(first.title);
		expect(steps[0]!.caption).toBe(first.description ?? first.title);
		expect(steps[0]!.sources).toEqual(first.sources);
	});
});

describe('the keys of present mode', () => {
	it.each<[string, PresentCommand | null]>([
		['ArrowRight', 'next'],
		[' ', 'next'],
		['PageDown', 'next'],
		['ArrowLeft', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['Escape', 'leave'],
		['Enter', null],
		['a', null],
		['toString', null]
	])('%j is %s', (key, command) => {
		expect(presentCommandOf(key)).toBe(command);
	});
});

describe('stepAfter', () => {
	it.each<[number, Exclude<PresentCommand, 'leave'>, number, number]>([
		[0, 'next', 5, 1],
		[4, 'next', 5, 4],
		[3, 'previous', 5, 2],
		[0, 'previous', 5, 0],
		[3, 'first', 5, 0],
		[1, 'last', 5, 4],
		[0, 'next', 1, 0],
		[0, 'last', 1, 0]
	])('from step %i, %s of %i steps is step %i', (index, command, count, expected) => {
		expect(stepAfter(index, command, count)).toBe(expected);
	});
});
