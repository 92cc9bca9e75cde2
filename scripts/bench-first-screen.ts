import type { Browser } from '@playwright/test';
import { ms } from './bench-figures';
import { measurePages, SCRIPT_BUDGET_BYTES } from './script-budget';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The first screen of each kind of page: the scripts it loads before its first paint (gzipped,
 * from the built site), then, in Chromium with the CPU at full speed and slowed 4× (a school
 * laptop or a mid-range phone), when the first paint comes and when the interactive graph is
 * drawn.
 */
export async function benchFirstScreenInBrowser(
	browser: Browser,
	base: string,
	paths = ['/', '/1926-10', '/compare']
) {
	const pages = measurePages('build');
	const sizeOf = (file: string) => pages.find((p) => p.page === file)?.gzip ?? NaN;
	console.log(
		`scripts before the first paint (gzip): / ${kb(sizeOf('index.html'))}, /1926-10 ${kb(sizeOf('1926-10.html'))}, /compare ${kb(sizeOf('compare.html'))}; largest page ${kb(Math.max(...pages.map((p) => p.gzip)))} (budget ${kb(SCRIPT_BUDGET_BYTES)})`
	);
	for (const path of paths) {
		const figures: string[] = [];
		for (const rate of [1, 4]) {
			const context = await browser.newContext({
				viewport: { width: 1400, height: 900 },
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			await page.goto(`${base}${path}`);
			await page
				.getByRole('application', { name: /Faction graph/ })
				.first()
				.waitFor({ timeout: 60_000 });
			const { paint, graph, picture } = await page.evaluate(() => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
				graph: performance.now(),
				picture: document.querySelector('svg[role="img"]') !== null
			}));
			figures.push(
				`CPU ${rate}×: first paint ${ms(paint)}${picture ? ' (the picture)' : ''}, graph ready ${ms(graph)}`
			);
			await context.close();
		}
		console.log(`${path}: ${figures.join('; ')}`);
	}
}
