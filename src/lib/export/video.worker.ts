/// <reference lib="webworker" />
import {
	BufferTarget,
	Mp4OutputFormat,
	Output,
	QUALITY_HIGH,
	VideoSample,
	VideoSampleSource,
	WebMOutputFormat
} from 'mediabunny';
import type { EncoderReply } from './encoder-client';
import { FramePainter } from './frame-painter';
import type { VideoFormat } from './video-format';

export type VideoRequest =
	| { kind: 'start'; format: VideoFormat; fps: number; width: number; height: number }
	/** A frame to paint here (`svg`) or drawn by the page (a bitmap, handed over). */
	| { kind: 'frame'; svg: string; durationMs: number }
	| { kind: 'frame'; bitmap: ImageBitmap; durationMs: number }
	| { kind: 'finish' };

interface Encoding {
	output: Output<Mp4OutputFormat | WebMOutputFormat, BufferTarget>;
	source: VideoSampleSource;
	/** Where the next frame starts, in milliseconds. */
	elapsedMs: number;
	frames: number;
	width: number;
	height: number;
	painter: FramePainter | null;
}

let encoding: Encoding | null = null;

async function handle(request: VideoRequest) {
	if (request.kind === 'start') {
		const { format, fps, width, height } = request;
		const output = new Output({
			format:
				format.container === 'mp4'
					? new Mp4OutputFormat({ fastStart: 'in-memory' })
					: new WebMOutputFormat(),
			target: new BufferTarget()
		});
		const source = new VideoSampleSource({ codec: format.codec, quality: QUALITY_HIGH });
		output.addVideoTrack(source, { frameRate: fps });
		await output.start();
		encoding = { output, source, elapsedMs: 0, frames: 0, width, height, painter: null };
		return;
	}
	if (!encoding) throw new Error('no video was started');
	if (request.kind === 'frame') {
		const { durationMs } = request;
		// A held date is one long frame: the file holds each frame's own duration.
		const time = { timestamp: encoding.elapsedMs / 1000, duration: durationMs / 1000 };
		let picture: VideoFrame | ImageBitmap;
		if ('svg' in request) {
			encoding.painter ??= new FramePainter(encoding.width, encoding.height);
			encoding.painter.paint(request.svg);
			picture = encoding.painter.videoFrame(
				Math.round(encoding.elapsedMs * 1000),
				Math.round(durationMs * 1000)
			);
		} else picture = request.bitmap;
		const sample = new VideoSample(picture, time);
		try {
			await encoding.source.add(sample);
		} finally {
			sample.close();
			picture.close();
		}
		encoding.elapsedMs += durationMs;
		encoding.frames++;
		self.postMessage({ kind: 'framed', frames: encoding.frames } satisfies EncoderReply);
		return;
	}
	const { output } = encoding;
	encoding = null;
	await output.finalize();
	const file = new Uint8Array(output.target.buffer!);
	self.postMessage({ kind: 'done', file } satisfies EncoderReply, [file.buffer]);
}

// Encodes a video away from the page with the browser's WebCodecs encoder, muxed by mediabunny:
// the page sends each frame's SVG, painted here, or (where workers cannot paint) a bitmap of it.
// Messages are handled in order.
let queue = Promise.resolve();
self.onmessage = (event: MessageEvent<VideoRequest>) => {
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
