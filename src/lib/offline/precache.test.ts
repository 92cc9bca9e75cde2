import { describe, expect, it } from 'vitest';
import { precachedAddress, precacheList } from './precache';

describe('precacheList', () => {
	it('keeps the build, the app’s static files and the prerendered pages but months and previews, each once', () => {
		expect(
			precacheList(
				['/_app/immutable/entry/start.js', '/_app/version.json'],
				['/favicon.svg', '/examples/cultural-revolution.json', '/readme/explorer-1926-10.png'],
				[
					'/',
					'/compare',
					'/1926-10',
					'/1926-10/__data.json',
					'/previews/1926-10.png',
					'/layouts/builtin.json',
					'/favicon.svg'
				]
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
		['/unknown', true, null],
		['/1926-10/__data.json', false, null]
	])('%s (a page: %s) is answered by %s', (path, isPage, expected) => {
		expect(precachedAddress(at(path), origin, isPage, stored)?.address ?? null).toBe(expected);
		expect(precachedAddress(at(path), origin, isPage, stored)?.networkFirst ?? false).toBe(false);
	});

	it("answers a month's page from the network, else with the explorer's page", () => {
		expect(precachedAddress(at('/1926-10?focus=stalin'), origin, true, stored)).toEqual({
			address: '/',
			networkFirst: true
		});
		expect(
			precachedAddress(at('/base/1926-10'), origin, true, new Set(['/base/']), '/base/')
		).toEqual({ address: '/base/', networkFirst: true });
	});

	it('leaves another site’s data to the network', () => {
		expect(precachedAddress(new URL('https://data.example.org/'), origin, true, stored)).toBe(null);
	});
});
