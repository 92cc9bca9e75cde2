import type cytoscape from 'cytoscape';
import { inNextTask } from '../export/yield';

/**
 * What this relies on in cytoscape's canvas renderer (3.34): a loop that, on every animation
 * frame, runs the `beforeRenderCallbacks` (rendered styles, texture caches, animations) and,
 * when `requestedFrame` is set, draws with `render`.
 */
interface RenderLoop {
	requestedFrame: boolean;
	/** Brings the rendered style (positions, boxes, labels) of changed elements up to date. */
	flushRenderedStyleQueue?: () => void;
	/** Every element in drawing order, sorted again after elements come or go. */
	getCachedZSortedEles?: () => unknown;
	/** Sizes the canvases to their container, which blanks them when their size changes. */
	matchCanvasSize?: (...args: unknown[]) => void;
	canvasWidth?: number;
	canvasHeight?: number;
	destroyed?: boolean;
	renderOptions?: unknown;
	beforeRenderCallbacks: { fn: (willDraw: boolean, now: number) => void }[];
	render(options?: unknown): void;
	lastDrawTime?: number;
	lastRedrawTime?: number;
	averageRedrawTime?: number;
	redrawCount?: number;
	redrawTotalTime?: number;
}

function isRenderLoop(renderer: unknown): renderer is RenderLoop {
	const loop = renderer as Partial<RenderLoop> | null;
	return (
		typeof loop === 'object' &&
		loop !== null &&
		typeof loop.render === 'function' &&
		Array.isArray(loop.beforeRenderCallbacks) &&
		typeof loop.requestedFrame === 'boolean'
	);
}

/** Runs `run` once the current task's own work is done, before any frame: a microtask. */
function afterThisTask(run: () => void): () => void {
	let stopped = false;
	queueMicrotask(() => {
		if (!stopped) run();
	});
	return () => {
		stopped = true;
	};
}

/**
 * Moves cytoscape's drawing out of the animation frame and into tasks of its own, while `apart`
 * is on.
 *
 * In a frame the browser runs the page's animation callbacks and then rasterises what they drew:
 * with 1,400 people on stage each is about 20 to 45 ms on a 2-core laptop, so a step of the
 * slider made one task of 55 to 80 ms, and a key pressed meanwhile waited for all of it. Drawn in
 * tasks first, the frame that follows has little left but the rasterising, and input is handled
 * in between. The work is the same, but the picture comes a frame later: the view sets this
 * apart only for months too large to glide to (see `SCALE.drawnApartAbove`), and then whatever
 * changes them (a step, a selection, the camera) is drawn in tasks.
 *
 * A drawing takes two tasks: first the rendered style of what changed (where each element now is,
 * its box, its label's place) and the elements' drawing order, then the drawing itself. At 1,400
 * people the drawing was 28 ms (median) with the order sorted in it, and 24 ms without; the
 * first task 4 ms and 7 ms.
 *
 * Cytoscape's loop reads `requestedFrame` each frame to decide whether to draw: while the tasks
 * are due, a request is hidden from the loop, and a frame that comes meanwhile runs none of the
 * loop's callbacks (a frame that does not draw would otherwise bring the rendered styles up to
 * date itself, in the frame). Whatever the tasks do not draw (they found a batch under way, or
 * the page hidden) is the frame's again. A resized canvas is blank until drawn, so after a
 * resize the drawing comes at the end of the task that resized it, before any frame can show
 * it. A renderer without that loop (a headless one, or another version's) is left alone.
 */
export class DrawingApart {
	private readonly loop: RenderLoop | null;
	private apart = false;
	private requested = false;
	/** Set from a resize of the canvases until they are drawn again. */
	private resized = false;
	/** Set while the tasks run the loop's callbacks, which frames leave to them meanwhile. */
	private inTask = false;
	private readonly wrapped = new WeakSet<object>();
	/** Stops the task due, if one is. */
	private cancelTask: (() => void) | null = null;
	/** Gives the renderer back what was changed on it. */
	private readonly restore: (() => void)[] = [];

	constructor(
		private readonly cy: cytoscape.Core,
		private readonly schedule: (run: () => void) => () => void = inNextTask,
		private readonly pageHidden: () => boolean = () =>
			typeof document !== 'undefined' && document.hidden
	) {
		const renderer = (cy as unknown as { renderer(): unknown }).renderer();
		this.loop = isRenderLoop(renderer) ? renderer : null;
		if (!this.loop) return;
		const loop = this.loop;
		this.requested = loop.requestedFrame;
		Object.defineProperty(loop, 'requestedFrame', {
			configurable: true,
			enumerable: true,
			get: () => this.requested && !this.held,
			set: (requested: boolean) => {
				this.requested = requested;
				// The loop has drawn: resized canvases have their picture again.
				if (!requested) this.resized = false;
				else if (this.apart) this.drawSoon();
			}
		});
		this.restore.push(() => {
			delete (loop as Partial<RenderLoop>).requestedFrame;
			loop.requestedFrame = this.requested;
		});
		const matchCanvasSize = loop.matchCanvasSize;
		if (typeof matchCanvasSize === 'function') {
			const own = Object.getOwnPropertyDescriptor(loop, 'matchCanvasSize');
			loop.matchCanvasSize = (...args: unknown[]) => {
				const size = [loop.canvasWidth, loop.canvasHeight];
				matchCanvasSize.apply(loop, args);
				// Cytoscape leaves canvases of the same size alone (and their picture with them).
				const resized = loop.canvasWidth !== size[0] || loop.canvasHeight !== size[1];
				if (resized && !this.inTask) {
					this.resized = true;
					this.stopTask();
				}
			};
			this.restore.push(() => {
				if (own) Object.defineProperty(loop, 'matchCanvasSize', own);
				else delete loop.matchCanvasSize;
			});
		}
		this.wrapCallbacks();
	}

	/** Whether drawing happens in tasks of its own (see the class). */
	get isApart(): boolean {
		return this.apart;
	}

	set isApart(apart: boolean) {
		if (!this.loop || apart === this.apart) return;
		this.apart = apart;
		if (apart) {
			if (this.requested) this.drawSoon();
		} else this.stopTask();
	}

	/** Leaves cytoscape's renderer as it was. */
	dispose() {
		this.stopTask();
		this.apart = false;
		for (const undo of this.restore.splice(0)) undo();
	}

	/** Whether a drawing waits for the tasks. */
	private get held() {
		return this.apart && this.requested && this.cancelTask !== null;
	}

	/** What was waiting for the tasks is drawn by the next frame, as cytoscape would. */
	private stopTask() {
		this.cancelTask?.();
		this.cancelTask = null;
	}

	/** Makes each of the loop's callbacks wait, in a frame, while a drawing is held. */
	private wrapCallbacks() {
		for (const callback of this.loop?.beforeRenderCallbacks ?? []) {
			if (this.wrapped.has(callback)) continue;
			const run = callback.fn;
			callback.fn = (willDraw, now) => {
				if (this.held && !this.inTask) return;
				run(willDraw, now);
			};
			this.wrapped.add(callback);
		}
	}

	private drawSoon() {
		// A hidden page draws nothing: its frames wait until it is shown, and so does the drawing.
		if (this.cancelTask || this.pageHidden()) return;
		if (this.resized) {
			// Blank canvases: drawn whole in this task, after what resized them.
			this.cancelTask = afterThisTask(() => {
				this.cancelTask = null;
				if (!this.ready()) return;
				this.bringStylesUpToDate();
				this.draw();
			});
			return;
		}
		this.cancelTask = this.schedule(() => {
			this.cancelTask = null;
			if (!this.ready()) return;
			this.bringStylesUpToDate();
			this.cancelTask ??= this.schedule(() => {
				this.cancelTask = null;
				if (this.ready()) this.draw();
			});
		});
	}

	/** The rendered style of what changed, and the drawing order: the first task's work. */
	private bringStylesUpToDate() {
		this.inTask = true;
		try {
			this.loop?.flushRenderedStyleQueue?.();
			this.loop?.getCachedZSortedEles?.();
		} finally {
			this.inTask = false;
		}
	}

	/** Whether the tasks may draw now; else the request stays for the frame. */
	private ready() {
		const loop = this.loop;
		// Inside a batch the loop would wait too.
		return (
			loop !== null &&
			!loop.destroyed &&
			this.apart &&
			this.requested &&
			!(this.cy as unknown as { batching(): boolean }).batching()
		);
	}

	/** What cytoscape's loop does in a frame when asked to draw. */
	private draw() {
		const loop = this.loop!;
		this.wrapCallbacks();
		this.inTask = true;
		try {
			const started = performance.now();
			for (const callback of loop.beforeRenderCallbacks) callback.fn(true, started);
			const drawing = performance.now();
			loop.render(loop.renderOptions);
			const ended = performance.now();
			const duration = ended - drawing;
			// The texture caches budget their own work by how long drawing takes.
			loop.lastDrawTime = ended;
			loop.lastRedrawTime = duration;
			loop.redrawCount = (loop.redrawCount ?? 0) + 1;
			loop.redrawTotalTime = (loop.redrawTotalTime ?? 0) + duration;
			loop.averageRedrawTime = (loop.averageRedrawTime ?? duration) / 2 + duration / 2;
		} finally {
			this.inTask = false;
			this.requested = false;
			this.resized = false;
		}
	}
}
