declare module 'omggif' {
	/** A GIF decoder (tests read the animated exports with it). */
	export class GifReader {
		constructor(bytes: Uint8Array);
		width: number;
		height: number;
		numFrames(): number;
		loopCount(): number | null;
		frameInfo(index: number): {
			x: number;
			y: number;
			width: number;
			height: number;
			delay: number;
			disposal: number;
			transparent_index: number | null;
		};
		decodeAndBlitFrameRGBA(index: number, pixels: Uint8Array | Uint8ClampedArray): void;
	}
}
