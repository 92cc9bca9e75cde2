/// <reference lib="webworker" />
import type { EncoderReply } from './encoder-client';
import { GifWriter } from './gif';

export type GifRequest =
	| { kind: 'start'; width: number; height: number; palette: number[][] }
	| { kind: 'frame'; rgba: ArrayBuffer; delayMs: number }
	| { kind: 'finish' };

let writer: GifWriter | null = null;

// Encodes an animated GIF away from the page: the page draws the frames and sends their pixels.
self.onmessage = (event: MessageEvent<GifRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'start') {
			writer = new GifWriter(request.width, request.height, request.palette);
			return;
		}
		if (!writer) throw new Error('no GIF was started');
		if (request.kind === 'frame') {
			writer.addFrame(new Uint8Array(request.rgba), request.delayMs);
			self.postMessage({ kind: 'framed', frames: writer.frames } satisfies EncoderReply);
			return;
		}
		const gif = writer.finish();
		writer = null;
		self.postMessage({ kind: 'done', file: gif } satisfies EncoderReply, [gif.buffer]);
	} catch (error) {
		self.postMessage({ kind: 'failed', message: (error as Error).message } satisfies EncoderReply);
	}
};
