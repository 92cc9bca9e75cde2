/**
 * The browser's side of exporting: SVG to PNG on a canvas, and downloads. Everything else in
 * this folder is pure and also runs in Node.
 */
import { canvasSizeProblem } from './image';
import { paintSvg, parseSvg } from './svg-paint';
import type { ExportFile } from './zip';

export { yieldToPage } from './yield';

/** A PNG the browser could not make; its message is meant for the user. */
export class ImageRenderError extends Error {}

/**
 * PNG bytes of an SVG at exactly `width` × `height` pixels, whatever the screen's device pixel
 * ratio: the canvas is made at that size and the image drawn to fill it.
 * @throws ImageRenderError if the size is more than a canvas can hold, or the browser fails to
 * draw or encode it (then `toBlob` gives null): never a blank or truncated file.
 */
export async function rasterizeWithCanvas(
	svg: string,
	width: number,
	height: number
): Promise<Uint8Array> {
	const problem = canvasSizeProblem(width, height);
	if (problem) throw new ImageRenderError(problem);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	const canvas = document.createElement('canvas');
	try {
		const image = new Image(width, height);
		image.src = url;
		try {
			await image.decode();
		} catch {
			throw new ImageRenderError('The browser could not read the image it was to draw.');
		}
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context || canvas.width !== width || canvas.height !== height)
			throw new ImageRenderError(
				`The browser cannot make a ${width} × ${height} canvas. Choose a smaller size, or export SVG.`
			);
		context.drawImage(image, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob)
			throw new ImageRenderError(
				`The browser could not encode a ${width} × ${height} PNG (probably out of memory). Choose a smaller size, or export SVG.`
			);
		return new Uint8Array(await blob.arrayBuffer());
	} finally {
		URL.revokeObjectURL(url);
		// Gives the canvas memory back at once rather than at the next garbage collection.
		canvas.width = 0;
		canvas.height = 0;
	}
}

/**
 * Draws SVG frames on one canvas of `width` × `height`, reused for every frame (the frames of
 * an animated GIF or a video), with our own painter (`svg-paint.ts`): a frame takes a few
 * milliseconds and never holds the page up, where the browser's SVG image decoder took tens.
 */
export class FrameCanvas {
	private readonly context: CanvasRenderingContext2D;
	private readonly layers: CanvasRenderingContext2D[] = [];

	constructor(
		readonly width: number,
		readonly height: number
	) {
		const problem = canvasSizeProblem(width, height);
		if (problem) throw new ImageRenderError(problem);
		this.context = this.newContext();
	}

	/** The RGBA pixels of an SVG of the canvas's size, drawn on white (a GIF's frame). */
	pixelsOf(svg: string): Uint8ClampedArray {
		this.draw(svg);
		return this.context.getImageData(0, 0, this.width, this.height).data;
	}

	/** A bitmap of an SVG of the canvas's size, drawn on white (a video's frame). */
	bitmapOf(svg: string): Promise<ImageBitmap> {
		this.draw(svg);
		return createImageBitmap(this.context.canvas);
	}

	private draw(svg: string) {
		paintSvg(this.context, parseSvg(svg), {
			layer: (depth) => (this.layers[depth] ??= this.newContext())
		});
	}

	private newContext() {
		const canvas = document.createElement('canvas');
		canvas.width = this.width;
		canvas.height = this.height;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context || canvas.width !== this.width || canvas.height !== this.height)
			throw new ImageRenderError(
				`The browser cannot make a ${this.width} × ${this.height} canvas.`
			);
		return context;
	}

	/** Gives the canvases' memory back at once rather than at the next garbage collection. */
	dispose() {
		for (const { canvas } of [this.context, ...this.layers]) {
			canvas.width = 0;
			canvas.height = 0;
		}
	}
}

const MIME_TYPES: Record<string, string> = {
	png: 'image/png',
	gif: 'image/gif',
	mp4: 'video/mp4',
	webm: 'video/webm',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	svg: 'image/svg+xml',
	json: 'application/json',
	cyjs: 'application/json',
	csv: 'text/csv',
	gexf: 'application/xml',
	zip: 'application/zip'
};

/** Saves a file through the browser's download. */
export function downloadFile(file: ExportFile) {
	const extension = file.name.split('.').pop() ?? '';
	const type = MIME_TYPES[extension] ?? 'application/octet-stream';
	const blob = new Blob([file.data as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started by the next task; the URL is not needed after.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
