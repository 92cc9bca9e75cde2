import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { frameOptions, sizeProblem } from './rasterize';

const resvgPath = createRequire(import.meta.url).resolve('@resvg/resvg-js');

/**
 * A thread that draws SVG with resvg: it is handed each frame's SVG with resvg's options and
 * hands back its RGBA pixels. Plain JavaScript, so it runs whatever runs the command line.
 */
const FRAME_THREAD = `
const { parentPort } = require('node:worker_threads');
const { Resvg } = require(${JSON.stringify(resvgPath)});
parentPort.on('message', ({ index, svg, options }) => {
	try {
		const image = new Resvg(svg, options).render();
		const pixels = image.pixels;
		// resvg's buffer is handed over as it is where it is its own memory, else copied.
		const own = pixels.byteOffset === 0 && pixels.buffer.byteLength === pixels.length;
		const rgba = own ? new Uint8Array(pixels.buffer) : new Uint8Array(pixels);
		parentPort.postMessage({ index, rgba, width: image.width, height: image.height }, [rgba.buffer]);
	} catch (error) {
		parentPort.postMessage({ index, error: String(error && error.message || error) });
	}
});
`;

interface Drawn {
	index: number;
	rgba?: Uint8Array;
	width?: number;
	height?: number;
	error?: string;
}

/**
 * The RGBA pixels of an animation's frames, in order, drawn with resvg on several threads (one
 * per processor, at most four): drawing a 1280 × 720 frame takes about a tenth of a second here,
 * most of an animated GIF's time.
 */
export async function* drawnFrames(
	count: number,
	svgOf: (index: number) => string,
	width: number,
	height: number
): AsyncGenerator<Uint8Array> {
	const size = Math.max(1, Math.min(4, availableParallelism(), count));
	const options = frameOptions(width);
	const threads = Array.from({ length: size }, () => new Worker(FRAME_THREAD, { eval: true }));
	const waiting = new Map<
		number,
		{ resolve: (rgba: Uint8Array) => void; reject: (e: Error) => void }
	>();
	const drawn = new Map<number, Promise<Uint8Array>>();
	for (const thread of threads) {
		thread.on('message', ({ index, rgba, error, ...picture }: Drawn) => {
			const pending = waiting.get(index)!;
			waiting.delete(index);
			const problem =
				error ?? sizeProblem(picture as { width: number; height: number }, width, height);
			if (problem || !rgba) pending.reject(new Error(problem ?? 'no picture'));
			else pending.resolve(rgba);
		});
		thread.on('error', (error) => {
			for (const pending of waiting.values()) pending.reject(error);
			waiting.clear();
		});
	}
	let next = 0;
	const send = () => {
		if (next >= count) return;
		const index = next++;
		const frame = new Promise<Uint8Array>((resolve, reject) =>
			waiting.set(index, { resolve, reject })
		);
		// A frame may fail before its turn comes, or after the caller stopped: that is not an
		// unhandled failure, as its turn (if it comes) still throws it.
		frame.catch(() => {});
		drawn.set(index, frame);
		threads[index % size]!.postMessage({ index, svg: svgOf(index), options });
	};
	try {
		// Two frames a thread in flight: each thread has its next frame while one is handed back.
		for (let i = 0; i < 2 * size; i++) send();
		for (let index = 0; index < count; index++) {
			const rgba = await drawn.get(index)!;
			drawn.delete(index);
			send();
			yield rgba;
		}
	} finally {
		await Promise.all(threads.map((thread) => thread.terminate()));
	}
}
