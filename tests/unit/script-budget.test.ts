import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	budgetReport,
	initialScripts,
	scriptBudget,
	type PageScripts
} from '../../scripts/script-budget';

describe('the script budget', () => {
	it("finds a page's scripts: its preloads, its start-up imports and its script elements", () => {
		const html =
			'<link rel="icon" href="./favicon.svg" />' +
			'<link href="./_app/immutable/entry/start.js" rel="modulepreload">' +
			'<link rel="modulepreload" href="./_app/immutable/chunks/a.js">' +
			'<link href="./_app/immutable/assets/0.css" rel="stylesheet">' +
			'<script>Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")])</script>' +
			'<script type="module" src="/extra.js"></script>';
		expect(initialScripts(html)).toEqual([
			'./_app/immutable/entry/start.js',
			'./_app/immutable/chunks/a.js',
			'./_app/immutable/entry/app.js',
			'/extra.js'
		]);
	});

	it('fails the pages over the budget and names what their chunks hold', () => {
		const page = (name: string, sizes: number[]): PageScripts => ({
			page: name,
			chunks: sizes.map((gzip, i) => ({ file: `chunk-${i}.js`, gzip })),
			gzip: sizes.reduce((a, b) => a + b, 0)
		});
		const report = budgetReport(
			[
				page('index.html', [40_000, 30_000]),
				page('1926-10.html', [40_000]),
				page('1926-11.html', [40_000])
			],
			{ 'chunk-1.js': [{ module: 'cytoscape', bytes: 400_000 }] },
			60 * 1024
		);
		expect(report.over).toEqual(['index.html']);
		expect(report.text).toContain('index.html: 68.4 KB  OVER BUDGET');
		expect(report.text).toContain('1926-10.html (and 1 more alike): 39.1 KB');
		expect(report.text).toContain('chunk-1.js 29.3 KB: cytoscape 390.6 KB');
	});
});

describe('the script budget, as a build runs it', () => {
	let root: string;
	afterEach(() => {
		rmSync(root, { recursive: true, force: true });
		vi.restoreAllMocks();
	});

	/**
	 * A site in a new directory whose page loads `bytes` of scripts that do not compress, built
	 * as Vite builds it: the client with a plugin of its own (minified or not), then the server
	 * with another, which is never minified and ends the build. Returns the server's end.
	 */
	function built(bytes: number, { minified = true, pages = true } = {}) {
		root = mkdtempSync(join(tmpdir(), 'factions-budget-'));
		mkdirSync(join(root, '.svelte-kit'));
		if (pages) {
			mkdirSync(join(root, 'build/_app/immutable/chunks'), { recursive: true });
			writeFileSync(join(root, 'build/_app/immutable/chunks/a.js'), randomBytes(bytes));
			writeFileSync(
				join(root, 'build/index.html'),
				'<link rel="modulepreload" href="./_app/immutable/chunks/a.js">'
			);
		}
		type Hooks = {
			configResolved(config: unknown): void;
			generateBundle(this: unknown, options: unknown, bundle: unknown): void;
			closeBundle: { handler(this: unknown): void };
		};
		const client = scriptBudget('build', 10_000) as unknown as Hooks;
		client.configResolved({ root, build: { minify: minified ? 'oxc' : false } });
		client.generateBundle.call({ environment: { name: 'client' } }, {}, {});
		const server = scriptBudget('build', 10_000) as unknown as Hooks;
		server.configResolved({ root, build: { minify: false, ssr: true } });
		return () =>
			server.closeBundle.handler.call({
				environment: { name: 'ssr' },
				error(message: string) {
					throw new Error(message);
				}
			});
	}

	it('fails the build past the budget, and passes it within', () => {
		vi.spyOn(console, 'log').mockImplementation(() => {});
		expect(built(12_000)).toThrow(/budget of 9\.8 KB is exceeded on index\.html/);
		rmSync(root, { recursive: true, force: true });
		expect(built(8_000)).not.toThrow();
		expect(console.log).toHaveBeenCalledWith(expect.stringContaining('index.html: 7.8 KB'));
	});

	it('leaves an unminified build (for profiling) unchecked, and fails one with no pages', () => {
		expect(built(12_000, { minified: false })).not.toThrow();
		rmSync(root, { recursive: true, force: true });
		expect(built(0, { pages: false })).toThrow(/cannot be checked: no site was written to build/);
	});
});
