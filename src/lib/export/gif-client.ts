import type { GifReply, GifRequest } from './gif.worker';

/** Frames sent to the worker and not yet encoded, at most: each holds a whole picture's pixels. */
const IN_FLIGHT = 3;

/**
 * Encodes an animated GIF in a Web Worker (`gif.worker.ts`), so the page stays responsive while
 * it draws the frames. `addFrame` waits while the worker is behind, so only a few frames' pixels
 * are held at once; `cancel` stops the worker and nothing is made.
 */
export class GifClient {
	private readonly worker: Worker;
	private sent = 0;
	private encoded = 0;
	private failure: Error | null = null;
	private waiting: (() => void)[] = [];
	private finished: { resolve: (gif: Uint8Array) => void; reject: (error: Error) => void } | null =
		null;

	constructor(width: number, height: number, palette: number[][]) {
		this.worker = new Worker(new URL('./gif.worker.ts', import.meta.url), { type: 'module' });
		this.worker.onmessage = (event: MessageEvent<GifReply>) => {
			const reply = event.data;
			if (reply.kind === 'framed') this.encoded = reply.frames;
			else if (reply.kind === 'done') this.finished?.resolve(reply.gif);
			else this.fail(new Error(reply.message));
			this.wake();
		};
		this.worker.onerror = () => this.fail(new Error('the GIF encoder stopped'));
		this.post({ kind: 'start', width, height, palette });
	}

	/** Sends a frame's RGBA pixels (the buffer is handed over); waits while the worker is behind. */
	async addFrame(rgba: Uint8ClampedArray, delayMs: number) {
		if (this.failure) throw this.failure;
		const buffer = rgba.buffer as ArrayBuffer;
		this.post({ kind: 'frame', rgba: buffer, delayMs }, [buffer]);
		this.sent++;
		while (this.sent - this.encoded >= IN_FLIGHT && !this.failure)
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		if (this.failure) throw this.failure;
	}

	/** The GIF file, once every frame sent is encoded. The worker is ended after. */
	finish(): Promise<Uint8Array> {
		if (this.failure) return Promise.reject(this.failure);
		return new Promise<Uint8Array>((resolve, reject) => {
			this.finished = { resolve, reject };
			this.post({ kind: 'finish' });
		}).finally(() => this.worker.terminate());
	}

	/** Stops the encoding: the worker ends and anything waiting gives up. */
	cancel() {
		this.worker.terminate();
		this.fail(new Error('cancelled'));
	}

	private post(request: GifRequest, transfer: Transferable[] = []) {
		this.worker.postMessage(request, transfer);
	}

	private fail(error: Error) {
		this.failure ??= error;
		this.finished?.reject(this.failure);
		this.wake();
	}

	private wake() {
		const waiting = this.waiting;
		this.waiting = [];
		for (const resolve of waiting) resolve();
	}
}
