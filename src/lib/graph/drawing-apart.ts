import type cytoscape from 'cytoscape';

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

/** Runs `run` in a task of its own: a message to itself, which no timer clamp or clock delays. */
export function inNextTask(run: () => void): () => void {
	const { port1, port2 } = new MessageChannel();
	port1.onmessage = () => {
		port1.close();
		run();
	};
	port2.postMessage(null);
	return () => port1.close();
}

/**
 * Moves cytoscape's drawing out of the animation frame and into tasks of its own, while `apart`
 * is on.
 *
 * In a frame the browser runs the page's animation callbacks and then rasterises what they drew:
 * with 1,400 people on stage each is about 20 to 45 ms on a 2-core laptop, so a step of the
 * slider made one task of 55 to 80 ms, and a key pressed meanwhile waited for all of it. Drawn in
 * tasks first, the frame that follows only rasterises, and input is handled in between. It costs
 * nothing more, but the picture comes a frame later, so small graphs, and every animated
 * transition, keep drawing in the frame.
 *
 * A drawing takes two tasks: first the rendered style of what changed (where each element now is,
 * its box, its label's place) and the elements' drawing order, then the drawing itself. At 1,400
 * people the drawing was 28 ms (median) with the order sorted in it, and 24 ms without; the
 * first task 4 ms and 7 ms.
 *
 * Cytoscape's loop reads `requestedFrame` each frame to decide whether to draw: while apart, a
 * request is hidden from the loop and drawn by the tasks instead, and a frame that comes while
 * they are due runs none of the loop's callbacks (a frame that does not draw would otherwise
 * bring the rendered styles up to date itself, in the frame). A renderer without that loop (a
 * headless one, or another version's) is left alone.
 */
export class DrawingApart {
	private readonly loop: RenderLoop | null;
	private apart = false;
	private requested = false;
	/** Set while the tasks run the loop's callbacks, which frames leave to them meanwhile. */
	private inTask = false;
	private readonly wrapped = new WeakSet<object>();
	private cancelTask: (() => void) | null = null;

	constructor(
		private readonly cy: cytoscape.Core,
		private readonly schedule: (run: () => void) => () => void = inNextTask
	) {
		const renderer = (cy as unknown as { renderer(): unknown }).renderer();
		this.loop = isRenderLoop(renderer) ? renderer : null;
		if (!this.loop) return;
		this.requested = this.loop.requestedFrame;
		Object.defineProperty(this.loop, 'requestedFrame', {
			configurable: true,
			enumerable: true,
			get: () => this.requested && !this.apart,
			set: (requested: boolean) => {
				this.requested = requested;
				if (requested && this.apart) this.drawSoon();
			}
		});
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
		} else {
			// What was waiting for the tasks is drawn by the next frame, as cytoscape would.
			this.cancelTask?.();
			this.cancelTask = null;
		}
	}

	/** Leaves cytoscape's renderer as it was. */
	dispose() {
		this.cancelTask?.();
		this.cancelTask = null;
		this.apart = false;
		if (!this.loop) return;
		const requested = this.requested;
		delete (this.loop as Partial<RenderLoop>).requestedFrame;
		this.loop.requestedFrame = requested;
	}

	/** Whether a drawing waits for the tasks. */
	private get held() {
		return this.apart && this.requested;
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
		if (this.cancelTask) return;
		this.cancelTask = this.schedule(() => {
			this.cancelTask = null;
			if (!this.ready()) return;
			this.inTask = true;
			try {
				this.loop?.flushRenderedStyleQueue?.();
				this.loop?.getCachedZSortedEles?.();
			} finally {
				this.inTask = false;
			}
			this.cancelTask = this.schedule(() => {
				this.cancelTask = null;
				this.draw();
			});
		});
	}

	private ready() {
		const loop = this.loop;
		// Inside a batch the loop would wait too: the batch's end asks again.
		return (
			loop !== null &&
			!loop.destroyed &&
			this.held &&
			!(this.cy as unknown as { batching(): boolean }).batching()
		);
	}

	/** What cytoscape's loop does in a frame when asked to draw. */
	private draw() {
		const loop = this.loop;
		if (!loop || !this.ready()) return;
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
		}
	}
}
