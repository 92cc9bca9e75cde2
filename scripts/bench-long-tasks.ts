import type { Page } from '@playwright/test';

type Watched = { __longTasks: { start: number; duration: number }[] };

/** Starts keeping the page's main-thread tasks over 50 ms (Long Tasks API). */
export function watchLongTasks(page: Page) {
	return page.evaluate(() => {
		const w = window as unknown as Watched;
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask' });
	});
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
