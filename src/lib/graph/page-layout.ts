import { wrapText } from './text';

/**
 * Where the texts of an exported page go, and the area they leave for the drawing: the title
 * and date at the top, the source line at the bottom, the legend on the right, lines of notes
 * over the source line. Pure geometry in pixels of the page; texts are placed by the left end
 * of their baseline. The SVG writer and the slide deck both lay their pages out with this.
 */

export interface PageTexts {
	width: number;
	height: number;
	title?: string;
	/** The line under the title: the date shown. */
	subtitle?: string;
	legend?: boolean;
	notes?: readonly string[];
	source?: string;
}

export interface PlacedText {
	x: number;
	/** The baseline. */
	y: number;
	size: number;
}

export interface PageLayout {
	/** The page's unit: sizes of texts and margins are multiples of it (1 at 1920 × 1080). */
	u: number;
	margin: number;
	title?: PlacedText;
	subtitle?: PlacedText;
	source?: PlacedText;
	/** The legend's column: its left, top and width. */
	legend?: { x: number; y: number; width: number };
	/** The notes, wrapped: one baseline per line. */
	notes?: { lines: { text: string; y: number }[]; x: number; size: number };
	/** What the texts and the legend leave for the drawing. */
	area: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * The layout of a page of `width` × `height` pixels with the texts given.
 * @throws RangeError if the size is not positive.
 */
export function pageLayout(options: PageTexts): PageLayout {
	const { width, height } = options;
	if (!(width > 0 && height > 0)) throw new RangeError(`not an image size: ${width}×${height}`);
	const u = Math.max(0.5, Math.min(width / 1920, height / 1080));
	const margin = 32 * u;
	const layout: Omit<PageLayout, 'area'> = { u, margin };

	let top = margin;
	if (options.title) {
		const size = 40 * u;
		top += size;
		layout.title = { x: margin, y: top, size };
		top += size * 0.35;
	}
	if (options.subtitle) {
		const size = 30 * u;
		top += size;
		layout.subtitle = { x: margin, y: top, size };
		top += size * 0.35;
	}
	if (options.title || options.subtitle) top += margin / 2;

	let bottom = height - margin;
	if (options.source) {
		const size = 15 * u;
		layout.source = { x: margin, y: bottom, size };
		bottom -= size + margin / 2;
	}

	let right = width - margin;
	if (options.legend) {
		const legendWidth = Math.min(0.3 * width, 330 * u);
		layout.legend = { x: right - legendWidth, y: top, width: legendWidth };
		right -= legendWidth + margin;
	}

	if (options.notes?.length) {
		const size = 18 * u;
		const lines = options.notes.flatMap((note) => wrapText(note, right - margin, size));
		const blockTop = bottom - lines.length * size * 1.4;
		layout.notes = {
			x: margin,
			size,
			lines: lines.map((text, i) => ({ text, y: blockTop + size * 1.4 * i + size }))
		};
		bottom = blockTop - margin / 2;
	}
	return { ...layout, area: { x1: margin, y1: top, x2: right, y2: bottom } };
}
