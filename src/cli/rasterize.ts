import { existsSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * PNG bytes of an SVG at exactly `width` × `height` pixels, with resvg and the system's fonts
 * (names the SVG's font stack does not find fall back to DejaVu Sans, then any sans-serif).
 */
export async function rasterizeWithResvg(
	svg: string,
	width: number,
	height: number
): Promise<Uint8Array> {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		font: {
			loadSystemFonts: true,
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans'
		}
	});
	const image = resvg.render();
	const problem = sizeProblem(image, width, height);
	if (problem) throw new Error(problem);
	return image.asPng();
}

/** DejaVu Sans, where the system has it: loading only it is quicker than every system font. */
const DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map(
	(file) => `/usr/share/fonts/truetype/dejavu/${file}`
);
const frameFonts = DEJAVU.every((file) => existsSync(file))
	? { fontFiles: DEJAVU, loadSystemFonts: false }
	: { loadSystemFonts: true };

/**
 * resvg's options for the frames of an animation `width` pixels wide: drawn in DejaVu Sans (the
 * font the still images fall back to here) loaded alone, as loading every system font for each
 * of hundreds of frames takes much of their time.
 */
export const frameOptions = (width: number): ResvgRenderOptions => ({
	fitTo: { mode: 'width', value: width },
	font: { ...frameFonts, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
});

/** The message for a picture resvg drew at another size than asked. */
export function sizeProblem(
	drawn: { width: number; height: number },
	width: number,
	height: number
) {
	return drawn.width === width && drawn.height === height
		? null
		: `resvg drew ${drawn.width}×${drawn.height} pixels instead of ${width}×${height}`;
}
