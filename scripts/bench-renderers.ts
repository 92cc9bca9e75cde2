import type { Browser } from '@playwright/test';
import { ms, quantile } from './bench-figures';
import { longTasksSince, waitUntilQuiet, watchLongTasks } from './bench-long-tasks';
import { keyTaskSpans, startTrace, stopTrace } from './bench-trace';
import { GRAPH_RENDERERS, type GraphRenderer } from '../src/lib/graph/renderer';
import { dropSynthetic } from './bench-drop';
import { selectFastestSpeed } from './bench-controls';

/** The main-thread tasks over 50 ms in a span: how many, and the longest (ms, 0 for none). */
interface LongTasks {
	count: number;
	longest: number;
}

const summary = (tasks: number[]): LongTasks => ({
	count: tasks.length,
	longest: tasks.length ? Math.max(...tasks) : 0
});

const shown = ({ count, longest }: LongTasks) =>
	count ? `${count} over 50 ms, longest ${ms(longest)}` : 'none over 50 ms';

/**
 * The longest main-thread tasks with one renderer at `people` synthetic people: from the drop to
 * the graph, 5 s of playback at the fastest speed from their fullest years, and 20 slider steps.
 */
async function longTasksWith(
	browser: Browser,
	base: string,
	renderer: GraphRenderer,
	people: number
) {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	try {
		await page.goto(`${base}/?renderer=${renderer}`);
		await page.getByRole('application', { name: /Faction graph/ }).waitFor();
		// The drop comes once the built-in page has finished loading, as in the scale benchmark.
		await watchLongTasks(page, true);
		await waitUntilQuiet(page);
		const now = () => page.evaluate(() => performance.now());
		const dropped = await now();
		await dropSynthetic(page, people);
		const opening = summary(await longTasksSince(page, dropped));
		const slider = page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
		await selectFastestSpeed(page);
		const playFrom = await now();
		await page.getByRole('button', { name: 'Play' }).click();
		// A benchmark of real time: it waits on the real clock, as a user watching would.
		await page.waitForTimeout(5000);
		await page.getByRole('button', { name: 'Pause' }).click();
		const playing = summary(await longTasksSince(page, playFrom));
		await slider.focus();
		const stepFrom = await now();
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('ArrowRight');
			await page.waitForTimeout(100);
		}
		const stepping = summary(await longTasksSince(page, stepFrom));
		return { opening, playing, stepping };
	} finally {
		await page.close();
	}
}

/**
 * One slider step of the built-in data with `renderer`, 60 steps from 1923-01: `factions:step`
 * (main thread from the input to the start of the animation) and the whole task of the key press
 * (from Chrome's trace: its length, and the time the main thread ran in it).
 */
async function stepWith(browser: Browser, base: string, renderer: GraphRenderer) {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	try {
		await page.goto(`${base}/?at=1923-01&renderer=${renderer}`);
		await page.getByRole('application', { name: /Faction graph/ }).waitFor();
		await page.getByRole('slider', { name: 'Date' }).focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(300);
		await page.evaluate(() => performance.clearMeasures('factions:step'));
		await startTrace(browser, page);
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('ArrowRight');
			await page.waitForTimeout(30);
		}
		const tasks = keyTaskSpans(await stopTrace(browser), 'keydown');
		const steps = await page.evaluate(() =>
			performance.getEntriesByName('factions:step').map((e) => e.duration)
		);
		const figures = (values: number[]) => ({
			median: quantile(values, 0.5),
			p95: quantile(values, 0.95)
		});
		return {
			step: figures(steps),
			wall: figures(tasks.map((t) => t.wall)),
			thread: figures(tasks.map((t) => t.thread))
		};
	} finally {
		await page.close();
	}
}

/**
 * The canvas and WebGL renderers side by side in one run: a slider step of the built-in data,
 * and the main-thread tasks over 50 ms at 500 and 2,000 synthetic people. On a shared machine
 * compare the renderers with each other (ratios), not with absolute targets.
 */
export async function benchRenderersInBrowser(browser: Browser, base: string) {
	console.log('\n### Renderers side by side (canvas, WebGL)');
	console.log(
		'slider step of the built-in data (target: factions:step median ≤ 3 ms, p95 ≤ 8 ms):'
	);
	for (const renderer of GRAPH_RENDERERS) {
		const { step, wall, thread } = await stepWith(browser, base, renderer);
		console.log(
			`  ${renderer.padEnd(6)} factions:step median ${ms(step.median)} (≤ 3 ms), p95 ${ms(step.p95)} (≤ 8 ms); whole key-press task median ${ms(wall.median)}, p95 ${ms(wall.p95)}; of which the main thread ran median ${ms(thread.median)}, p95 ${ms(thread.p95)}`
		);
	}
	console.log('main-thread tasks over 50 ms (target: none):');
	for (const people of [500, 2000])
		for (const renderer of GRAPH_RENDERERS) {
			const label = `  ${String(people).padStart(5)} people, ${renderer.padEnd(6)}`;
			try {
				const { opening, playing, stepping } = await longTasksWith(browser, base, renderer, people);
				console.log(
					`${label} opening: ${shown(opening)}; playing 5 s: ${shown(playing)}; 20 steps: ${shown(stepping)}`
				);
			} catch (error) {
				// A page that stops answering is a figure too: say so and go on with the others.
				console.log(`${label} did not answer: ${String(error).split('\n')[0]}`);
			}
		}
}
