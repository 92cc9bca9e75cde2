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
	const readable =
		width > 0 && width <= NARROW.maxWidth ? NARROW.personLabelPx / PERSON_LABEL.size : 0;
	const zoom = Math.min(FIT.maxZoom, Math.max(whole, readable));
	return {
		zoom,
		pan: {
			x: width / 2 - ((box.x1 + box.x2) / 2) * zoom,
			y: height / 2 - ((box.y1 + box.y2) / 2) * zoom
		}
	};
}
