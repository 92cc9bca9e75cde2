import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/unit/fixtures';
import { importJson } from './import/json';
import { validateDatasetParts } from './parts';
import { countSentences } from './story';
import { validateDataset, type DatasetIssue } from './validate';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The edge-case fixture (1925-01 to 1927-12; alice, bob, carol, dan) with a two-step story. */
function withStory(): Mutable {
	const data = structuredClone(readFixture('edge-cases.json')) as Mutable;
	data.stories = [
		{
			id: 'lesson',
			title: 'A lesson',
			description: 'Two steps through the fixture.',
			steps: [
				{
					at: '1925-03',
					caption: 'Alice and Bob rule together.',
					sources: ['made-up'],
					confidence: 'high'
				},
				{
					at: '1926-10-23',
					focus: 'carol',
					show: 'politburo',
					caption: 'Carol joins the bloc. Bob leaves it.',
					sources: ['made-up'],
					confidence: 'medium'
				}
			]
		}
	];
	return data;
}

function issuesOf(data: unknown): DatasetIssue[] {
	const result = validateDataset(data);
	return result.ok ? [] : result.issues;
}

describe('stories in a dataset', () => {
	it('accepts a dataset with a story, and one without any', () => {
		const result = validateDataset(withStory());
		expect(result.ok && result.dataset.stories?.[0]?.steps[1]?.focus).toBe('carol');
		const without = withStory();
		delete without.stories;
		expect(issuesOf(without)).toEqual([]);
	});

	it.each<[string, (d: Mutable) => void, string, RegExp]>([
		[
			'an unknown person in focus',
			(d) => (d.stories[0].steps[1].focus = 'carrol'),
			'stories[0].steps[1].focus',
			/unknown person "carrol" — did you mean "carol"/
		],
		[
			'a date before the range',
			(d) => (d.stories[0].steps[0].at = '1924-12'),
			'stories[0].steps[0].at',
			/"1924-12" is outside the dataset's range 1925-01 to 1927-12/
		],
		[
			'a date after the range',
			(d) => (d.stories[0].steps[1].at = '1928-01-01'),
			'stories[0].steps[1].at',
			/outside the dataset's range/
		],
		[
			'a caption without a source',
			(d) => (d.stories[0].steps[1].sources = []),
			'stories[0].steps[1].sources',
			/a caption is a historical statement: cite at least one source/
		],
		[
			'a caption with no source list',
			(d) => delete d.stories[0].steps[0].sources,
			'stories[0].steps[0].sources',
			/expected array/
		],
		[
			'an unknown source',
			(d) => (d.stories[0].steps[0].sources = ['made-upp']),
			'stories[0].steps[0].sources[0]',
			/unknown source "made-upp" — did you mean "made-up"/
		],
		[
			'a caption of four sentences',
			(d) => (d.stories[0].steps[0].caption = 'One. Two. Three. Four.'),
			'stories[0].steps[0].caption',
			/has 4 sentences: a caption has one to 3/
		],
		[
			'an empty caption',
			(d) => (d.stories[0].steps[0].caption = ''),
			'stories[0].steps[0].caption',
			/too small|>=1/i
		],
		[
			'an unknown Show filter',
			(d) => (d.stories[0].steps[0].show = 'leaders'),
			'stories[0].steps[0].show',
			/everyone|politburo/
		],
		[
			'a duplicate story id',
			(d) => d.stories.push(structuredClone(d.stories[0])),
			'stories[1].id',
			/duplicate id "lesson" \(first used at stories\[0\]\)/
		],
		['a story without steps', (d) => (d.stories[0].steps = []), 'stories[0].steps', /too small/i],
		[
			'an unknown field in a step',
			(d) => (d.stories[0].steps[0].date = '1925-03'),
			'stories[0].steps[0]',
			/date/
		]
	])('rejects %s at %s', (_, mutate, path, message) => {
		const data = withStory();
		mutate(data);
		expect(issuesOf(data)).toContainEqual({ path, message: expect.stringMatching(message) });
	});

	it('names the file of a story kept in a file of its own', () => {
		const data = withStory();
		const { stories, meta, ...rest } = data;
		stories[0].steps[1].focus = 'nobody';
		const result = validateDatasetParts([
			{ file: 'meta.json', content: { meta } },
			{ file: 'rest.json', content: rest },
			{ file: 'stories.json', content: { stories } }
		]);
		expect(result.ok ? [] : result.issues).toEqual([
			{ path: 'stories.json: stories[0].steps[1].focus', message: 'unknown person "nobody"' }
		]);
	});

	it('keeps the stories of an imported JSON file', () => {
		const result = importJson(JSON.stringify(withStory()), 'mine.json');
		expect(result.ok && result.dataset.stories?.map((s) => s.steps.length)).toEqual([2]);
	});

	it('leaves out stories when no part has any', () => {
		const data = withStory();
		delete data.stories;
		const result = validateDatasetParts([{ file: 'all.json', content: data }]);
		expect(result.ok && 'stories' in result.dataset).toBe(false);
	});
});

describe('countSentences', () => {
	it.each<[string, number]>([
		['', 0],
		['   ', 0],
		['Stalin wins.', 1],
		['Stalin wins', 1],
		['Stalin wins. Trotsky loses.', 2],
		['Stalin wins! Does Trotsky lose? He does.', 3],
		['N. I. Bukharin and L. D. Trotsky meet.', 1],
		['The plenum of 23 October 1926 removes him. He is out.', 2],
		['He writes "Lessons of October." Zinoviev answers.', 2],
		['In 1927 (the tenth year.) They meet.', 2],
		['The Congress, c. 1925, votes. 1926 follows.', 2],
		['Trotsky, e.g. the War Commissar, resigns.', 1],
		['One. Two. Three. Four.', 4],
		['“Socialism in One Country.” Stalin said it first.', 2]
	])('%j has %i sentences', (text, expected) => {
		expect(countSentences(text)).toBe(expected);
	});
});
