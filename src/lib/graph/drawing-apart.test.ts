import { describe, expect, it } from 'vitest';
import type cytoscape from 'cytoscape';
import { DrawingApart } from './drawing-apart';

/** A stand-in for cytoscape's renderer and the frame loop that reads it (see `RenderLoop`). */
function fakeGraph() {
	const log: string[] = [];
	const renderer = {
		requestedFrame: false,
		renderOptions: { forced: false },
		beforeRenderCallbacks: [{ fn: (willDraw: boolean) => log.push(willDraw ? 'styles' : 'idle') }],
		render: () => log.push('draw'),
		flushRenderedStyleQueue: () => log.push('flush'),
		getCachedZSortedEles: () => log.push('order'),
		canvasWidth: 800,
		/** Sizes the canvases to `width`: cytoscape leaves them alone when they have that size. */
		matchCanvasSize(width = 800) {
			if (width === this.canvasWidth) return;
			this.canvasWidth = width;
			log.push('resize');
		},
		lastRedrawTime: undefined as number | undefined,
		lastDrawTime: undefined as number | undefined,
		averageRedrawTime: undefined as number | undefined
	};
	let batching = false;
	const cy = {
		renderer: () => renderer,
		batching: () => batching
	} as unknown as cytoscape.Core;
	/** One animation frame of cytoscape's loop (`startRenderLoop`). */
	const frame = () => {
		if (renderer.requestedFrame) {
			renderer.beforeRenderCallbacks.forEach((c) => c.fn(true));
			renderer.render();
			renderer.requestedFrame = false;
		} else renderer.beforeRenderCallbacks.forEach((c) => c.fn(false));
	};
	const tasks: (() => void)[] = [];
	const schedule = (run: () => void) => {
		tasks.push(run);
		return () => {
			const due = tasks.indexOf(run);
			if (due >= 0) tasks.splice(due, 1);
		};
	};
	/** Runs the tasks due, and those they schedule, one by one; `count` at most. */
	const runTasks = (count = Infinity) => {
		for (let run = 0; run < count && tasks.length; run++) tasks.shift()!();
	};
	const setBatching = (on: boolean) => (batching = on);
	return { cy, renderer, log, frame, tasks, runTasks, schedule, setBatching };
}

/** A stand-in graph whose drawing is set apart; `hidden`: whether the page is. */
function drawnApart(hidden = () => false) {
	const graph = fakeGraph();
	const drawing = new DrawingApart(graph.cy, graph.schedule, hidden);
	drawing.isApart = true;
	return { graph, drawing };
}

describe('DrawingApart', () => {
	it('leaves drawing in the frame until it is set apart', () => {
		const graph = fakeGraph();
		new DrawingApart(graph.cy, graph.schedule);
		graph.renderer.requestedFrame = true;
		expect(graph.tasks).toHaveLength(0);
		graph.frame();
		expect(graph.log).toEqual(['styles', 'draw']);
	});

	it('draws a request in tasks of its own, styles first, and frames meanwhile do nothing', () => {
		const { graph } = drawnApart();
		graph.renderer.requestedFrame = true;
		graph.renderer.requestedFrame = true;
		expect(graph.tasks).toHaveLength(1);
		// A frame that comes before the tasks neither draws nor brings the styles up to date.
		graph.frame();
		expect(graph.log).toEqual([]);
		graph.runTasks(1);
		expect(graph.log).toEqual(['flush', 'order']);
		graph.frame();
		expect(graph.log).toEqual(['flush', 'order']);
		graph.runTasks();
		expect(graph.log).toEqual(['flush', 'order', 'styles', 'draw']);
		// Once drawn, a frame runs the callbacks again, without drawing.
		graph.frame();
		expect(graph.log).toEqual(['flush', 'order', 'styles', 'draw', 'idle']);
		expect(graph.renderer.averageRedrawTime).toBeGreaterThanOrEqual(0);
	});

	it('draws what was requested before it was set apart, in a task', () => {
		const graph = fakeGraph();
		const drawing = new DrawingApart(graph.cy, graph.schedule);
		graph.renderer.requestedFrame = true;
		drawing.isApart = true;
		graph.frame();
		graph.runTasks();
		expect(graph.log).toEqual(['flush', 'order', 'styles', 'draw']);
	});

	it('hands a waiting request back to the frame when set back', () => {
		const { graph, drawing } = drawnApart();
		graph.renderer.requestedFrame = true;
		drawing.isApart = false;
		expect(graph.tasks).toHaveLength(0);
		graph.frame();
		expect(graph.log).toEqual(['styles', 'draw']);
	});

	it('leaves the drawing to the frame when its task finds a batch under way', () => {
		const { graph } = drawnApart();
		graph.setBatching(true);
		graph.renderer.requestedFrame = true;
		graph.runTasks();
		expect(graph.log).toEqual([]);
		graph.setBatching(false);
		graph.frame();
		expect(graph.log).toEqual(['styles', 'draw']);
	});

	it('hands the drawing to the frame when set back between its two tasks', () => {
		const { graph, drawing } = drawnApart();
		graph.renderer.requestedFrame = true;
		graph.runTasks(1);
		drawing.isApart = false;
		graph.runTasks();
		graph.frame();
		expect(graph.log).toEqual(['flush', 'order', 'styles', 'draw']);
	});

	it('draws at once after a resize, before a frame could show the blanked canvases', async () => {
		const { graph } = drawnApart();
		graph.renderer.requestedFrame = true;
		// Sizing the canvases to the size they have changes nothing.
		graph.renderer.matchCanvasSize(800);
		expect(graph.tasks).toHaveLength(1);
		// Sizing them anew blanks them, and cytoscape asks for a drawing.
		graph.renderer.matchCanvasSize(640);
		graph.renderer.requestedFrame = true;
		expect(graph.tasks).toHaveLength(0);
		await Promise.resolve();
		expect(graph.log).toEqual(['resize', 'flush', 'order', 'styles', 'draw']);
		// The next change is drawn in tasks again.
		graph.renderer.requestedFrame = true;
		graph.frame();
		graph.runTasks();
		expect(graph.log.slice(5)).toEqual(['flush', 'order', 'styles', 'draw']);
	});

	it('leaves the drawing to the frames while the page is hidden', () => {
		const { graph } = drawnApart(() => true);
		graph.renderer.requestedFrame = true;
		expect(graph.tasks).toHaveLength(0);
		graph.frame();
		expect(graph.log).toEqual(['styles', 'draw']);
	});

	it('draws once for a request made by the callbacks of its own drawing, as the frame does', () => {
		const graph = fakeGraph();
		const drawing = new DrawingApart(graph.cy, graph.schedule);
		graph.renderer.beforeRenderCallbacks.push({
			fn: (willDraw: boolean) => {
				if (willDraw) graph.renderer.requestedFrame = true;
				return 0;
			}
		});
		drawing.isApart = true;
		graph.renderer.requestedFrame = true;
		graph.runTasks();
		graph.frame();
		graph.runTasks();
		expect(graph.log.filter((entry) => entry === 'draw')).toHaveLength(1);
		expect(graph.renderer.lastRedrawTime).toBeGreaterThanOrEqual(0);
		expect(graph.renderer.lastDrawTime).toBeGreaterThan(0);
	});

	it('gives the renderer back its own field when disposed', () => {
		const graph = fakeGraph();
		const { matchCanvasSize } = graph.renderer;
		const drawing = new DrawingApart(graph.cy, graph.schedule);
		drawing.isApart = true;
		graph.renderer.requestedFrame = true;
		drawing.dispose();
		expect(graph.tasks).toHaveLength(0);
		expect(Object.getOwnPropertyDescriptor(graph.renderer, 'requestedFrame')).toMatchObject({
			value: true,
			writable: true
		});
		expect(graph.renderer.matchCanvasSize).toBe(matchCanvasSize);
		graph.frame();
		expect(graph.log).toEqual(['styles', 'draw']);
	});

	it('leaves a renderer without a frame loop alone (headless)', () => {
		const cy = { renderer: () => ({ notify() {} }), batching: () => false };
		const drawing = new DrawingApart(cy as unknown as cytoscape.Core, () => {
			throw new Error('nothing to schedule');
		});
		drawing.isApart = true;
		expect(drawing.isApart).toBe(false);
		drawing.dispose();
	});
});
