import type { Browser } from '@playwright/test';
import { graphModelOf } from '../src/lib/graph/elements';
import { layoutPair } from '../src/lib/graph/shared-layout';
import { compareMoments } from '../src/lib/model/compare';
import type { Dataset } from '../src/lib/model/schema';
import { snapshotAt } from '../src/lib/model/snapshot';
import { ms, quantile } from './bench-figures';
import { dropSynthetic, syntheticFile } from './bench-drop';
import { waitUntilQuiet } from './bench-long-tasks';

/** The compare view's work for a pair of dates: the dated difference, and one shared layout. */
export function benchComparison(name: string, dataset: Dataset, pairs: [string, string][]) {
	const order = dataset.factions.map((f) => f.id);
	const model = (month: string) => graphModelOf(snapshotAt(dataset, month), dataset.factions);
	const differences: number[] = [];
	const layouts: number[] = [];
	for (const [a, b] of pairs) {
		let started = performance.now();
		compareMoments(dataset, a, b);
		differences.push(performance.now() - started);
		started = performance.now();
		layoutPair(model(a), model(b), order);
		layouts.push(performance.now() - started);
	}
	console.log(
		`compare view, ${name}, ${pairs.length} pairs: dated difference median ${ms(quantile(differences, 0.5))}, longest ${ms(Math.max(...differences))}; shared layout median ${ms(quantile(layouts, 0.5))}, longest ${ms(Math.max(...layouts))}`
	);
}

type Watched = { __openTasks: { start: number; duration: number }[] };

/** What opening the compare view on one pair of dates cost (see `compareOpenings`). */
export interface CompareOpening {
	a: string;
	b: string;
	/** When both panels were on the page (ms from the navigation). */
	drawn: number;
	/** When the last task over 50 ms ended (ms from the navigation, 0 for none). */
	lastEnd: number;
	/** The main-thread tasks over 50 ms, in ms. */
	tasks: number[];
	/** The shared layout's `factions:layout` measures, in ms. */
	layout: number[];
	/** The app's User Timing measures over 50 ms, as "name duration". */
	measures: string[];
}

/**
 * The compare view opened on a dropped synthetic dataset of `people` (kept in the browser, as a
 * user's file is), for three pairs of dates: the main thread's tasks over 50 ms from the page's
 * start until both panels are drawn and the page is quiet, and when they were.
 */
export async function compareOpenings(
	browser: Browser,
	base: string,
	people = 2000
): Promise<CompareOpening[]> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	// Written before the clock starts: the file is the user's, not the page's work.
	const file = syntheticFile(people);
	await page.goto(`${base}/`);
	await page.getByRole('application', { name: /Faction graph/ }).waitFor();
	await dropSynthetic(page, people, file);
	// Watched from the page's first script: opening the page is what is measured.
	await page.addInitScript(() => {
		const w = window as unknown as Watched;
		w.__openTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__openTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	const openings: CompareOpening[] = [];
	for (const [a, b] of [
		['1902-01', '1907-01'],
		['1905-01', '1915-01'],
		['1910-01', '1919-01']
	] as const) {
		await page.goto(`${base}/compare?a=${a}&b=${b}`);
		// Both graphs, checked four times a second with a cheap query: a role locator walks the
		// whole page on every try, itself a long task on the page measured at 2,000 people.
		await page.waitForFunction(
			() =>
				document.querySelectorAll('[role="application"][aria-label^="Faction graph"]').length >= 2,
			undefined,
			{ polling: 250, timeout: 180_000 }
		);
		const drawn = await page.evaluate(() => performance.now());
		await waitUntilQuiet(page, '__openTasks');
		const figures = await page.evaluate(() => ({
			tasks: (window as unknown as Watched).__openTasks.map((t) => t.duration),
			lastEnd: Math.max(
				0,
				...(window as unknown as Watched).__openTasks.map((t) => t.start + t.duration)
			),
			layout: performance.getEntriesByName('factions:layout').map((e) => e.duration),
			measures: performance
				.getEntriesByType('measure')
				.filter((e) => e.duration > 50)
				.map((e) => `${e.name} ${e.duration.toFixed(0)} ms`)
		}));
		openings.push({ a, b, drawn, ...figures });
	}
	await context.close();
	return openings;
}

/** `compareOpenings`, printed. */
export async function benchCompareInBrowser(browser: Browser, base: string, people = 2000) {
	for (const { a, b, drawn, lastEnd, layout, tasks, measures } of await compareOpenings(
		browser,
		base,
		people
	))
		console.log(
			`/compare?a=${a}&b=${b} with ${people} people: both panels showing after ${ms(drawn)}, the last long task over at ${ms(lastEnd)}; shared layout (factions:layout) ${layout.map(ms).join(', ') || 'not measured'}; ${tasks.length} main-thread tasks over 50 ms while opening, longest ${tasks.length ? ms(Math.max(...tasks)) : 'none'} (target: none over 50 ms); tasks ${tasks.map((t) => t.toFixed(0)).join(', ')}; measures over 50 ms: ${measures.join(', ') || 'none'}`
		);
}
