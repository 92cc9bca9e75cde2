import type { Page } from '@playwright/test';
import { storylineGeometry } from '../src/lib/graph/storyline-geometry';
import type { Dataset } from '../src/lib/model/schema';
import {
	computeStoryline,
	storylineScore,
	type StorylineOptions
} from '../src/lib/model/storyline';
import { ms, quantile } from './bench-figures';
import {
	longTasksSince,
	longTasksWithWorkerCode,
	watchLongTasks,
	watchWorkerCalls
} from './bench-long-tasks';
import { syntheticDataset } from './synthetic';

/** Times `run` `times` times: the median. */
function median(times: number, run: () => void): number {
	const took: number[] = [];
	for (let i = 0; i < times; i++) {
		const started = performance.now();
		run();
		took.push(performance.now() - started);
	}
	return quantile(took, 0.5);
}

const ratio = (naive: number, optimised: number) =>
	optimised === 0 ? (naive === 0 ? '1' : '∞') : (naive / optimised).toFixed(2);

/** The orderings compared: what each is, and the options that make it. */
const ORDERINGS: { name: string; options: StorylineOptions }[] = [
	{ name: 'naive', options: { ordering: 'naive' } },
	{ name: 'grouped', options: { sweeps: 0, straightenings: 0, sifts: 0 } },
	{ name: 'optimised', options: {} },
	{ name: 'unfaced', options: { facingEdges: false } }
];

/**
 * The storyline of a dataset: the time to compute it (snapshots and ordering), its crossings
 * and total wiggle for four orderings: naive (each band sorted by first appearance; allies not
 * kept together), grouped (allies kept together and at the facing edges, in order of first
 * appearance, no sweeps), optimised (the app's) and unfaced (the app's without the rule that
 * puts allies at the edges facing each other's band); then naive and grouped over optimised,
 * and naive over unfaced, as ratios (above 1: the optimiser wins), and the time to turn the storyline into pixels
 * (geometry with labels) for a 1920 × 1080 drawing.
 */
export function benchStoryline(name: string, dataset: Dataset, runs: number) {
	const figures = ORDERINGS.map(({ name, options }) => {
		let storyline = computeStoryline(dataset, options);
		const time = median(runs, () => (storyline = computeStoryline(dataset, options)));
		return { name, time, storyline, ...storylineScore(storyline) };
	});
	const [naive, grouped, optimised, unfaced] = figures as [
		(typeof figures)[0],
		(typeof figures)[0],
		(typeof figures)[0],
		(typeof figures)[0]
	];
	const people = new Set(optimised.storyline.columns.flatMap((c) => c.slots.map((s) => s.person)));
	console.log(
		`${name} (${people.size} people on stage, ${optimised.storyline.months.length} months), median of ${runs}:`
	);
	for (const f of figures)
		console.log(
			`  ${f.name.padEnd(9)} ${ms(f.time).padStart(10)}  crossings ${String(f.crossings).padStart(7)}  wiggle ${String(f.wiggle).padStart(8)}`
		);
	for (const base of [naive, grouped])
		console.log(
			`  ${base.name} / optimised: crossings ${ratio(base.crossings, optimised.crossings)}, wiggle ${ratio(base.wiggle, optimised.wiggle)}`
		);
	// Naive never brings allies together; without the facing-edge rule the two keep to the same
	// rules but one, so this ratio is the sweeps' own gain and the one above the rule's price.
	console.log(
		`  naive / unfaced: crossings ${ratio(naive.crossings, unfaced.crossings)}, wiggle ${ratio(naive.wiggle, unfaced.wiggle)}`
	);
	const geometry = median(runs, () =>
		storylineGeometry(dataset, optimised.storyline, { x0: 40, x1: 1500, y0: 150, y1: 950 })
	);
	console.log(`  geometry for 1920 × 1080 (paths, labels): ${ms(geometry)}`);
}

/** The long tasks that ran the storyline's page-side code, in words (target: none over 50 ms). */
function storylineTasks({
	answering,
	asking,
	longestPost
}: Awaited<ReturnType<typeof longTasksWithWorkerCode>>) {
	const answer = answering.sort((a, b) => b.duration - a.duration)[0];
	const ask = asking.sort((a, b) => b.duration - a.duration)[0];
	return [
		`longest task handling its worker's answers ${answer ? `${ms(answer.duration)} (${answer.kinds.join(', ')}; ${answering.length} over 50 ms)` : 'under 50 ms'} (target: none over 50 ms)`,
		`longest task asking its worker ${ask ? `${ms(ask.duration)}, of which its requests ${ms(ask.requests)} (${ask.kinds.join(', ')})` : 'under 50 ms'}`,
		`its longest request ${longestPost ? `${ms(longestPost.duration)} (${longestPost.kind})` : 'none'}`
	].join('; ');
}

/**
 * The explorer's storyline of a synthetic dataset dropped on the page, in Chromium: how long its
 * worker takes to order it (`factions:storyline`) and to lay it out and paint it
 * (`factions:storyline-layout`); the main thread's tasks over 50 ms while it opens (from the
 * drop until it is drawn: those in which the storyline's page-side code ran, against all of
 * them, the graph's import and layout included), while the pointer moves over it (finding the
 * line under it, the tooltip) and while its keys move the month, against the same moves from
 * the time bar (the graph redraws the month either way). The target: no task over 50 ms.
 */
export async function benchStorylineInBrowser(page: Page, url: string, people: number) {
	await watchWorkerCalls(page, /storyline-view/);
	await page.goto(url);
	await page.getByRole('application', { name: /Faction graph/ }).waitFor();
	await watchLongTasks(page);
	// The built-in data's storyline first, so that what follows is the dropped dataset's.
	await page.waitForFunction(
		() => performance.getEntriesByName('factions:storyline-layout').length > 0
	);
	const opensBefore = await page.evaluate(
		() => performance.getEntriesByName('factions:storyline').length
	);
	const dropped = await page.evaluate(() => performance.now());
	const transfer = await page.evaluateHandle(
		({ name, text }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name));
			return data;
		},
		{ name: `synthetic-${people}.json`, text: JSON.stringify(syntheticDataset(people, 240)) }
	);
	await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
	await page.getByRole('application', { name: /Faction graph/ }).waitFor({ timeout: 120_000 });
	// Its storyline opened, then laid out after that.
	const timings = () =>
		page.evaluate((opensBefore) => {
			const open = performance.getEntriesByName('factions:storyline')[opensBefore];
			const layout =
				open &&
				performance
					.getEntriesByName('factions:storyline-layout')
					.find((entry) => entry.startTime >= open.startTime + open.duration);
			return open && layout ? [open.duration, layout.duration] : null;
		}, opensBefore);
	await page.waitForFunction(
		(opensBefore) => {
			const open = performance.getEntriesByName('factions:storyline')[opensBefore];
			return (
				open !== undefined &&
				performance
					.getEntriesByName('factions:storyline-layout')
					.some((entry) => entry.startTime >= open.startTime + open.duration)
			);
		},
		opensBefore,
		{ timeout: 120_000 }
	);
	const [order, layout] = (await timings())!;
	console.log(
		`${people} people, the explorer's storyline in its worker: ordered in ${ms(order!)}, laid out and painted on a canvas in ${ms(layout!)}`
	);
	const opening = await longTasksWithWorkerCode(page, dropped);
	const all = await longTasksSince(page, dropped);
	console.log(
		`${people} people, opening the storyline (drop to drawn), main thread: ${storylineTasks(opening)}; longest task of all ${all.length ? ms(Math.max(...all)) : 'none'} (${all.length} over 50 ms, the graph's import and layout included)`
	);
	const plot = page.getByRole('application', { name: /Storyline/ });
	const box = (await plot.boundingBox())!;
	const since = async () => page.evaluate(() => performance.now());
	const tasksSince = (start: number) => longTasksSince(page, start);
	const hovering = await since();
	for (let i = 0; i < 60; i++)
		await page.mouse.move(
			box.x + 20 + i * ((box.width - 40) / 60),
			box.y + 10 + ((i * 7) % (box.height - 20))
		);
	const hovered = await tasksSince(hovering);
	const hoveredStoryline = await longTasksWithWorkerCode(page, hovering);
	const longest = (tasks: number[]) =>
		`longest main-thread task ${tasks.length ? ms(Math.max(...tasks)) : 'under 50 ms'} (${tasks.length} over 50 ms)`;
	// The month moved a year at a time from the storyline, then the same from the time bar: the
	// graph redraws each month either way, so the difference is what the storyline costs.
	const yearSteps = async (target: typeof plot) => {
		await target.focus();
		const start = await since();
		for (let i = 0; i < 8; i++) {
			await page.keyboard.press(i < 4 ? 'PageUp' : 'PageDown');
			// A benchmark of real time: each step is left to finish drawing, as a user would see it.
			await page.waitForTimeout(300);
		}
		return tasksSince(start);
	};
	// The time bar first: the first moves after an import also meet its leftover work.
	const fromSlider = await yearSteps(page.getByRole('slider', { name: 'Date' }));
	const fromStoryline = await yearSteps(plot);
	console.log(
		`${people} people, pointer over the storyline (60 moves): ${longest(hovered)}; ${storylineTasks(hoveredStoryline)}`
	);
	console.log(
		`${people} people, 8 moves of a year from the storyline: ${longest(fromStoryline)}; the same from the time bar: ${longest(fromSlider)} (the graph's redraw; target: none over 50 ms, the storyline adds none)`
	);
	await page.getByRole('button', { name: 'Back to the built-in data' }).click();
}
