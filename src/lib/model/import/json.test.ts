import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixtureText } from '../../../../tests/unit/fixtures';
import { importJson, importJsonFiles, MAX_JSON_DEPTH } from './json';

const example = readFileSync(
	new URL('../../../../static/examples/cultural-revolution.json', import.meta.url),
	'utf8'
);

describe('importJson', () => {
	it('reads the example dataset', () => {
		const result = importJson(example, 'cultural-revolution.json');
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dataset.people).toHaveLength(13);
	});

	it.each([
		['empty.json', /^empty\.json$/, /the file is empty/],
		[
			'truncated.json',
			/^truncated\.json$/,
			/not valid JSON at line 5, column 1 \(the file ends too soon/
		],
		[
			'missing-comma.json',
			/^missing-comma\.json$/,
			/not valid JSON at line 3, column 2: Expected ',' or '}'/
		],
		['top-level-list.json', /^top-level-list\.json$/, /expected a JSON object .* holds a list/],
		[
			'deeply-nested.json',
			/^deeply-nested\.json$/,
			new RegExp(`nested more than ${MAX_JSON_DEPTH} levels`)
		]
	])('explains what is wrong with %s', (name, path, message) => {
		const result = importJson(readFixtureText(`import/${name}`), name);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0]!.path).toMatch(path);
		expect(result.issues[0]!.message).toMatch(message);
	});

	it('lists every schema and integrity problem with the file and path', () => {
		const data = JSON.parse(example);
		data.people[0].terms[0].from = '1966-13';
		data.alliances[0].members[1].person = 'kang-shen';
		data.meta.title = '';
		const result = importJson(JSON.stringify(data), 'mine.json');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const paths = result.issues.map((issue) => issue.path);
		expect(paths).toContain('mine.json: people[0].terms[0].from');
		expect(paths).toContain('mine.json: meta.title');
	});

	it('suggests the id meant when one is one letter off', () => {
		const data = JSON.parse(example);
		data.alliances[0].members[1].person = 'kang-shen';
		const result = importJson(JSON.stringify(data), 'mine.json');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toContainEqual({
			path: 'mine.json: alliances[0].members[1].person',
			message: 'unknown person "kang-shen" — did you mean "kang-sheng"?'
		});
	});
});

describe('importJsonFiles', () => {
	it('joins a dataset kept in parts, like graph-data/', () => {
		const data = JSON.parse(example);
		const { people, alignments, ...rest } = data;
		const result = importJsonFiles([
			{ name: 'meta.json', text: JSON.stringify(rest) },
			{ name: 'people.json', text: JSON.stringify({ people, alignments }) }
		]);
		expect(result.ok).toBe(true);
	});

	it('names the part a problem is in', () => {
		const data = JSON.parse(example);
		const { people, alignments, ...rest } = data;
		people[2].born = 'yesterday';
		const result = importJsonFiles([
			{ name: 'meta.json', text: JSON.stringify(rest) },
			{ name: 'people.json', text: JSON.stringify({ people, alignments }) }
		]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0]!.path).toBe('people.json: people[2].born');
	});
});
