import type { Browser, Page } from '@playwright/test';

/** One event of a Chrome trace (the JSON trace event format). */
interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** The thread's own time: without the time other processes had the core. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { type?: string } };
}

/** Starts recording the page's main thread (Chrome's timeline categories). */
export function startTrace(browser: Browser, page: Page) {
	return browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
}

/** Stops the recording started by `startTrace`, and returns its events. */
export async function stopTrace(browser: Browser): Promise<TraceEvent[]> {
	const buffer = await browser.stopTracing();
	const parsed = JSON.parse(buffer.toString('utf8')) as
		{ traceEvents: TraceEvent[] } | TraceEvent[];
	return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** A main-thread task: where it starts and ends (the trace's µs), and how long it took (ms). */
export interface TaskSpan {
	start: number;
	end: number;
	wall: number;
	thread: number;
}

/**
 * The whole main-thread task of each dispatch of a `type` event (for example `keydown`): the
 * handlers, the microtasks after them (Svelte's effects), and anything else the same task runs,
 * but not the frames drawn after it. `wall`: its length in ms; `thread`: the time (ms) the main
 * thread ran in it, without the time other processes had the core (on a shared machine).
 */
export function keyTaskSpans(
	events: TraceEvent[],
	type: string
): { start: number; end: number; wall: number; thread: number }[] {
	const main = events.find(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	if (!main) return [];
	const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
	const tasks = onMain.filter(
		(e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
	);
	const dispatches = onMain.filter(
		(e) => e.name === 'EventDispatch' && e.args?.data?.type === type
	);
	const spans = new Set<TraceEvent>();
	for (const dispatch of dispatches) {
		const task = tasks.find((t) => t.ts <= dispatch.ts && t.ts + (t.dur ?? 0) >= dispatch.ts);
		if (task) spans.add(task);
	}
	return [...spans].map((task) => ({
		start: task.ts,
		end: task.ts + (task.dur ?? 0),
		wall: (task.dur ?? 0) / 1000,
		thread: (task.tdur ?? task.dur ?? 0) / 1000
	}));
}

/**
 * The main thread's time (ms) in each named trace event, summed: for example the browser's style
 * recalculation (`UpdateLayoutTree`) and layout (`Layout`) of the frames a gesture drew.
 */
export function mainThreadTime(events: TraceEvent[], names: readonly string[]): number {
	const main = events.find(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	if (!main) return NaN;
	return events
		.filter(
			(e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && names.includes(e.name)
		)
		.reduce((total, e) => total + (e.tdur ?? e.dur ?? 0) / 1000, 0);
}
