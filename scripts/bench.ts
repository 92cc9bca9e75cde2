/**
 * Prints the figures behind the explorer's speed and stability targets:
 * - the time to lay out a whole month sequence (the flip-book), for the built-in dataset and for
 *   synthetic datasets of 100, 500 and 2,000 people over 240 months;
 * - stability: mean displacement of people present in two consecutive months over the layout's
 *   bounding-box diagonal, for the flip-book and for a cold re-layout of each month;
 * - the time to import a dataset file (parse and validate), for 500 and 2,000 people;
 * - the main-thread cost of one slider step (snapshot, graph model, cytoscape update) in Node;
 * - with Chromium present, the same step measured in the real app (`factions:step` User Timing)
 *   and the longest main-thread task during playback, and a 4K PNG exported from the app;
 * - exports on the command line's path: a 4K PNG, and every year 1917–1938 as SVG and as PNG,
 *   with file sizes.
 * Run: npm run bench [-- --quick] (quick: skips the browser and the slow cold layouts),
 * or npm run bench -- --export (the export figures only).
 */
import { spawn, execSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readDataset } from '../src/cli/load';
import { rasterizeWithResvg } from '../src/cli/rasterize';
import { filesAt, type DateExporter } from '../src/lib/export/files';
import { DEFAULT_IMAGE_CHOICES, IMAGE_PRESETS } from '../src/lib/export/image';
import { seriesMonths } from '../src/lib/export/series';
import { displacement, type Positions } from '../src/lib/graph/arrange';
import { graphModelOf, layoutSignature } from '../src/lib/graph/elements';
import {
	computeFlipbook,
	DEFAULT_LAYOUT,
	layoutMonth,
	type Flipbook
} from '../src/lib/graph/flipbook';
import { layoutPair } from '../src/lib/graph/shared-layout';
import { GraphView } from '../src/lib/graph/view';
import type { Dataset } from '../src/lib/model/schema';
import { compareMoments } from '../src/lib/model/compare';
import { snapshotAt } from '../src/lib/model/snapshot';
import { importJson } from '../src/lib/model/import/json';
import { monthsBetween } from '../src/lib/model/time';
import { benchScale } from './bench-scale';
import { syntheticDataset } from './synthetic';

const quick = process.argv.includes('--quick');
const exportOnly = process.argv.includes('--export');

function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);

/** Mean displacement over the steps where what is drawn changed. */
function stabilityOf(dataset: Dataset, positions: Record<string, Positions>, months: string[]) {
	const values: number[] = [];
	let previousSignature = '';
	months.forEach((month, i) => {
		const signature = layoutSignature(graphModelOf(snapshotAt(dataset, month), dataset.factions));
		if (i > 0 && signature !== previousSignature) {
			const value = displacement(positions[months[i - 1]!]!, positions[month]!);
			if (value !== null) values.push(value);
		}
		previousSignature = signature;
	});
	return { mean: mean(values), steps: values.length };
}

/** Each changed month laid out from a random start, as a layout with no memory would. */
function coldLayouts(dataset: Dataset, flipbook: Flipbook, limit: number) {
	const order = dataset.factions.map((f) => f.id);
	const positions: Record<string, Positions> = {};
	const months: string[] = [];
	let previousSignature = '';
	let laidOut = 0;
	const started = performance.now();
	for (const month of flipbook.months) {
		const model = graphModelOf(snapshotAt(dataset, month), dataset.factions);
		const signature = layoutSignature(model);
		if (signature !== previousSignature && model.people.length > 0) {
			if (laidOut >= limit) break;
			positions[month] = layoutMonth(
				model,
				{},
				order,
				{ ...DEFAULT_LAYOUT, seed: laidOut + 1 },
				true
			);
			laidOut++;
		} else {
			positions[month] = positions[months[months.length - 1] ?? ''] ?? {};
		}
		months.push(month);
		previousSignature = signature;
	}
	return { positions, months, laidOut, ms: performance.now() - started };
}

function stepCost(dataset: Dataset, flipbook: Flipbook, steps: number) {
	const view = new GraphView({ container: null, onselect: () => {} });
	const times: number[] = [];
	const months = flipbook.months.slice(0, steps + 1);
	months.forEach((month) => {
		const started = performance.now();
		const model = graphModelOf(snapshotAt(dataset, month), dataset.factions);
		view.show(model, flipbook.positions[month]!, true);
		times.push(performance.now() - started);
	});
	view.destroy();
	return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

function benchDataset(name: string, dataset: Dataset, coldLimit: number) {
	const started = performance.now();
	const flipbook = computeFlipbook(dataset);
	const layoutMs = performance.now() - started;
	const changed = stabilityOf(dataset, flipbook.positions, flipbook.months);
	const largest = Math.max(...Object.values(flipbook.positions).map((p) => Object.keys(p).length));
	console.log(
		`\n## ${name}: ${dataset.people.length} people, ${flipbook.months.length} months (largest month ${largest} people)`
	);
	console.log(
		`flip-book (${flipbook.strategy}): ${ms(layoutMs)} for the whole sequence, ${ms(layoutMs / flipbook.months.length)} a month`
	);
	const step = stepCost(dataset, flipbook, Math.min(120, flipbook.months.length - 1));
	console.log(
		`slider step in Node (snapshot + graph model + cytoscape update, no painting): median ${ms(step.median)}, p95 ${ms(step.p95)}`
	);
	console.log(
		`stability, flip-book: mean displacement ${changed.mean.toFixed(4)} of the diagonal over ${changed.steps} changed steps`
	);
	if (coldLimit > 0) {
		const cold = coldLayouts(dataset, flipbook, coldLimit);
		const coldStability = stabilityOf(dataset, cold.positions, cold.months);
		const warm = stabilityOf(dataset, flipbook.positions, cold.months);
		console.log(
			`stability, cold re-layout of each month: ${coldStability.mean.toFixed(4)} over ${coldStability.steps} changed steps ` +
				`(${cold.laidOut} layouts, ${ms(cold.ms / Math.max(1, cold.laidOut))} each); flip-book over the same steps: ${warm.mean.toFixed(4)} ` +
				`→ ratio ${(warm.mean / coldStability.mean).toFixed(2)} (target ≤ 0.25)`
		);
	} else {
		console.log(
			'stability, cold re-layout: not measured at this size (one cose-bilkent layout of 2,000 people takes about two minutes)'
		);
	}
}

/** Parsing and validating a dataset file, as the page does when a user opens one. */
function benchImport(people: number) {
	const text = JSON.stringify(syntheticDataset(people));
	const times: number[] = [];
	for (let run = 0; run < 7; run++) {
		const started = performance.now();
		const result = importJson(text, 'synthetic.json');
		times.push(performance.now() - started);
		if (!result.ok) throw new Error(`the synthetic dataset of ${people} people is not valid`);
	}
	console.log(
		`import of ${people} people (${(text.length / 1024).toFixed(0)} KB of JSON, parse + validate): first ${ms(times[0]!)}, median ${ms(quantile(times, 0.5))}`
	);
}

/** The compare view's work for a pair of dates: the dated difference, and one shared layout. */
function benchComparison(name: string, dataset: Dataset, pairs: [string, string][]) {
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sizeOf = (data: string | Uint8Array) =>
	typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;

/** Export times and sizes on the command line's path (flip-book, SVG writer, resvg). */
async function benchExport(dataset: Dataset) {
	console.log('\n## Export (command line path: headless flip-book, SVG writer, resvg)');
	let started = performance.now();
	const flipbook = computeFlipbook(dataset);
	console.log(`flip-book for the positions: ${ms(performance.now() - started)}`);
	const exporterAt = (size: { width: number; height: number }): DateExporter => ({
		dataset,
		filter: 'everyone',
		positionsAt: (month) => flipbook.positions[month] ?? {},
		image: { ...DEFAULT_IMAGE_CHOICES, ...size },
		rasterize: rasterizeWithResvg
	});
	const fourK = exporterAt(IMAGE_PRESETS['4k']);
	const times: number[] = [];
	let fourKBytes = 0;
	for (let i = 0; i < 3; i++) {
		started = performance.now();
		const [file] = await filesAt(fourK, '1926-10', 'png');
		times.push(performance.now() - started);
		fourKBytes = sizeOf(file!.data);
	}
	console.log(
		`one 4K PNG (3840 × 2160, October 1926): median ${ms(quantile(times, 0.5))} of 3, ${kb(fourKBytes)}`
	);
	const years = seriesMonths(flipbook.months, dataset.events, '1917-06', '1938-06', 'year');
	for (const [format, size] of [
		['svg', IMAGE_PRESETS.slide],
		['png', IMAGE_PRESETS.slide],
		['png', IMAGE_PRESETS['4k']]
	] as const) {
		const exporter = exporterAt(size);
		let bytes = 0;
		started = performance.now();
		for (const month of years)
			for (const file of await filesAt(exporter, month, format)) bytes += sizeOf(file.data);
		const took = performance.now() - started;
		console.log(
			`every year 1917–1938 (${years.length} files) as ${format.toUpperCase()} ${size.width} × ${size.height}: ${ms(took)} (${ms(took / years.length)} a file), ${kb(bytes)} in all, ${kb(bytes / years.length)} a file`
		);
	}
}

/** Main-thread tasks over 50 ms the page has seen since `since` (page time), in ms. */
function longTasksSince(page: Page, since: number) {
	return page.evaluate(
		(since) =>
			(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
				.filter((task) => task.start >= since)
				.map((task) => task.duration),
		since
	);
}

const longest = (tasks: number[]) =>
	`${tasks.length} main-thread tasks over 50 ms, longest ${tasks.length ? ms(Math.max(...tasks)) : 'none'}`;

/**
 * A synthetic dataset dropped on the page as a user would: the main thread while it is read and
 * laid out in the worker, and while it plays from its fullest years at the fastest speed.
 */
async function benchImportedInBrowser(page: Page, url: string, people: number) {
	const text = JSON.stringify(syntheticDataset(people, 240));
	await page.goto(url);
	await page.getByRole('img', { name: /Faction graph/ }).waitFor();
	await page.evaluate(() => {
		const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask' });
	});
	const dropped = await page.evaluate(() => performance.now());
	const transfer = await page.evaluateHandle(
		({ name, text }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name));
			return data;
		},
		{ name: `synthetic-${people}.json`, text }
	);
	await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
	await page.getByText(`Synthetic: ${people} people`).first().waitFor();
	await page.getByRole('img', { name: /Faction graph/ }).waitFor({ timeout: 120_000 });
	const shownAfter = (await page.evaluate(() => performance.now())) - dropped;
	console.log(
		`${people} people dropped on the page: drawn after ${ms(shownAfter)} (read, validated, laid out in the worker); ${longest(await longTasksSince(page, dropped))} (target: none over 200 ms)`
	);
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
	const speed = page.getByLabel('Speed');
	const options = await speed
		.locator('option')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	await speed.selectOption(options[options.length - 1]!);
	const playFrom = await page.evaluate(() => performance.now());
	await page.getByRole('button', { name: 'Play' }).click();
	await page.waitForTimeout(5000);
	await page.getByRole('button', { name: 'Pause' }).click();
	const reached = await slider.getAttribute('aria-valuetext');
	console.log(
		`${people} people, playback for 5 s at the fastest speed from their fullest years (to ${reached}): ${longest(await longTasksSince(page, playFrom))} (target: none over 200 ms)`
	);
	await page.getByRole('button', { name: 'Back to the built-in data' }).click();
}

async function benchBrowser() {
	const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(chromium)) {
		console.log(
			'\n## In the browser: skipped (no Chromium at /usr/bin/chromium; set CHROMIUM_PATH)'
		);
		return;
	}
	console.log('\n## In the browser (built app, Chromium headless)');
	execSync('npx vite build', { stdio: 'ignore' });
	const server = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', '4179', '--strictPort'],
		{
			stdio: 'ignore',
			detached: true
		}
	);
	try {
		const { chromium: browserType } = await import('@playwright/test');
		const browser = await browserType.launch({
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-dev-shm-usage'
			]
		});
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		for (let tries = 0; ; tries++) {
			try {
				await page.goto('http://127.0.0.1:4179/?at=1923-01');
				break;
			} catch (error) {
				if (tries > 40) throw error;
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
		}
		await page.getByRole('img', { name: /Faction graph/ }).waitFor();
		const layout = await page.evaluate(
			() => performance.getEntriesByName('factions:layout')[0]?.duration ?? NaN
		);
		console.log(`loading the cached flip-book (factions:layout): ${ms(layout)}`);
		await page.getByRole('slider', { name: 'Date' }).focus();
		for (let i = 0; i < 100; i++) {
			await page.keyboard.press('ArrowRight');
			await page.waitForTimeout(30);
		}
		const steps = await page.evaluate(() =>
			performance.getEntriesByName('factions:step').map((e) => e.duration)
		);
		console.log(
			`slider step, main thread from input to the start of the animation (factions:step, ${steps.length} steps): median ${ms(quantile(steps, 0.5))}, p95 ${ms(quantile(steps, 0.95))} (target ≤ 16 ms)`
		);
		await page.evaluate(() => {
			const w = window as unknown as { __longTasks: number[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
			}).observe({ type: 'longtask' });
		});
		await page.goto('http://127.0.0.1:4179/?at=1917-10');
		await page.evaluate(() => {
			const w = window as unknown as { __longTasks: number[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
			}).observe({ type: 'longtask' });
		});
		const speed = page.getByLabel('Speed');
		const options = await speed
			.locator('option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		await speed.selectOption(options[options.length - 1]!);
		await page.getByRole('button', { name: 'Play' }).click();
		await page.waitForTimeout(10_000);
		await page.getByRole('button', { name: 'Pause' }).click();
		const longTasks = await page.evaluate(
			() => (window as unknown as { __longTasks: number[] }).__longTasks
		);
		const reached = await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext');
		console.log(
			`playback for 10 s at the fastest speed (to ${reached}): ${longTasks.length} main-thread tasks over 50 ms, longest ${longTasks.length ? ms(Math.max(...longTasks)) : 'none'} (target: none over 200 ms)`
		);
		await page.goto('http://127.0.0.1:4179/?at=1926-10');
		await page.getByRole('img', { name: /Faction graph/ }).waitFor();
		await page.getByRole('button', { name: 'Export…' }).click();
		await page.getByRole('radio', { name: /4K/ }).check();
		const exportStarted = performance.now();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download', exact: true }).click()
		]);
		await download.path();
		console.log(
			`4K PNG exported in the app (click to saved file, canvas): ${ms(performance.now() - exportStarted)}`
		);
		await benchImportedInBrowser(page, 'http://127.0.0.1:4179/', 500);
		await benchImportedInBrowser(page, 'http://127.0.0.1:4179/', 2000);
		await browser.close();
	} finally {
		if (server.pid) process.kill(-server.pid);
	}
}

const builtin = readDataset();
if (!builtin.ok)
	throw new Error('the built-in dataset is not valid: run npx tsx src/cli/validate.ts');
console.log('# Factions benchmark');
if (!exportOnly) {
	console.log('\n## Opening a dataset file');
	benchImport(500);
	benchImport(2000);
	benchDataset('built-in', builtin.dataset, Infinity);
	benchDataset('synthetic', syntheticDataset(100), quick ? 10 : 60);
	benchDataset('synthetic', syntheticDataset(500), quick ? 0 : 6);
	benchDataset('synthetic', syntheticDataset(2000), 0);
	console.log('\n## Comparing two dates');
	benchComparison('built-in', builtin.dataset, [
		['1924-06', '1929-06'],
		['1923-01', '1927-12'],
		['1926-10', '1928-10'],
		['1917-10', '1938-03'],
		['1930-06', '1934-06']
	]);
	for (const size of [100, 500, 2000]) {
		const synthetic = syntheticDataset(size);
		const months = monthsBetween(synthetic.meta.start, synthetic.meta.end);
		benchComparison(`synthetic ${size} people`, synthetic, [
			[months[24]!, months[84]!],
			[months[60]!, months[180]!],
			[months[120]!, months[230]!]
		]);
	}
	benchScale(builtin.dataset);
}
await benchExport(builtin.dataset);
if (!quick && !exportOnly) await benchBrowser();
