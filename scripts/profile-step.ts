/**
 * Where the main thread's time goes while the Date slider steps: builds the app without
 * minifying (so functions keep their names), serves it, opens Chromium, takes a CPU profile
 * (CDP `Profiler`) of `--steps` ArrowRight presses on the slider from 1923-01, and prints the
 * self time summed by function and by file, with the `factions:step` figures beside it.
 * Run: npx tsx scripts/profile-step.ts [--steps 100] [--out profile.cpuprofile] [--renderer webgl]
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import {
	frameFile as file,
	frameName,
	libraryChunks,
	optionValue,
	profileTree,
	sampleWeights,
	timeBy,
	timeByCaller,
	effects,
	type Profile,
	type ProfileNode
} from './cpu-profile';
import { ms, quantile } from './bench-figures';
import { keyTaskSpans, startTrace, stopTrace } from './bench-trace';
import { withBuiltApp } from './preview';

const arg = optionValue;
const steps = Number(arg('steps') ?? 100);
const out = arg('out');
const renderer = arg('renderer');

/** Self time (ms) summed by a key of each sample's innermost frame. */
function selfTime(profile: Profile, weights: number[], keyOf: (node: ProfileNode) => string) {
	const { byId } = profileTree(profile);
	return timeBy(profile, weights, (id) => keyOf(byId.get(id)!));
}

/** Time (ms) of every sample whose stack passes through a frame that passes `test`. */
function inclusiveTime(profile: Profile, weights: number[], test: (node: ProfileNode) => boolean) {
	const { parent, byId } = profileTree(profile);
	const hits = new Map<number, boolean>();
	const passes = (id: number): boolean => {
		const known = hits.get(id);
		if (known !== undefined) return known;
		const up = parent.get(id);
		const result = test(byId.get(id)!) || (up !== undefined && passes(up));
		hits.set(id, result);
		return result;
	};
	let total = 0;
	profile.samples.forEach((id, i) => {
		if (passes(id)) total += weights[i]!;
	});
	return total;
}

async function profileSteps(browser: Browser, base: string) {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	await page.goto(`${base}/?at=1923-01${renderer ? `&renderer=${renderer}` : ''}`);
	await page.getByRole('application', { name: /Faction graph/ }).waitFor();
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	// Warm up: the first steps compile code and fill caches.
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(500);
	await page.evaluate(() => performance.clearMeasures('factions:step'));
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await startTrace(browser, page);
	await cdp.send('Profiler.start');
	const wall = Date.now();
	for (let i = 0; i < steps; i++) {
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(30);
	}
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	const trace = await stopTrace(browser);
	const elapsed = Date.now() - wall;
	if (out) writeFileSync(out, JSON.stringify(profile));
	const measured = await page.evaluate(() =>
		performance.getEntriesByName('factions:step').map((e) => e.duration)
	);
	const tasks = keyTaskSpans(trace, 'keydown');
	const all = sampleWeights(profile);
	const inKeyTask = sampleWeights(profile, (at) =>
		tasks.some((task) => task.start <= at && at <= task.end)
	);
	const sum = (weights: number[]) => weights.reduce((a, b) => a + b, 0);
	const idle = inclusiveTime(profile, all, (n) => n.callFrame.functionName === '(idle)');
	console.log(
		`${steps} steps in ${elapsed} ms of wall time; profile ${ms(sum(all))}, idle ${ms(idle)}, busy ${ms((sum(all) - idle) / steps)} per step, in the key press's own task ${ms(sum(inKeyTask) / steps)} per step`
	);
	console.log(
		`factions:step (${measured.length}): median ${ms(quantile(measured, 0.5))}, p95 ${ms(quantile(measured, 0.95))}`
	);
	for (const key of ['wall', 'thread'] as const) {
		const spans = tasks.map((task) => task[key]);
		console.log(
			`key press task, whole, ${key} time (${spans.length}): median ${ms(quantile(spans, 0.5))}, p95 ${ms(quantile(spans, 0.95))}`
		);
	}
	console.log("trace events inside the key press's task (inclusive: nested events count twice):");
	const main = trace.find(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	const inside = new Map<string, number>();
	for (const e of trace)
		if (main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && !/RunTask/.test(e.name))
			if (tasks.some((task) => task.start <= e.ts && e.ts <= task.end))
				inside.set(e.name, (inside.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
	for (const [name, t] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 15))
		console.log(`${ms(t).padStart(10)}  ${(t / steps).toFixed(3)} ms/step  ${name}`);
	const libraries = libraryChunks();
	const ours = (n: ProfileNode) =>
		n.callFrame.url.includes('/_app/') && !libraries.has(file(n.callFrame.url));
	const chosen = [
		'setMonth',
		'pushState',
		'scroll_state',
		'flush',
		'show',
		'fit',
		'highlight',
		'mark',
		'graphModelOf',
		'snapshotAt',
		'filterSnapshot',
		'monthAnnouncement',
		'graphLabelOf',
		'boundsOf',
		'tick',
		'drawTransition',
		'finishTransition',
		'renderFn',
		...process.argv.filter((a) => a.startsWith('fn:')).map((a) => a.slice(3))
	];
	for (const [title, weights] of [
		["the key press's task", inKeyTask],
		['everything (the key press and the frames after it)', all]
	] as const) {
		console.log(`\n### ${title}\nself time by function (top 30):`);
		for (const [name, t] of selfTime(profile, weights, frameName).slice(0, 30))
			console.log(`${ms(t).padStart(10)}  ${(t / steps).toFixed(3)} ms/step  ${name}`);
		console.log('self time by file:');
		for (const [name, t] of selfTime(profile, weights, (n) => file(n.callFrame.url)).slice(0, 12))
			console.log(`${ms(t).padStart(10)}  ${(t / steps).toFixed(3)} ms/step  ${name}`);
		console.log("by the app's innermost call (library work put down to the app code that asked):");
		for (const [name, t] of timeByCaller(profile, weights, ours, frameName).slice(0, 30))
			console.log(`${ms(t).padStart(10)}  ${(t / steps).toFixed(3)} ms/step  ${name}`);
		console.log("Svelte's effects and deriveds, by the first frame outside the runtime:");
		for (const [name, t] of effects(profile, weights, libraries).slice(0, 20))
			console.log(`${ms(t).padStart(10)}  ${(t / steps).toFixed(3)} ms/step  ${name}`);
		console.log('inclusive time of chosen functions:');
		for (const name of chosen) {
			const t = inclusiveTime(profile, weights, (n) => n.callFrame.functionName === name);
			console.log(`${ms(t).padStart(10)}  ${(t / steps).toFixed(3)} ms/step  ${name}`);
		}
	}
}

// `--base URL`: an app already served (built with `--minify false` for readable names).
const served = arg('base');
if (served) {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		await profileSteps(browser, served);
	} finally {
		await browser.close();
	}
} else await withBuiltApp(profileSteps, ['--minify', 'false']);
