import { describe, expect, it } from 'vitest';
import { budgetReport, initialScripts, type PageScripts } from '../../scripts/script-budget';

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
