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
import { startTrace, stopTrace } from './bench-trace';
import { syntheticDataset } from './synthetic';

type Trace = Awaited<ReturnType<typeof stopTrace>>;

/**
 * The page's main-thread tasks in a trace: the longest by the clock (`wall`) and by the time the
 * thread ran (`thread`: without the time other processes had the core, on a shared machine of
 * two cores), how many took over 50 ms each way, and the time (thread) spent laying out and
 * restyling, in ms.
 */
function mainThreadTasks(events: Trace) {
	const main = events.find(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	const on = main ? events.filter((e) => e.pid === main.pid && e.tid === main.tid) : [];
	const tasks = on.filter(
		(e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
	);
	const wall = tasks.map((t) => (t.dur ?? 0) / 1000);
	const thread = tasks.map((t) => (t.tdur ?? t.dur ?? 0) / 1000);
	const layout = on
		.filter((e) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree'))
		.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
	return {
		wall: Math.max(0, ...wall),
		thread: Math.max(0, ...thread),
		overWall: wall.filter((d) => d > 50).length,
		overThread: thread.filter((d) => d > 50).length,
		layout
	};
}

const inWords = (t: ReturnType<typeof mainThreadTasks>) =>
	`longest task ${ms(t.wall)} by the clock (${t.overWall} over 50 ms), ${ms(t.thread)} of the thread's own time (${t.overThread} over 50 ms); layout and style ${ms(t.layout)}`;

/**
 * 60 moves of the pointer across `box` traced: the main thread's tasks (see `mainThreadTasks`).
 */
async function tracedMoves(
	page: Page,
	box: { x: number; y: number; width: number; height: number }
) {
	const browser = page.context().browser()!;
	await startTrace(browser, page);
	for (let i = 0; i < 60; i++)
		await page.mouse.move(
			box.x + 20 + i * ((box.width - 40) / 60),
			box.y + 10 + ((i * 7) % Math.max(1, box.height - 20))
		);
	return mainThreadTasks(await stopTrace(browser));
}

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
	for (const [screen, width, height] of EXPLORER_PLOTS) {
		// The frame the explorer's storyline asks its worker for (see `Storyline.svelte`).
		const frame = { x0: 9, x1: width - 9, y0: 16, y1: height - 4, labelRight: width };
		let drawn = storylineGeometry(dataset, optimised.storyline, frame);
		const time = median(
			runs,
			() => (drawn = storylineGeometry(dataset, optimised.storyline, frame))
		);
		const alliances = new Set(drawn.labels.filter((l) => l.kind === 'alliance').map((l) => l.id))
			.size;
		const marks = drawn.labels.filter((l) => l.kind === 'mark').length;
		console.log(
			`  the explorer's storyline at ${screen} (${width} × ${height} px): ${ms(time)}, ${drawn.labels.length} names, ${alliances} of ${drawn.ribbons.length} alliances named, ${marks} more marked by number`
		);
	}
}

/**
 * The storyline's plot in the explorer on three screens, as measured in Chromium: a common
 * laptop, a larger one and a 1920 × 1080 slide.
 */
const EXPLORER_PLOTS = [
	['1366 × 768', 964, 146],
	['1440 × 900', 1038, 225],
	['1920 × 1080', 1070, 284]
] as const;

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
 * worker takes to order it (`factions:storyline`), to lay it out and paint it
 * (`factions:storyline-layout`) and to place its names after (`factions:storyline-names`); the main thread's tasks over 50 ms while it opens (from the
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
	// Its names are placed after its lines are drawn.
	const names = await (
		await page.waitForFunction(
			(opensBefore) => {
				const open = performance.getEntriesByName('factions:storyline')[opensBefore]!;
				const names = performance
					.getEntriesByName('factions:storyline-names')
					.find((entry) => entry.startTime >= open.startTime + open.duration);
				return names ? { duration: names.duration } : null;
			},
			opensBefore,
			{ timeout: 120_000 }
		)
	).jsonValue();
	console.log(
		`${people} people, the explorer's storyline in its worker: ordered in ${ms(order!)}, laid out and painted on a canvas in ${ms(layout!)}, then named in ${ms(names!.duration)}`
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
	// The same moves traced, over the storyline and then over the page's heading (where nothing
	// answers the pointer), in turn, three times: on a shared machine the clock counts the time
	// other processes had the core, so the heading's figures are the noise floor of this run.
	const heading = (await page.locator('h1').first().boundingBox())!;
	const over = {
		storyline: [] as ReturnType<typeof mainThreadTasks>[],
		heading: [] as typeof over.storyline
	};
	for (let round = 0; round < 3; round++) {
		over.storyline.push(await tracedMoves(page, box));
		over.heading.push(
			await tracedMoves(page, { ...heading, height: Math.max(heading.height, 30) })
		);
	}
	const worst = (runs: ReturnType<typeof mainThreadTasks>[]) =>
		runs.reduce((a, b) => ({
			wall: Math.max(a.wall, b.wall),
			thread: Math.max(a.thread, b.thread),
			overWall: a.overWall + b.overWall,
			overThread: a.overThread + b.overThread,
			layout: a.layout + b.layout
		}));
	const [onStoryline, onHeading] = [worst(over.storyline), worst(over.heading)];
	console.log(
		`${people} people, pointer traced (3 × 60 moves): over the storyline ${inWords(onStoryline)}; over the heading ${inWords(onHeading)}; storyline / heading, longest task by the thread's time: ${ratio(onStoryline.thread, onHeading.thread)}`
	);
	console.log(
		`${people} people, 8 moves of a year from the storyline: ${longest(fromStoryline)}; the same from the time bar: ${longest(fromSlider)} (the graph's redraw; target: none over 50 ms, the storyline adds none)`
	);
	await page.getByRole('button', { name: 'Back to the built-in data' }).click();
}
