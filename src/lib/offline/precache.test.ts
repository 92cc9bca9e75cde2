import { describe, expect, it } from 'vitest';
import { precachedAddress, precacheList } from './precache';

describe('precacheList', () => {
	it('keeps the build, the app’s static files and the prerendered pages, each once', () => {
		expect(
			precacheList(
				['/_app/immutable/entry/start.js', '/_app/version.json'],
				['/favicon.svg', '/examples/cultural-revolution.json', '/readme/explorer-1926-10.png'],
				['/', '/compare', '/layouts/builtin.json', '/favicon.svg']
			)
		).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/version.json',
			'/favicon.svg',
			'/examples/cultural-revolution.json',
			'/',
			'/compare',
			'/layouts/builtin.json'
		]);
	});
});

describe('precachedAddress', () => {
	const origin = 'https://factions.example';
	const stored = new Set(['/', '/compare', '/layouts/builtin.json']);
	const at = (path: string) => new URL(path, origin);

	it.each([
		['/?at=1926-10&focus=stalin', true, '/'],
		['/compare?a=1923-04&b=1928-04', true, '/compare'],
		['/layouts/builtin.json', false, '/layouts/builtin.json'],
		['/layouts/builtin.json?v=2', false, null],
		['/unknown', true, null]
	])('%s (a page: %s) is answered by %s', (path, isPage, expected) => {
		expect(precachedAddress(at(path), origin, isPage, stored)).toBe(expected);
	});

	it('leaves another site’s data to the network', () => {
		expect(precachedAddress(new URL('https://data.example.org/'), origin, true, stored)).toBe(null);
	});
});
