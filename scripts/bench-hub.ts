/**
 * Figures for a large alliance: a synthetic dataset of 1,100 people over 12 months with a bloc of
 * 1,000 members in months 4 to 6. In Node, the main thread's work for each slider step into,
 * through and out of the bloc's months (the snapshot, the screen reader's announcement, the
 * graph model and the headless cytoscape update), with the bloc drawn by pairs (`hubAbove` of
 * `Infinity`: 499,500 lines, as before hubs) and as a hub (`SCALE.hubAbove`: 1,000 spokes), side
 * by side. The browser's figure (`benchLargeAllianceInBrowser`) is the real app's longest task.
 * Called by `npm run bench`; alone: `npx tsx scripts/bench-hub.ts`.
 */
import { longTasksSince, watchLongTasks } from './bench-long-tasks';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import type { Positions } from '../src/lib/graph/arrange';
import { graphModelOf } from '../src/lib/graph/elements';
import { SCALE } from '../src/lib/graph/encoding';
import { computeFlipbook } from '../src/lib/graph/flipbook';
import { GraphView } from '../src/lib/graph/view';
import { monthAnnouncement } from '../src/lib/model/announce';
import type { Dataset } from '../src/lib/model/schema';
import { snapshotAt } from '../src/lib/model/snapshot';
import { ms } from './bench-figures';
import { syntheticWithBloc } from './synthetic';

export const BLOC = {
	people: 1100,
	members: 1000,
	months: 12,
	blocFrom: 3,
	blocMonths: 3
} as const;

export const blocDataset = () =>
	syntheticWithBloc(BLOC.people, BLOC.members, {
		months: BLOC.months,
		blocFrom: BLOC.blocFrom,
		blocMonths: BLOC.blocMonths
	});

/**
 * Prints each step's main-thread time, from the month before the bloc's to the month after it,
 * as it is measured, and returns the longest.
 */
function stepTimes(
	dataset: Dataset,
	positionsAt: (month: string) => Positions,
	months: readonly string[],
	hubAbove: number,
	name: string
): number {
	const view = new GraphView({ container: null, onselect: () => {} });
	let before = null;
	let longest = 0;
	for (const month of months) {
		const started = performance.now();
		const snapshot = snapshotAt(dataset, month);
		monthAnnouncement(dataset, snapshot, before);
		// As the explorer's graph shows a month (`Graph.svelte`).
		const model = graphModelOf(snapshot, dataset.factions, hubAbove);
		const animate = model.people.length <= SCALE.glideUpTo;
		view.show(model, positionsAt(month), animate ? 'staged' : 'none');
		const elapsed = performance.now() - started;
		longest = Math.max(longest, elapsed);
		console.log(`- ${name}, step to ${month}: ${ms(elapsed)}`);
		before = snapshot;
	}
	view.destroy();
	return longest;
}

/** Prints the Node figures: the bloc as a hub, then by pairs. */
export function benchLargeAlliance() {
	console.log(
		`\n## A bloc of ${BLOC.members.toLocaleString('en-GB')} members (${BLOC.people.toLocaleString('en-GB')} people over ${BLOC.months} months, the bloc in months ${BLOC.blocFrom + 1}–${BLOC.blocFrom + BLOC.blocMonths})`
	);
	const dataset = blocDataset();
	const started = performance.now();
	const flipbook = computeFlipbook(dataset);
	console.log(
		`- laying out its ${BLOC.months} months (the flip-book, in a worker in the app; the layout sees the hub's spokes): ${ms(performance.now() - started)}`
	);
	// The step into the bloc's first month from the month before it, through it and out of it.
	const months = flipbook.months.slice(BLOC.blocFrom - 1, BLOC.blocFrom + BLOC.blocMonths + 1);
	const positionsAt = (month: string) => flipbook.positions[month]!;
	console.log(
		'Main thread per slider step in Node (snapshot, announcement, graph model, cytoscape update):'
	);
	const hub = stepTimes(dataset, positionsAt, months, SCALE.hubAbove, 'as a hub (1,000 spokes)');
	// By pairs, the step into the bloc and the next: each later step costs as much again.
	const pairs = stepTimes(
		dataset,
		positionsAt,
		months.slice(0, 3),
		Infinity,
		'by pairs (499,500 lines)'
	);
	console.log(
		`- longest step: by pairs ${ms(pairs)}, as a hub ${ms(hub)} (target: none over 200 ms)`
	);
}

/**
 * The bloc dropped on the built app as a user would, then stepped into, through and out of
 * with the keyboard: the longest main-thread task meanwhile (Long Tasks API).
 */
export async function benchLargeAllianceInBrowser(page: Page, url: string) {
	const text = JSON.stringify(blocDataset());
	await page.goto(url);
	await page.getByRole('application', { name: /Faction graph/ }).waitFor();
	await watchLongTasks(page);
	const transfer = await page.evaluateHandle((text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'bloc-1000.json'));
		return data;
	}, text);
	await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
	await page.getByText(`a bloc of ${BLOC.members}`).first().waitFor();
	await page.getByRole('application', { name: /Faction graph/ }).waitFor({ timeout: 120_000 });
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.getByRole('application', { name: /Faction graph for March 1900/ }).waitFor();
	const stepFrom = await page.evaluate(() => performance.now());
	// Into the bloc's first month (April), through it (May, June) and out of it (July).
	for (const month of ['April', 'May', 'June', 'July']) {
		await page.keyboard.press('ArrowRight');
		await page
			.getByRole('application', { name: new RegExp(`Faction graph for ${month} 1900`) })
			.waitFor({ timeout: 120_000 });
		// Long tasks are reported after they end: give the page a frame to report the last.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	}
	const tasks = await longTasksSince(page, stepFrom);
	console.log(
		`bloc of ${BLOC.members} members, stepped from March 1900 into, through and out of it (July 1900) in the app: ${tasks.length} main-thread tasks over 50 ms, longest ${tasks.length ? ms(Math.max(...tasks)) : 'none'} (target: none over 200 ms)`
	);
	await page.getByRole('button', { name: 'Back to the built-in data' }).click();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchLargeAlliance();
