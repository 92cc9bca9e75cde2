declare module 'gifenc' {
	/** A palette: up to 256 colours as `[r, g, b]`. */
	type Palette = number[][];
	interface FrameOptions {
		palette?: Palette;
		/** Milliseconds; stored in hundredths of a second. */
		delay?: number;
		/** -1: play once, 0: forever. */
		repeat?: number;
		transparent?: boolean;
		transparentIndex?: number;
		dispose?: number;
		first?: boolean;
	}
	interface Encoder {
		writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
		finish(): void;
		bytes(): Uint8Array;
		bytesView(): Uint8Array;
		reset(): void;
	}
	export function GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): Encoder;
	export function quantize(
		rgba: Uint8Array | Uint8ClampedArray,
		maxColors: number,
		options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' }
	): Palette;
	export function applyPalette(
		rgba: Uint8Array | Uint8ClampedArray,
		palette: Palette,
		format?: 'rgb565' | 'rgb444' | 'rgba4444'
	): Uint8Array;
	export function nearestColorIndex(palette: Palette, pixel: readonly number[]): number;
}
