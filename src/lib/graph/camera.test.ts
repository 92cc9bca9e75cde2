import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fitViewport, pictureSizes, READABLE_ZOOM } from './camera';
import { FIT, NARROW, PERSON_LABEL } from './encoding';

// The built-in data's fullest month (July 1926, 26 people) spans this box once `boundsOf` has
// added the room for labels: about 1,115 × 498 model units.
const fullest = { x1: -557.8, y1: -258.8, x2: 557.8, y2: 238.8 };

describe('fitViewport', () => {
	it('fits the whole box into a laptop’s view, centred', () => {
		const { zoom, pan } = fitViewport(fullest, 1070, 439);
		expect(zoom).toBeCloseTo((439 - 2 * FIT.padding) / 497.6, 6);
		expect(pan.x).toBeCloseTo(1070 / 2, 6);
		expect(pan.y).toBeCloseTo(439 / 2 - -10 * zoom, 6);
	});

	it('never zooms a small month past the most', () => {
		expect(fitViewport({ x1: -50, y1: -50, x2: 50, y2: 50 }, 1070, 439).zoom).toBe(FIT.maxZoom);
	});

	it.each([
		[390, 600],
		[356, 590],
		[NARROW.maxWidth, 400]
	])('in a view %i px wide keeps names readable: the sides are panned to', (width, height) => {
		const { zoom, pan } = fitViewport(fullest, width, height);
		expect(PERSON_LABEL.size * zoom).toBeCloseTo(NARROW.personLabelPx, 6);
		// The box is wider than the view: its left edge is off screen, its centre in the middle.
		expect(pan.x + fullest.x1 * zoom).toBeLessThan(0);
		expect(pan.x).toBeCloseTo(width / 2, 6);
	});

	it('a narrow view of a month that fits at a readable size is fitted whole', () => {
		const small = { x1: -150, y1: -80, x2: 150, y2: 80 };
		const { zoom } = fitViewport(small, 390, 600);
		expect(zoom).toBeCloseTo((390 - 2 * FIT.padding) / 300, 6);
	});

	it('a view just wider than narrow fits everything, as before', () => {
		const { zoom } = fitViewport(fullest, NARROW.maxWidth + 1, 400);
		expect(PERSON_LABEL.size * zoom).toBeLessThan(NARROW.personLabelPx);
	});
});

describe('pictureSizes', () => {
	const width = fullest.x2 - fullest.x1;
	it('spans the camera’s zooms: the closest, and the readable one of a narrow view', () => {
		const { closest, readable } = pictureSizes(fullest);
		expect(closest.width / width).toBeCloseTo(FIT.maxZoom, 6);
		// On a phone the camera zooms the fullest month to the readable size: so does the picture.
		expect(readable.width / width).toBeCloseTo(fitViewport(fullest, 390, 600).zoom, 6);
		expect(readable.height / (fullest.y2 - fullest.y1)).toBeCloseTo(READABLE_ZOOM, 6);
	});

	it('the page’s picture applies the readable size where the camera does', () => {
		const css = readFileSync(new URL('../components/GraphPicture.svelte', import.meta.url), 'utf8');
		expect(css).toContain(`@container graph (max-width: ${NARROW.maxWidth}px)`);
		// An empty SVG of the readable size holds the picture's box open there, in every browser.
		expect(css).toContain('<svg class="strut" width={readable.width} height={readable.height}');
	});
});
