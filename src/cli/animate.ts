import type { Animation } from '../lib/export/animation';
import { frameFileName, type AnimationFormat } from '../lib/export/filenames';
import { GifWriter } from '../lib/export/gif';
import { drawnFrames } from './frame-pool';
import { rasterizeWithResvg } from './rasterize';

/**
 * The files of an animation: one GIF named `name`, or (`png-frames`) numbered PNG frames in a
 * folder `name`, at the animation's steady frame rate (a held picture is repeated), ready for
 * any video encoder (`ffmpeg -framerate 15 -i frame-%04d.png`).
 * `onFrame` hears each frame drawn.
 */
export async function animationFiles(
	animation: Animation,
	format: AnimationFormat,
	palette: number[][],
	name: string,
	onFrame: (done: number, total: number) => void = () => {}
): Promise<{ name: string; data: Uint8Array }[]> {
	const { width, height, frames } = animation;
	if (format === 'gif') {
		const gif = new GifWriter(width, height, palette);
		let index = 0;
		for await (const rgba of drawnFrames(frames.length, (i) => animation.svgOf(i), width, height)) {
			gif.addFrame(rgba, frames[index]!.delayMs);
			onFrame(++index, frames.length);
		}
		return [{ name, data: gif.finish() }];
	}
	const files: { name: string; data: Uint8Array }[] = [];
	for (const [index, frame] of frames.entries()) {
		const data = await rasterizeWithResvg(animation.svgOf(index), width, height);
		const repeat = Math.max(1, Math.round((frame.delayMs * animation.fps) / 1000));
		for (let i = 0; i < repeat; i++)
			files.push({ name: `${name}/${frameFileName(files.length)}`, data });
		onFrame(index + 1, frames.length);
	}
	return files;
}
