/**
 * Where the main thread's long tasks go at scale: builds the app without minifying (so functions
 * keep their names), drops a synthetic dataset of `--people` on the explorer, and takes a CPU
 * profile (CDP `Profiler`) of `--phase` (opening: from the drop to the graph; playing: 5 s at the
 * fastest speed from the fullest years; stepping: 20 slider steps; years: 8 moves of a year
 * with Page Down and Page Up). Prints the tasks over 50 ms
 * and, for the time inside them only, the self time by function and by the app's innermost call.
 * `--phase compare` opens the compare view on the dropped dataset (three pairs of dates).
 * With `--bloc`, the dataset is the benchmark's bloc of 1,000 members (`BLOC`), stepped or played
 * from its first month.
 * Run: npx tsx scripts/profile-scale.ts [--people 2000] [--phase playing] [--months 240] [--bloc] [--base URL]
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { ms } from './bench-figures';
import {
	dropSynthetic,
	dropTransfer,
	fileTransfer,
	syntheticFile,
	waitQuietly
} from './bench-drop';
import { withBuiltApp } from './preview';
import { startTrace, stopTrace } from './bench-trace';
import {
	frameFile as file,
	frameName,
	libraryChunks,
	optionValue,
	profileTree,
	timeBy,
	timeByCaller,
	effects,
	type Profile,
	type ProfileNode
} from './cpu-profile';
import { selectFastestSpeed } from './bench-controls';
import { BLOC, blocDataset } from './bench-hub';

const arg = optionValue;
const phase = arg('phase') ?? 'playing';
const bloc = process.argv.includes('--bloc');
const people = bloc ? BLOC.people : Number(arg('people') ?? 2000);
const months = bloc ? BLOC.months : Number(arg('months') ?? 240);

/** The stack (outermost first) of app frames of each sample, summed: where long tasks start. */
function stacks(
	profile: Profile,
	weights: number[],
	ours: (node: ProfileNode) => boolean,
	depth = 7
) {
	const { parent, byId } = profileTree(profile);
	return timeBy(profile, weights, (id) => {
		const names: string[] = [];
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const node = byId.get(at)!;
			if (ours(node)) names.unshift(node.callFrame.functionName || '(anon)');
		}
		return names.slice(-depth).join(' > ') || '(library or browser only)';
	});
}

async function profileScale(browser: Browser, base: string) {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
	const dropped = bloc
		? { name: 'bloc-1000.json', text: JSON.stringify(blocDataset()) }
		: syntheticFile(people, months);
	await page.goto(`${base}/`);
	await page.getByRole('application', { name: /Faction graph/ }).waitFor();
	const css = arg('css');
	if (css) await page.addStyleTag({ content: css });
	await page.evaluate(() => {
		const w = window as unknown as { __long: { start: number; duration: number }[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				w.__long.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask' });
	});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	const slider = page.getByRole('slider', { name: 'Date' });
	const now = () => page.evaluate(() => performance.now());
	let from: number;
	if (phase === 'opening') {
		const transfer = await fileTransfer(page, dropped);
		await startTrace(browser, page);
		await cdp.send('Profiler.start');
		from = await now();
		await dropTransfer(page, transfer);
		await waitQuietly(page, new RegExp(`Synthetic: ${people} people`), {});
		await page.waitForTimeout(1000);
	} else if (phase === 'compare') {
		await dropSynthetic(page, people, dropped);
		await startTrace(browser, page);
		await cdp.send('Profiler.start');
		await page.goto(`${base}/compare?a=1902-01&b=1907-01`);
		await page
			.getByRole('application', { name: /Faction graph/ })
			.nth(1)
			.waitFor({ timeout: 180_000 });
		// The new page's clock starts at its navigation.
		from = 0;
		await page.waitForTimeout(1000);
	} else {
		await dropSynthetic(page, people, dropped);
		await slider.focus();
		if (bloc) await page.keyboard.press('Home');
		else for (let i = 0; i < (months >= 240 ? 10 : 1); i++) await page.keyboard.press('PageUp');
		await page.waitForTimeout(1000);
		await startTrace(browser, page);
		await cdp.send('Profiler.start');
		from = await now();
		if (phase === 'playing') {
			await selectFastestSpeed(page);
			await page.getByRole('button', { name: 'Play' }).click();
			await page.waitForTimeout(5000);
			await page.getByRole('button', { name: 'Pause' }).click();
		} else if (phase === 'years') {
			await slider.focus();
			for (let i = 0; i < 8; i++) {
				await page.keyboard.press(i < 4 ? 'PageDown' : 'PageUp');
				await page.waitForTimeout(300);
			}
		} else {
			await slider.focus();
			for (let i = 0; i < 20; i++) {
				await page.keyboard.press('ArrowRight');
				await page.waitForTimeout(100);
			}
		}
		await page.waitForTimeout(300);
	}
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	let longSpans: { start: number; end: number }[] = [];
	{
		const events = await stopTrace(browser);
		const main = events.find(
			(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
		)!;
		const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
		const runs = onMain.filter(
			(e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
		);
		const longRuns = runs.filter((e) => (e.dur ?? 0) > 50_000);
		longSpans = longRuns.map((r) => ({ start: r.ts, end: r.ts + (r.dur ?? 0) }));
		const byName = new Map<string, number>();
		for (const e of onMain) {
			if (!longRuns.some((r) => r.ts <= e.ts && e.ts <= r.ts + (r.dur ?? 0))) continue;
			byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
		}
		for (const r of longRuns) {
			const inside = onMain
				.filter(
					(e) => e !== r && r.ts <= e.ts && e.ts <= r.ts + (r.dur ?? 0) && (e.dur ?? 0) > 5000
				)
				.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
				.slice(0, 4)
				.map((e) => `${e.name} ${ms((e.dur ?? 0) / 1000)}`);
			console.log(
				`task ${ms((r.dur ?? 0) / 1000)} (the thread ran ${ms((r.tdur ?? r.dur ?? 0) / 1000)}): ${inside.join(', ')}`
			);
		}
		console.log(`trace: ${longRuns.length} tasks over 50 ms; inclusive time of events in them:`);
		for (const [name, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20))
			console.log(`${ms(t).padStart(10)}  ${name}`);
	}
	console.log(
		`DOM: ${await page.evaluate(() => document.getElementsByTagName('*').length)} elements`
	);
	const long = await page.evaluate(
		(since) =>
			// A new page (the compare view) has no observer: the trace's tasks above stand alone.
			(
				(window as unknown as { __long?: { start: number; duration: number }[] }).__long ?? []
			).filter((t) => t.start >= since),
		from
	);
	console.log(
		`${people} people, ${phase}: ${long.length} tasks over 50 ms: ${long.map((t) => ms(t.duration)).join(', ')}`
	);
	// Samples in the trace's long tasks: the profile and the trace share the browser's clock (µs).
	let at = profile.startTime;
	const inLong = profile.samples.map((_, i) => {
		at += profile.timeDeltas[i] ?? 0;
		const inside = longSpans.some((t) => t.start <= at && at <= t.end);
		return inside ? (profile.timeDeltas[i + 1] ?? 0) / 1000 : 0;
	});
	const total = inLong.reduce((a, b) => a + b, 0);
	// The tasks over 200 ms one by one: where each went, by the app's innermost call.
	for (const span of longSpans.filter(
		(t) => t.end - t.start > Number(arg('detail') ?? 200) * 1000
	)) {
		let t = profile.startTime;
		const inside = profile.samples.map((_, i) => {
			t += profile.timeDeltas[i] ?? 0;
			return span.start <= t && t <= span.end ? (profile.timeDeltas[i + 1] ?? 0) / 1000 : 0;
		});
		const top = stacks(profile, inside, (n) => n.callFrame.url.includes('/_app/'), 12)
			.slice(0, 8)
			.map(([name, ms_]) => `${ms(ms_)} ${name}`);
		console.log(`\ntask of ${ms((span.end - span.start) / 1000)}:\n  ${top.join('\n  ')}`);
	}
	console.log(`profiled time inside those tasks: ${ms(total)}`);
	const libraries = libraryChunks();
	const ours = (n: ProfileNode) =>
		n.callFrame.url.includes('/_app/') && !libraries.has(file(n.callFrame.url));
	console.log('\nself time by function (top 30):');
	for (const [name, t] of timeByCaller(profile, inLong, () => true, frameName).slice(0, 30))
		console.log(`${ms(t).padStart(10)}  ${name}`);
	console.log("\nby the app's innermost call (top 30):");
	for (const [name, t] of timeByCaller(profile, inLong, ours, frameName).slice(0, 30))
		console.log(`${ms(t).padStart(10)}  ${name}`);
	console.log('\nSvelte effects, by the first frame outside the runtime (top 25):');
	for (const [name, t] of effects(profile, inLong, libraries).slice(0, 25))
		console.log(`${ms(t).padStart(10)}  ${name}`);
	console.log('\nby app stack (top 25):');
	for (const [name, t] of stacks(profile, inLong, ours).slice(0, 25))
		console.log(`${ms(t).padStart(10)}  ${name}`);
	await page.close();
}

const served = arg('base');
if (served) {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		await profileScale(browser, served);
	} finally {
		await browser.close();
	}
} else await withBuiltApp(profileScale, ['--mode', 'bench', '--minify', 'false']);
