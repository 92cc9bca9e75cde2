import type { Page } from '@playwright/test';
import { ms, quantile } from './bench-figures';
import { longTasksSince, watchLongTasks } from './bench-long-tasks';
import { chromiumPath, withBuiltApp } from './preview';
import { benchFirstScreenInBrowser } from './bench-first-screen';
import { benchLargeAllianceInBrowser } from './bench-hub';
import { benchRenderersInBrowser } from './bench-renderers';
import { benchStorylineInBrowser } from './bench-storyline';
import { benchAnimationsInBrowser } from './bench-animation';
import { dropSynthetic, syntheticFile } from './bench-drop';
import { benchCompareInBrowser } from './bench-compare';
import { selectFastestSpeed } from './bench-controls';

const longest = (tasks: number[]) =>
	`${tasks.length} main-thread tasks over 50 ms, longest ${tasks.length ? ms(Math.max(...tasks)) : 'none'}`;

/**
 * A synthetic dataset dropped on the page as a user would: the main thread while it is read and
 * laid out in the worker, and while it plays from its fullest years at the fastest speed.
 */
async function benchImportedInBrowser(page: Page, url: string, people: number) {
	// Written before the clock starts: the file is the user's, not the page's work.
	const file = syntheticFile(people);
	await page.goto(url);
	await page.getByRole('application', { name: /Faction graph/ }).waitFor();
	await watchLongTasks(page);
	const dropped = await page.evaluate(() => performance.now());
	await dropSynthetic(page, people, file, 120_000);
	const shownAfter = (await page.evaluate(() => performance.now())) - dropped;
	console.log(
		`${people} people dropped on the page: drawn after ${ms(shownAfter)} (read, validated, laid out in the worker); ${longest(await longTasksSince(page, dropped))} (target: none over 200 ms)`
	);
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
	await selectFastestSpeed(page);
	const playFrom = await page.evaluate(() => performance.now());
	await page.getByRole('button', { name: 'Play' }).click();
	// A benchmark of real time: it waits on the real clock, as a user watching would.
	await page.waitForTimeout(5000);
	await page.getByRole('button', { name: 'Pause' }).click();
	const reached = await slider.getAttribute('aria-valuetext');
	console.log(
		`${people} people, playback for 5 s at the fastest speed from their fullest years (to ${reached}): ${longest(await longTasksSince(page, playFrom))} (target: none over 200 ms)`
	);
	await page.getByRole('button', { name: 'Back to the built-in data' }).click();
}

/**
 * The real app in Chromium: loading, slider steps, playback, a 4K export, large imports, a
 * bloc of 1,000 members stepped through, and the video of 1923 to 1929.
 */
export async function benchBrowser() {
	if (!chromiumPath) {
		console.log(
			'\n## In the browser: skipped (no Chromium at /usr/bin/chromium; set CHROMIUM_PATH)'
		);
		return;
	}
	console.log('\n## In the browser (built app, Chromium headless)');
	await withBuiltApp(async (browser, base) => {
		await benchFirstScreenInBrowser(browser, base);
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.goto(`${base}/?at=1923-01`);
		await page.getByRole('application', { name: /Faction graph/ }).waitFor();
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
			`slider step, main thread from input to the start of the animation (factions:step, ${steps.length} steps): median ${ms(quantile(steps, 0.5))} (target ≤ 3 ms), p95 ${ms(quantile(steps, 0.95))} (target ≤ 8 ms)`
		);
		await page.goto(`${base}/?at=1917-10`);
		await watchLongTasks(page);
		await selectFastestSpeed(page);
		await page.getByRole('button', { name: 'Play' }).click();
		await page.waitForTimeout(10_000);
		await page.getByRole('button', { name: 'Pause' }).click();
		const longTasks = await longTasksSince(page);
		const reached = await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext');
		console.log(
			`playback for 10 s at the fastest speed (to ${reached}): ${longTasks.length} main-thread tasks over 50 ms, longest ${longTasks.length ? ms(Math.max(...longTasks)) : 'none'} (target: none over 200 ms)`
		);
		await page.goto(`${base}/?at=1926-10`);
		await page.getByRole('application', { name: /Faction graph/ }).waitFor();
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
		await benchImportedInBrowser(page, `${base}/`, 500);
		await benchImportedInBrowser(page, `${base}/`, 2000);
		await benchCompareInBrowser(browser, base, 2000);
		await benchStorylineInBrowser(page, `${base}/`, 2000);
		await benchLargeAllianceInBrowser(page, `${base}/`);
		await benchAnimationsInBrowser(browser, base);
		await benchRenderersInBrowser(browser, base);
	}, BENCH_BUILD);
}

/** A build of the app that reads `?renderer=` (see `Graph.svelte`), otherwise the site's own. */
const BENCH_BUILD = ['--mode', 'bench'];

/** The storyline's figures in the browser only (`npm run bench -- --storyline`). */
export async function benchStorylineBrowser(people = 2000) {
	if (!chromiumPath) {
		console.log('\n## Storyline in the browser: skipped (no Chromium; set CHROMIUM_PATH)');
		return;
	}
	console.log('\n## Storyline in the browser (built app, Chromium headless)');
	await withBuiltApp(async (browser, base) => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await benchStorylineInBrowser(page, `${base}/`, people);
	});
}

/** The renderers side by side only (npm run bench -- --renderers). */
export async function benchRenderers() {
	if (!chromiumPath) return;
	console.log('\n## In the browser (built app, Chromium headless)');
	await withBuiltApp(benchRenderersInBrowser, BENCH_BUILD);
}

/** The animations made in the app only (npm run bench -- --animation). */
export async function benchAnimationsBrowser() {
	if (!chromiumPath) {
		console.log('\n## Animations in the browser: skipped (no Chromium; set CHROMIUM_PATH)');
		return;
	}
	console.log('\n## Animations in the browser (built app, Chromium headless)');
	await withBuiltApp(benchAnimationsInBrowser);
}

/** Opening the compare view on 2,000 people only (npm run bench -- --compare). */
export async function benchCompareBrowser() {
	if (!chromiumPath) return;
	console.log('\n## Comparing two dates in the browser (built app, Chromium headless)');
	await withBuiltApp((browser, base) => benchCompareInBrowser(browser, base, 2000));
}
