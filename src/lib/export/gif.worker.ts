/// <reference lib="webworker" />
import type { EncoderReply } from './encoder-client';
import { FramePainter } from './frame-painter';
import { GifWriter } from './gif';

export type GifRequest =
	| { kind: 'start'; width: number; height: number; palette: number[][] }
	/** A frame to paint here (`svg`) or painted by the page (its RGBA pixels). */
	| { kind: 'frame'; svg: string; delayMs: number }
	| { kind: 'frame'; rgba: ArrayBuffer; delayMs: number }
	| { kind: 'finish' };

let writer: GifWriter | null = null;
let painter: FramePainter | null = null;

async function handle(request: GifRequest) {
	if (request.kind === 'start') {
		writer = new GifWriter(request.width, request.height, request.palette);
		painter = null;
		return;
	}
	if (!writer) throw new Error('no GIF was started');
	if (request.kind === 'frame') {
		if ('svg' in request) {
			painter ??= new FramePainter(writer.width, writer.height);
			painter.paint(request.svg);
			const { rgba, order } = await painter.pixelsOf();
			writer.addFrame(rgba, request.delayMs, order);
		} else writer.addFrame(new Uint8Array(request.rgba), request.delayMs);
		self.postMessage({ kind: 'framed', frames: writer.frames } satisfies EncoderReply);
		return;
	}
	const gif = writer.finish();
	writer = null;
	painter = null;
	self.postMessage({ kind: 'done', file: gif } satisfies EncoderReply, [gif.buffer]);
}

// Encodes an animated GIF away from the page: the page sends each frame's SVG, painted here, or
// (where workers cannot paint) its pixels. Messages are handled in order.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<GifRequest>) => {
	const request = event.data;
	queue = queue
		.then(() => handle(request))
		.catch((error: unknown) => {
			self.postMessage({
				kind: 'failed',
				message: (error as Error).message
			} satisfies EncoderReply);
		});
};
