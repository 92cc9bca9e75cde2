import { Resvg } from '@resvg/resvg-js';

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
	if (image.width !== width || image.height !== height)
		throw new Error(
			`resvg drew ${image.width}×${image.height} pixels instead of ${width}×${height}`
		);
	return image.asPng();
}
