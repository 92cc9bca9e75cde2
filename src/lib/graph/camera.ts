import { FIT, NARROW, PERSON_LABEL } from './encoding';

/** A box in model units. */
export interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** Where the camera stands: cytoscape's zoom and pan. */
export interface Viewport {
	zoom: number;
	pan: { x: number; y: number };
}

/** The zoom that draws names at `NARROW.personLabelPx`: a narrow view never goes below it. */
export const READABLE_ZOOM = NARROW.personLabelPx / PERSON_LABEL.size;

/**
 * The camera that shows `box` in a view of `width` × `height` CSS pixels: the whole box with
 * `FIT.padding` around it, centred, never zoomed past `FIT.maxZoom`. In a narrow view (a phone,
 * see `NARROW`) the zoom never drops below the one that draws names at `NARROW.personLabelPx`:
 * the box's centre is in the middle and its sides are off screen, to pan to.
 */
export function fitViewport(box: Box, width: number, height: number): Viewport {
	const padding = FIT.padding;
	const whole = Math.min(
		(width - 2 * padding) / Math.max(1, box.x2 - box.x1),
		(height - 2 * padding) / Math.max(1, box.y2 - box.y1)
	);
	const readable = width > 0 && width <= NARROW.maxWidth ? READABLE_ZOOM : 0;
	const zoom = Math.min(FIT.maxZoom, Math.max(whole, readable));
	return {
		zoom,
		pan: {
			x: width / 2 - ((box.x1 + box.x2) / 2) * zoom,
			y: height / 2 - ((box.y1 + box.y2) / 2) * zoom
		}
	};
}

/** A size in CSS pixels. */
export interface Size {
	width: number;
	height: number;
}

/**
 * The sizes between which `fitViewport` draws `box`, for a picture that follows the camera's
 * rule without knowing its view (the page's first picture, before any script, see
 * `GraphPicture.svelte`): `closest` at `FIT.maxZoom`, the largest it is ever drawn, and
 * `readable` at `READABLE_ZOOM`, the smallest a narrow view draws it. Between the two the
 * picture fits its view less `FIT.padding` on each side, centred, as `fitViewport` does.
 */
export function pictureSizes(box: Box): { closest: Size; readable: Size } {
	const width = Math.max(1, box.x2 - box.x1);
	const height = Math.max(1, box.y2 - box.y1);
	return {
		closest: { width: width * FIT.maxZoom, height: height * FIT.maxZoom },
		readable: { width: width * READABLE_ZOOM, height: height * READABLE_ZOOM }
	};
}
