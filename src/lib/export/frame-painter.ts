import type { ChannelOrder } from './gif';
import { paintSvg, parseSvg } from './svg-paint';

/** Formats a canvas's picture comes in that are copied out as they are (no conversion). */
const NATIVE = new Set(['RGBA', 'RGBX', 'BGRA', 'BGRX']);

/**
 * Paints the frames of an animation (our writers' SVG) on an `OffscreenCanvas` of `width` ×
 * `height`, in an encoder's worker, so the page only sends each frame's SVG, and reads their
 * pixels into memory it keeps from one frame to the next.
 */
export class FramePainter {
	private readonly context: OffscreenCanvasRenderingContext2D;
	private readonly layers: OffscreenCanvasRenderingContext2D[] = [];
	private pixels: Uint8Array | null = null;

	constructor(
		readonly width: number,
		readonly height: number
	) {
		this.context = this.newContext();
	}

	/** Paints `svg`, on white. */
	paint(svg: string) {
		paintSvg(this.context, parseSvg(svg), {
			layer: (depth) => (this.layers[depth] ??= this.newContext())
		});
	}

	/** The picture painted last, as a `VideoFrame` at `timestamp` microseconds (a video's frame). */
	videoFrame(timestamp: number, duration: number): VideoFrame {
		return new VideoFrame(this.context.canvas, { timestamp, duration });
	}

	/**
	 * The pixels of the picture painted last, in memory kept for the next call. Through a
	 * `VideoFrame` where the browser has them: `getImageData` makes a new picture's worth of
	 * memory each time, which costs many times more than the copy.
	 */
	async pixelsOf(): Promise<{ rgba: Uint8Array | Uint8ClampedArray; order: ChannelOrder }> {
		if (typeof VideoFrame === 'undefined')
			return {
				rgba: this.context.getImageData(0, 0, this.width, this.height).data,
				order: 'rgba'
			};
		const frame = new VideoFrame(this.context.canvas, { timestamp: 0 });
		try {
			const native = frame.format !== null && NATIVE.has(frame.format);
			const options: VideoFrameCopyToOptions = native ? {} : { format: 'RGBA' };
			const size = frame.allocationSize(options);
			if (this.pixels?.length !== size) this.pixels = new Uint8Array(size);
			await frame.copyTo(this.pixels, options);
			return {
				rgba: this.pixels,
				order: native && frame.format!.startsWith('BGR') ? 'bgra' : 'rgba'
			};
		} finally {
			frame.close();
		}
	}

	private newContext() {
		const context = new OffscreenCanvas(this.width, this.height).getContext('2d', {
			willReadFrequently: true
		});
		if (!context)
			throw new Error(`This browser cannot draw a ${this.width} × ${this.height} frame.`);
		return context;
	}
}

/** Whether this browser can paint frames in a worker (an `OffscreenCanvas` with a 2D context). */
export const paintsInWorkers = () => typeof OffscreenCanvasRenderingContext2D !== 'undefined';
