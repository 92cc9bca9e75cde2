import * as gifencModule from 'gifenc';
import { ATTENTION, COMPARISON_MARK, INK, factionTextColour, darken } from '../graph/encoding';
import type { Dataset } from '../model/schema';

/**
 * Animated GIF writing with gifenc, the same in Node (the command line) and in a worker (the
 * app): every frame is mapped to one fixed palette made of the picture's own colours, so the
 * colours never flicker between frames, and what did not change since the previous frame is
 * written transparent, so a held picture or a small move costs few bytes.
 */

/** gifenc gives Node CommonJS and bundlers ES modules: its functions are on one or the other. */
const { GIFEncoder, nearestColorIndex }: typeof gifencModule =
	'GIFEncoder' in gifencModule
		? gifencModule
		: (gifencModule as unknown as { default: typeof gifencModule }).default;

/** The palette index left free for "unchanged since the previous frame". */
export const UNCHANGED = 255;

type Rgb = [number, number, number];

const rgbOf = (colour: string): Rgb =>
	[1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as Rgb;

/** How much of a colour shows over white in the picture: tints, antialiased edges, full. */
const TINTS = [0.07, 0.13, 0.25, 0.4, 0.55, 0.7, 0.85, 1];

/**
 * The palette of a picture drawn in `colours` on white: each colour in tints towards white (box
 * fills, faded and antialiased edges), then greys for text and its antialiasing, at most 255
 * colours; index 255 (`UNCHANGED`) is left for transparency.
 */
export function gifPalette(colours: readonly string[]): number[][] {
	const seen = new Set<string>();
	const palette: number[][] = [];
	const add = (rgb: Rgb) => {
		const key = rgb.join(',');
		if (seen.has(key) || palette.length >= UNCHANGED) return;
		seen.add(key);
		palette.push(rgb);
	};
	for (let grey = 0; grey <= 255; grey += 17) add([grey, grey, grey]);
	const unique = [...new Set(colours.map((c) => c.toLowerCase()))].filter((c) =>
		/^#[0-9a-f]{6}$/.test(c)
	);
	// Full colours first, then ever lighter tints, so a long list still keeps what matters most.
	for (const tint of [...TINTS].reverse())
		for (const colour of unique) {
			const rgb = rgbOf(colour);
			add(rgb.map((c) => Math.round(255 - (255 - c) * tint)) as Rgb);
		}
	while (palette.length < UNCHANGED) add([palette.length, 0, 255]);
	palette.push([255, 0, 255]);
	return palette;
}

/** The colours the graph of `dataset` is drawn in: factions, alliances and the vocabulary's inks. */
export function datasetColours(dataset: Dataset): string[] {
	return [
		...Object.values(INK),
		...dataset.factions.flatMap((f) => [f.colour, factionTextColour(f.colour)]),
		...dataset.alliances.map((a) => a.colour),
		COMPARISON_MARK.ghost.colour,
		ATTENTION.selected.colour,
		darken('#808080', 0.3)
	];
}

/** The order of a pixel's four bytes: red first (RGBA, RGBX) or blue first (BGRA, BGRX). */
export type ChannelOrder = 'rgba' | 'bgra';

/** Writes an animated GIF frame by frame, from RGBA (or BGRA) pixels of `width` × `height`. */
export class GifWriter {
	private readonly encoder = GIFEncoder();
	/** The previous frame's pixels, and the palette indices of the next: kept, not made anew for each frame. */
	private readonly previous: Uint32Array;
	private readonly index: Uint8Array;
	/** Nearest palette index by RGB565, kept across frames: -1 until looked up. */
	private readonly nearest = new Int16Array(65536).fill(-1);
	/** The palette's colours, without the one left for transparency. */
	private readonly colours: number[][];
	frames = 0;

	constructor(
		readonly width: number,
		readonly height: number,
		private readonly palette: number[][]
	) {
		this.colours = palette.slice(0, UNCHANGED);
		this.previous = new Uint32Array(width * height);
		this.index = new Uint8Array(width * height);
	}

	/**
	 * Adds a frame shown for `delayMs` (rounded to hundredths of a second by the format), its
	 * pixels' bytes in `order`.
	 */
	addFrame(rgba: Uint8Array | Uint8ClampedArray, delayMs: number, order: ChannelOrder = 'rgba') {
		const { width, height } = this;
		if (rgba.length !== width * height * 4)
			throw new Error(`a frame of ${rgba.length} bytes is not ${width} × ${height} RGBA pixels`);
		const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
		const { index, previous, nearest } = this;
		const first = this.frames === 0;
		const [redShift, blueShift] = order === 'rgba' ? [0, 16] : [16, 0];
		for (let i = 0; i < pixels.length; i++) {
			const colour = pixels[i]!;
			if (!first && previous[i] === colour) {
				index[i] = UNCHANGED;
				continue;
			}
			const r = (colour >> redShift) & 0xff;
			const g = (colour >> 8) & 0xff;
			const b = (colour >> blueShift) & 0xff;
			const key = ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3);
			let found = nearest[key]!;
			if (found < 0) {
				found = nearestColorIndex(this.colours, [r, g, b]);
				nearest[key] = found;
			}
			index[i] = found;
		}
		const delay = Math.max(10, Math.round(delayMs / 10) * 10);
		if (this.frames === 0)
			this.encoder.writeFrame(index, width, height, { palette: this.palette, delay, repeat: 0 });
		else
			this.encoder.writeFrame(index, width, height, {
				delay,
				transparent: true,
				transparentIndex: UNCHANGED,
				// Keep the previous frame under this one: its transparent pixels show it.
				dispose: 1
			});
		previous.set(pixels);
		this.frames++;
	}

	/** The GIF file. */
	finish(): Uint8Array {
		this.encoder.finish();
		return this.encoder.bytes();
	}
}
