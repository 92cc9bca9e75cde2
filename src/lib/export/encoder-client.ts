/** Frames sent to an encoder's worker and not yet encoded, at most: each holds a whole picture. */
const IN_FLIGHT = 3;

/** What an encoder's worker answers: a frame encoded, the finished file, or a failure. */
export type EncoderReply =
	| { kind: 'framed'; frames: number }
	| { kind: 'done'; file: Uint8Array }
	| { kind: 'failed'; message: string };

/**
 * The page's side of an encoder running in a Web Worker (the GIF's, the video's): frames are
 * sent as they are drawn, and `sendFrame` waits while the worker is behind, so only a few
 * frames are held at once; `finish` gives the file; `cancel` stops the worker and nothing is
 * made. `Request` is what the worker reads; `{ kind: 'finish' }` ends the file.
 */
export class EncoderClient<Request extends { kind: string }> {
	private sent = 0;
	private encoded = 0;
	private failure: Error | null = null;
	private waiting: (() => void)[] = [];
	private finished: { resolve: (file: Uint8Array) => void; reject: (error: Error) => void } | null =
		null;

	/** `what` names the encoder in the message of a worker that stopped ("the GIF encoder"). */
	constructor(
		private readonly worker: Worker,
		what: string
	) {
		this.worker.onmessage = (event: MessageEvent<EncoderReply>) => {
			const reply = event.data;
			if (reply.kind === 'framed') this.encoded = reply.frames;
			else if (reply.kind === 'done') this.finished?.resolve(reply.file);
			else this.fail(new Error(reply.message));
			this.wake();
		};
		this.worker.onerror = () => this.fail(new Error(`${what} stopped`));
	}

	/** Sends a message that is not a frame (the start). */
	protected post(request: Request | { kind: 'finish' }, transfer: Transferable[] = []) {
		this.worker.postMessage(request, transfer);
	}

	/** Sends a frame (its buffers handed over in `transfer`); waits while the worker is behind. */
	protected async sendFrame(request: Request, transfer: Transferable[]) {
		if (this.failure) throw this.failure;
		this.post(request, transfer);
		this.sent++;
		while (this.sent - this.encoded >= IN_FLIGHT && !this.failure)
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		if (this.failure) throw this.failure;
	}

	/** The file, once every frame sent is encoded. The worker is ended after. */
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
