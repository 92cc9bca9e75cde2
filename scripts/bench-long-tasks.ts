import type { Page } from '@playwright/test';

type Watched = { __longTasks: { start: number; duration: number }[] };

/**
 * Starts keeping the page's main-thread tasks over 50 ms (Long Tasks API); `buffered`: with those
 * since the page loaded.
 */
export function watchLongTasks(page: Page, buffered = false) {
	return page.evaluate((buffered) => {
		const w = window as unknown as Watched;
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered });
	}, buffered);
}

/**
 * Waits until no task over 50 ms has ended for `quiet` ms of the page's time, reading the tasks
 * kept in `window[list]`: a graph that has shown its first people may still be bringing the rest
 * on, a frame at a time, and those frames belong to what is measured.
 */
export function waitUntilQuiet(page: Page, list = '__longTasks', quiet = 1000) {
	return page.waitForFunction(
		({ list, quiet }) => {
			const tasks = (window as unknown as Record<string, { start: number; duration: number }[]>)[
				list
			];
			const lastEnd = Math.max(0, ...(tasks ?? []).map((t) => t.start + t.duration));
			return performance.now() - lastEnd > quiet;
		},
		{ list, quiet },
		{ polling: 250, timeout: 120_000 }
	);
}

/** The tasks over 50 ms kept since `since` (page time, 0 for all), in ms. */
export function longTasksSince(page: Page, since = 0) {
	return page.evaluate(
		(since) =>
			(window as unknown as Watched).__longTasks
				.filter((task) => task.start >= since)
				.map((task) => task.duration),
		since
	);
}

type WorkerWatched = {
	__workerMarks: {
		messages: { time: number; kind: string }[];
		posts: { start: number; duration: number; kind: string }[];
	};
};

/**
 * Before the page loads: keeps when messages from the workers whose script's address matches
 * `pattern` arrive, and when and how long each request to them was posted (the structured clone
 * of what is sent happens on the main thread). A long task that holds one of these ran that
 * worker's page-side code (`longTasksWithWorkerCode`).
 */
export function watchWorkerCalls(page: Page, pattern: RegExp) {
	return page.addInitScript((source) => {
		const matches = new RegExp(source);
		const w = window as unknown as WorkerWatched;
		w.__workerMarks = { messages: [], posts: [] };
		const Real = window.Worker;
		window.Worker = class extends Real {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				if (!matches.test(String(url))) return;
				// Added before the page's own handler: it runs first, as the message's task starts.
				this.addEventListener('message', (event: MessageEvent<{ kind?: string }>) =>
					w.__workerMarks.messages.push({
						time: performance.now(),
						kind: String(event.data?.kind)
					})
				);
				const post = this.postMessage.bind(this) as (...args: unknown[]) => void;
				this.postMessage = (...args: unknown[]) => {
					const start = performance.now();
					post(...args);
					w.__workerMarks.posts.push({
						start,
						duration: performance.now() - start,
						kind: String((args[0] as { kind?: string } | undefined)?.kind)
					});
				};
			}
		};
	}, pattern.source);
}

/**
 * The tasks over 50 ms since `since` in which the watched workers' page-side code ran (see
 * `watchWorkerCalls`): those that handled a message from them (their answers, and what the page
 * redraws from them), and those in which the page asked them something (often a task the page
 * runs for other reasons too, such as opening a dataset), with the time its requests took there.
 */
export function longTasksWithWorkerCode(page: Page, since = 0) {
	return page.evaluate((since) => {
		const tasks = (window as unknown as Watched).__longTasks.filter((t) => t.start >= since);
		const { messages, posts } = (window as unknown as WorkerWatched).__workerMarks;
		// No named helper here: the bundler that runs this file would wrap it in one the page
		// does not have.
		return {
			answering: tasks
				.map((task) => ({
					duration: task.duration,
					kinds: messages
						.filter((m) => m.time >= task.start && m.time <= task.start + task.duration)
						.map((m) => m.kind)
				}))
				.filter((task) => task.kinds.length > 0),
			asking: tasks
				.map((task) => ({
					duration: task.duration,
					requests: posts
						.filter((p) => p.start >= task.start && p.start <= task.start + task.duration)
						.reduce((sum, p) => sum + p.duration, 0),
					kinds: posts
						.filter((p) => p.start >= task.start && p.start <= task.start + task.duration)
						.map((p) => p.kind)
				}))
				.filter((task) => task.requests > 0),
			longestPost: posts.filter((p) => p.start >= since).sort((a, b) => b.duration - a.duration)[0]
		};
	}, since);
}
