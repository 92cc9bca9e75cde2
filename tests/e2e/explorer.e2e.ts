import { expect, test } from './console';
import { distance, positionsOf, slideTo } from './graph';

const MONTHS_FROM_START = (month: string) => {
	// The dataset starts in October 1917.
	const [year, m] = month.split('-').map(Number) as [number, number];
	return (year - 1917) * 12 + (m - 10);
};

test('June 1924 shows the Troika in the legend, the graph and the text view', async ({ page }) => {
	await page.goto('/?at=1924-06');
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1924/ })
	).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: /Troika/ })
	).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: /Who stood where in June 1924/ })
			.getByText(/Troika/)
			.first()
	).toBeVisible();
	await expect(page.getByRole('row', { name: /Joseph Vissarionovich Stalin/ })).toContainText(
		'General Secretary'
	);
});

test('the text view lists the deaths of the month, and nothing in a month without one', async ({
	page
}) => {
	await page.goto('/?at=1934-12');
	const text = page.getByRole('region', { name: /Who stood where in December 1934/ });
	await expect(text.getByRole('heading', { name: 'Deaths in December 1934' })).toBeVisible();
	await expect(text.getByRole('listitem').filter({ hasText: 'Kirov' })).toHaveText(
		'Kirov: Killed 1 December 1934'
	);
	await text.getByRole('button', { name: 'Kirov', exact: true }).click();
	await expect(page.getByRole('region', { name: /Sergei .*Kirov/ })).toBeVisible();

	await page.goto('/?at=1926-10');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in October 1926' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Deaths in/ })).toHaveCount(0);
});

test('Stalin sits with Zinoviev and Kamenev in 1924 and with Bukharin in 1927', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	let p = await positionsOf(page, ['stalin', 'zinoviev', 'kamenev', 'bukharin']);
	const toBukharin1924 = distance(p.stalin!, p.bukharin!);
	expect(distance(p.stalin!, p.zinoviev!)).toBeLessThan(toBukharin1924);
	expect(distance(p.stalin!, p.kamenev!)).toBeLessThan(toBukharin1924);

	await page.goto('/?at=1927-06');
	p = await positionsOf(page, ['stalin', 'zinoviev', 'kamenev', 'bukharin']);
	const toBukharin1927 = distance(p.stalin!, p.bukharin!);
	expect(toBukharin1927).toBeLessThan(distance(p.stalin!, p.zinoviev!));
	expect(toBukharin1927).toBeLessThan(distance(p.stalin!, p.kamenev!));
});

test('the Left is always drawn left of the Right', async ({ page }) => {
	for (const month of ['1924-06', '1926-10', '1927-06', '1930-09']) {
		await page.goto(`/?at=${month}`);
		const p = await positionsOf(page, [
			'trotsky',
			'zinoviev',
			'stalin',
			'bukharin',
			'rykov',
			'syrtsov',
			'lominadze'
		]);
		const left = [p.trotsky, p.zinoviev, p.lominadze].filter((x) => x !== null);
		const right = [p.bukharin, p.rykov, p.syrtsov].filter((x) => x !== null);
		expect(left.length, month).toBeGreaterThan(0);
		expect(right.length, month).toBeGreaterThan(0);
		for (const l of left) for (const r of right) expect(l!.x, month).toBeLessThan(r!.x);
	}
});

test('a month looks the same by deep link, sliding forward and sliding back', async ({ page }) => {
	const people = ['stalin', 'bukharin', 'rykov', 'tomsky', 'molotov', 'uglanov'];
	await page.goto('/?at=1929-06');
	const deepLink = await positionsOf(page, people);

	await page.goto('/?at=1917-10');
	await slideTo(page, MONTHS_FROM_START('1929-06'));
	await expect(page).toHaveURL(/at=1929-06/);
	const forward = await positionsOf(page, people);

	await page.goto('/?at=1938-03');
	await slideTo(page, MONTHS_FROM_START('1929-06'));
	await expect(page).toHaveURL(/at=1929-06/);
	const backward = await positionsOf(page, people);

	for (const id of people) {
		expect(forward[id], id).toEqual(deepLink[id]);
		expect(backward[id], id).toEqual(deepLink[id]);
	}
});

test('people glide between months, and jump when the user asks for reduced motion', async ({
	page
}) => {
	type Point = { x: number; y: number };
	interface GraphHook {
		__factionsGraph: { positionOf(id: string): Point | null; isAnimating(): boolean };
	}
	const stalin = () =>
		page.evaluate(() => (window as unknown as GraphHook).__factionsGraph.positionOf('stalin'));
	const animating = () =>
		page.evaluate(() => (window as unknown as GraphHook).__factionsGraph.isAnimating());
	/**
	 * Steps a month with the page's clock stopped, then lets it run one frame at a time and records
	 * where Stalin is after each: how the move looks does not depend on how busy the machine is.
	 */
	const stepFrameByFrame = async (from: Point) => {
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
		await page.getByRole('slider', { name: 'Date' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
			'aria-valuetext',
			'December 1925'
		);
		const samples: (Point | null)[] = [];
		for (let frame = 0; frame < 600; frame++) {
			await page.clock.runFor(16);
			const point = await stalin();
			samples.push(point);
			if (!same(point, from) && !(await animating())) break;
		}
		await page.clock.resume();
		return { after: samples[samples.length - 1]!, samples };
	};
	const same = (a: Point | null, b: Point | null) =>
		a !== null && b !== null && a.x === b.x && a.y === b.y;

	await page.clock.install();
	await page.goto('/?at=1925-11');
	const before = (await positionsOf(page, ['stalin'])).stalin!;
	const glide = await stepFrameByFrame(before);
	expect(glide.after).not.toEqual(before);
	const between = glide.samples.filter((p) => !same(p, before) && !same(p, glide.after));
	expect(between.length, 'frames drawn on the way').toBeGreaterThan(0);
	expect((await positionsOf(page, ['stalin'])).stalin).toEqual(glide.after);

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?at=1925-11');
	expect((await positionsOf(page, ['stalin'])).stalin).toEqual(before);
	const jump = await stepFrameByFrame(before);
	expect(jump.after).toEqual(glide.after);
	// Every frame shows Stalin either where he was or where he goes: nothing in between.
	for (const point of jump.samples)
		expect(same(point, before) || same(point, jump.after)).toBe(true);
});

/**
 * Steps from October to November 1926 (Ordzhonikidze leaves the stage, Chubar arrives) with the
 * page's clock stopped, then runs it one frame at a time and records, after each frame, the
 * leaver's and the arriver's opacity and where everyone else stands.
 */
async function sampleTransition(page: import('@playwright/test').Page) {
	type Frame = {
		leaver: number | null;
		arriver: number | null;
		stayers: Record<string, { x: number; y: number }>;
		animating: boolean;
	};
	const sample = () =>
		page.evaluate(() => {
			const graph = (
				window as unknown as {
					__factionsGraph: {
						opacityOf(id: string): number | null;
						placedPeople(): { id: string; x: number; y: number }[];
						isAnimating(): boolean;
					};
				}
			).__factionsGraph;
			return {
				leaver: graph.opacityOf('ordzhonikidze'),
				arriver: graph.opacityOf('chubar'),
				stayers: Object.fromEntries(
					graph
						.placedPeople()
						.filter((p) => p.id !== 'ordzhonikidze' && p.id !== 'chubar')
						.map((p) => [p.id, { x: p.x, y: p.y }])
				),
				animating: graph.isAnimating()
			};
		});
	await page.clock.install();
	await page.goto('/?at=1926-10');
	await positionsOf(page, ['stalin']);
	const before = await sample();
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
		'aria-valuetext',
		'November 1926'
	);
	const frames: Frame[] = [];
	for (let frame = 0; frame < 300; frame++) {
		await page.clock.runFor(16);
		const now = await sample();
		frames.push(now);
		if (!now.animating) break;
	}
	await page.clock.resume();
	const after = frames[frames.length - 1]!;
	const at = (frame: Frame, other: Frame) =>
		Object.entries(frame.stayers).every(([id, p]) => {
			const q = other.stayers[id];
			return q !== undefined && q.x === p.x && q.y === p.y;
		});
	return { before, after, frames, at };
}

test('a new month comes in stages: who leaves fades out, then people move, then who arrives fades in', async ({
	page
}) => {
	const { before, after, frames, at } = await sampleTransition(page);
	expect(before.leaver).toBe(1);
	expect(before.arriver).toBeNull();
	expect(after.animating).toBe(false);
	expect(after.leaver).toBeNull();
	expect(after.arriver).toBe(1);
	expect(at(after, before), 'people stand elsewhere in November').toBe(false);

	const firstMove = frames.findIndex((frame) => !at(frame, before));
	const lastMove = frames.findLastIndex((frame) => !at(frame, after));
	expect(firstMove, 'frames drawn before the move').toBeGreaterThan(0);
	expect(lastMove, 'frames drawn during the move').toBeGreaterThan(firstMove);
	// Stage 1: the leaver fades out, and is gone by the first frame in which anyone moves.
	const fading = frames.slice(0, firstMove).map((frame) => frame.leaver);
	expect(fading.some((opacity) => opacity !== null && opacity > 0 && opacity < 1)).toBe(true);
	for (const frame of frames.slice(firstMove)) expect(frame.leaver ?? 0).toBe(0);
	// Stage 2: people move, and the newcomer is not drawn yet.
	for (const frame of frames.slice(0, lastMove + 1)) expect(frame.arriver).toBe(0);
	// Stage 3: the newcomer fades in once everyone stands at their new place.
	const arriving = frames.slice(lastMove + 1).map((frame) => frame.arriver ?? 0);
	expect(arriving.some((opacity) => opacity > 0 && opacity < 1)).toBe(true);
	for (const frame of frames.slice(lastMove + 1)) expect(at(frame, after)).toBe(true);
});

test('with reduced motion a new month cross-fades briefly and nobody glides', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const { before, after, frames, at } = await sampleTransition(page);
	expect(after.leaver).toBeNull();
	expect(after.arriver).toBe(1);
	// Who leaves and who arrives fade at once, in a fraction of a second.
	expect(
		frames.some(
			(frame) =>
				frame.leaver !== null &&
				frame.leaver > 0 &&
				frame.leaver < 1 &&
				frame.arriver !== null &&
				frame.arriver > 0 &&
				frame.arriver < 1
		)
	).toBe(true);
	expect(frames.length * 16).toBeLessThanOrEqual(16 * 14);
	// Every frame shows people where they were or where they go: nothing in between.
	for (const frame of frames) expect(at(frame, before) || at(frame, after)).toBe(true);
});

test('a bad date in the URL falls back with a notice the user can dismiss', async ({ page }) => {
	await page.goto('/?at=1926-13');
	const notice = page.getByRole('status').filter({ hasText: '"1926-13" is not a date' });
	await expect(notice).toBeVisible();
	await expect(page.getByRole('heading', { name: /Who stood where in June 1924/ })).toBeVisible();
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toBeHidden();

	await page.goto('/?at=1850-01');
	await expect(page.getByRole('status').filter({ hasText: 'outside the data' })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: /Who stood where in October 1917/ })
	).toBeVisible();
});

test('the month changes are announced to screen readers', async ({ page }) => {
	await page.goto('/?at=1926-09');
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('announcer')).toHaveText(
		/October 1926: .*Trotsky and Kamenev removed from the Politburo/
	);
});

test('the text view follows a step after the key press while out of sight, and with it once in sight', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1924/ })
	).toBeVisible();
	const text = page.getByRole('region', { name: /Who stood where in/ });
	await expect(text).not.toBeInViewport();
	// Whether the text view changed in the key press's own task, or in a task after it.
	await text.evaluate((region) => {
		const seen = { inKeyTask: 0, later: 0 };
		let keyTask = false;
		window.addEventListener(
			'keydown',
			() => {
				keyTask = true;
				const { port1, port2 } = new MessageChannel();
				port1.onmessage = () => (keyTask = false);
				port2.postMessage(null);
			},
			true
		);
		new MutationObserver(() => (keyTask ? seen.inKeyTask++ : seen.later++)).observe(region, {
			subtree: true,
			childList: true,
			characterData: true
		});
		(window as unknown as { __textChanges: typeof seen }).__textChanges = seen;
	});
	const changes = () =>
		page.evaluate(() => ({
			...(window as unknown as { __textChanges: { inKeyTask: number; later: number } })
				.__textChanges
		}));
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(text.getByRole('heading', { name: 'Who stood where in July 1924' })).toBeAttached();
	const outOfSight = await changes();
	expect(outOfSight.inKeyTask).toBe(0);
	expect(outOfSight.later).toBeGreaterThan(0);

	// In sight, the text view changes with the graph, in the same task.
	await text.scrollIntoViewIfNeeded();
	await text.evaluate(
		(region) =>
			new Promise<void>((resolve) =>
				new IntersectionObserver((entries, observer) => {
					if (!entries.some((entry) => entry.isIntersecting)) return;
					observer.disconnect();
					resolve();
				}).observe(region)
			)
	);
	await page.keyboard.press('ArrowRight');
	await expect(text.getByRole('heading', { name: 'Who stood where in August 1924' })).toBeVisible();
	expect((await changes()).inKeyTask).toBeGreaterThan(0);
	await expect(slider).toHaveAttribute('aria-valuetext', 'August 1924');
});

test('showing only the Politburo brings its own layout while the slider and the text view keep working', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/?at=1926-10');
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926: 25 people/ })
	).toBeVisible();
	// The built-in data's layout for the Politburo only was made when the site was built: it is
	// fetched, not laid out in a worker. It is held until the page has been used meanwhile, so
	// that it arrives as late as the test needs, however fast the machine is.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let layoutRequested = false;
	let workerRequested = false;
	await page.route(/layouts\/builtin-politburo\.json/, async (route) => {
		layoutRequested = true;
		await released;
		await route.continue();
	});
	page.on('worker', (worker) => {
		if (/flipbook\.worker/.test(worker.url())) workerRequested = true;
	});
	await page.getByRole('radio', { name: 'Politburo members only' }).check();
	await expect(page).toHaveURL(/show=politburo/);
	const layingOut = page.getByRole('status').filter({ hasText: 'Laying out the graph…' });
	await expect(layingOut).toBeVisible();
	await expect.poll(() => layoutRequested).toBe(true);

	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', 'November 1926');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in November 1926' })
	).toBeVisible();
	await expect(page.getByRole('row', { name: /Joseph Vissarionovich Stalin/ })).toHaveCount(1);
	await expect(page.getByRole('row', { name: /Grigory Yevseyevich Zinoviev/ })).toHaveCount(0);
	await expect(layingOut).toBeVisible();

	release();
	// Laying out 246 months takes seconds, and on a busy machine many more.
	await expect(
		page.getByRole('application', { name: /Faction graph for November 1926: 15 people/ })
	).toBeVisible({ timeout: 45_000 });
	await expect(layingOut).toBeHidden();
	expect(workerRequested).toBe(false);
	const p = await positionsOf(page, ['stalin', 'bukharin', 'zinoviev']);
	expect(p.zinoviev).toBeNull();
	expect(p.stalin!.x).toBeLessThan(p.bukharin!.x);

	await page.goBack();
	await expect(page).toHaveURL(/at=1926-10/);
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926: 15 people/ })
	).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('radio', { name: 'Everyone on stage' })).toBeChecked();
	await expect(page.getByRole('application', { name: /October 1926: 25 people/ })).toBeVisible();
});

test('an arrow key held down never writes the address more often than a browser allows', async ({
	page
}) => {
	// Safari refuses a page's 101st history write within 30 seconds, with a SecurityError;
	// Chromium, as Playwright runs it, does not. This page's history refuses as Safari's does.
	await page.addInitScript(() => {
		let windowStart = -Infinity;
		let used = 0;
		const page = window as unknown as { __historyWrites: number };
		page.__historyWrites = 0;
		for (const name of ['pushState', 'replaceState'] as const) {
			const write = history[name];
			history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
				page.__historyWrites++;
				const now = performance.now();
				if (now - windowStart > 30_000) [windowStart, used] = [now, 0];
				if (++used > 100)
					throw new DOMException(
						`Attempt to use history.${name}() more than 100 times per 30 seconds`,
						'SecurityError'
					);
				write.apply(this, args);
			};
		}
	});
	await page.goto('/?at=1923-01');
	await expect(
		page.getByRole('application', { name: /Faction graph for January 1923/ })
	).toBeVisible();
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	// 130 months, as a key held down steps them: one after another, each drawn.
	for (let step = 0; step < 130; step++) await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', 'November 1933');
	// The address catches up with the month shown, and the title with it.
	await expect(page).toHaveURL(/at=1933-11$/);
	await expect(page).toHaveTitle('Factions — November 1933');
	// The first 20 steps have an entry each; the rest share fewer.
	const writes = await page.evaluate(
		() => (window as unknown as { __historyWrites: number }).__historyWrites
	);
	expect(writes).toBeGreaterThanOrEqual(20);
	expect(writes).toBeLessThan(130);
});
