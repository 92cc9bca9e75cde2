import { FrameCanvas } from './browser';
import { paintsInWorkers } from './frame-painter';
import { GifClient } from './gif-client';
import { VideoClient } from './video-client';
import type { VideoFormat } from './video-format';

/**
 * The browser's side of an animated export: each frame's SVG handed to an encoder in a worker,
 * the GIF's or the video's, which paints and encodes it; where workers cannot paint, the page
 * paints it on one canvas and hands over its pixels.
 */
export interface AnimationEncoder {
	/** The file's extension: `gif`, `mp4` or `webm`. */
	extension: string;
	/** Draws a frame and sends it; waits while the encoder is behind. */
	addFrame(svg: string, durationMs: number): Promise<void>;
	/** The file, once every frame is encoded. */
	finish(): Promise<Uint8Array>;
	/** Stops the encoder (nothing is made) and gives the canvas back; safe to call twice. */
	cancel(): void;
}

/** An animated GIF of `width` × `height` with a fixed `palette`. */
export function gifEncoder(width: number, height: number, palette: number[][]): AnimationEncoder {
	const client = new GifClient(width, height, palette);
	// Where workers can paint, the page only sends each frame's SVG.
	const canvas = paintsInWorkers() ? null : new FrameCanvas(width, height);
	return {
		extension: 'gif',
		addFrame: (svg, durationMs) =>
			canvas
				? client.addFrame(canvas.pixelsOf(svg), durationMs)
				: client.addSvgFrame(svg, durationMs),
		finish: () => client.finish(),
		cancel() {
			client.cancel();
			canvas?.dispose();
		}
	};
}

/**
 * A video in `format` (`encodableVideo` chose it) of `width` × `height`, each frame lasting its
 * own duration; `fps` is the rate of the transitions, to which the file's times are snapped.
 */
export function videoEncoder(
	format: VideoFormat,
	width: number,
	height: number,
	fps: number
): AnimationEncoder {
	const client = new VideoClient(format, fps, width, height);
	const canvas = paintsInWorkers() ? null : new FrameCanvas(width, height);
	return {
		extension: format.container,
		addFrame: async (svg, durationMs) =>
			canvas
				? client.addFrame(await canvas.bitmapOf(svg), durationMs)
				: client.addSvgFrame(svg, durationMs),
		finish: () => client.finish(),
		cancel() {
			client.cancel();
			canvas?.dispose();
		}
	};
}
