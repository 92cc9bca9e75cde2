import { EncoderClient } from './encoder-client';
import { firstEncodableVideo, type VideoFormat } from './video-format';
import type { VideoRequest } from './video.worker';

/**
 * Encodes a video in a Web Worker (`video.worker.ts`, which alone loads the muxer, mediabunny):
 * frames go over as SVG (or bitmaps where workers cannot paint), the browser's WebCodecs encoder works on its own threads, and
 * `EncoderClient` keeps only a few frames in flight.
 */
export class VideoClient extends EncoderClient<VideoRequest> {
	constructor(format: VideoFormat, fps: number, width: number, height: number) {
		super(
			new Worker(new URL('./video.worker.ts', import.meta.url), { type: 'module' }),
			'the video encoder'
		);
		this.post({ kind: 'start', format, fps, width, height });
	}

	/** Sends a frame's SVG, painted in the worker, shown for `durationMs`. */
	addSvgFrame(svg: string, durationMs: number) {
		return this.sendFrame({ kind: 'frame', svg, durationMs }, []);
	}

	/** Sends a frame shown for `durationMs` (the bitmap is handed over and closed there). */
	addFrame(bitmap: ImageBitmap, durationMs: number) {
		return this.sendFrame({ kind: 'frame', bitmap, durationMs }, [bitmap]);
	}
}

/**
 * The video this browser can make at `width` × `height` (MP4 with H.264 first, then WebM), or
 * `null` where it has no WebCodecs encoder for any of them.
 */
export function encodableVideo(width: number, height: number): Promise<VideoFormat | null> {
	if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined')
		return Promise.resolve(null);
	return firstEncodableVideo(
		async (codec, w, h) =>
			(await VideoEncoder.isConfigSupported({ codec, width: w, height: h, bitrate: 4_000_000 }))
				.supported === true,
		width,
		height
	);
}
