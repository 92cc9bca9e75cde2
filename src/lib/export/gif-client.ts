import { EncoderClient } from './encoder-client';
import type { GifRequest } from './gif.worker';

/**
 * Encodes an animated GIF in a Web Worker (`gif.worker.ts`), so the page stays responsive while
 * it draws the frames; `EncoderClient` keeps only a few frames' pixels in flight.
 */
export class GifClient extends EncoderClient<GifRequest> {
	constructor(width: number, height: number, palette: number[][]) {
		super(
			new Worker(new URL('./gif.worker.ts', import.meta.url), { type: 'module' }),
			'the GIF encoder'
		);
		this.post({ kind: 'start', width, height, palette });
	}

	/** Sends a frame's SVG, painted in the worker; waits while the worker is behind. */
	addSvgFrame(svg: string, delayMs: number) {
		return this.sendFrame({ kind: 'frame', svg, delayMs }, []);
	}

	/** Sends a frame's RGBA pixels (the buffer is handed over); waits while the worker is behind. */
	addFrame(rgba: Uint8ClampedArray, delayMs: number) {
		const buffer = rgba.buffer as ArrayBuffer;
		return this.sendFrame({ kind: 'frame', rgba: buffer, delayMs }, [buffer]);
	}
}
