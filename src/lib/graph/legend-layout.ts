import { INK } from './encoding';
import { GLYPH_BOX, legendItems, type LegendContent, type Shape } from './legend';
import { wrapText } from './text';

/**
 * Where each part of a legend goes on a page: the sections of `legendItems` laid out in a column,
 * as every exported medium draws them (the SVG writer, the slide deck). Pure geometry in the
 * page's units; texts are placed by their baseline.
 */

/** A line of text of the legend, placed by the left end of its baseline. */
export interface LegendText {
	text: string;
	x: number;
	/** The baseline. */
	y: number;
	size: number;
	bold?: boolean;
	colour?: string;
	/** What the text is: a section title, an empty section's word, or a section's note. */
	role: 'heading' | 'label' | 'detail' | 'none' | 'note';
	/** Set on the word of an empty section: `legend-alliances-none`. */
	id?: string;
}

/** One entry: its glyph (shapes in a `GLYPH_BOX`, moved to `x`, `y` and scaled) and its texts. */
export interface LegendEntry {
	id: string;
	glyph: { x: number; y: number; scale: number; shapes: Shape[] };
	texts: LegendText[];
}

export type LegendPiece = ({ kind: 'text' } & LegendText) | ({ kind: 'entry' } & LegendEntry);

/** The legend's sizes at unit `u` (1 on a 1920 × 1080 page). */
export function legendSizes(u: number) {
	const text = 16 * u;
	return { heading: 19 * u, text, detail: 13 * u, line: text * 1.45 };
}

/**
 * The legend laid out at `x`, `y` within `width`, with sizes scaled by `u`.
 * @returns the pieces in drawing order and the height they take.
 */
export function legendLayout(
	content: LegendContent,
	x: number,
	y: number,
	width: number,
	u: number
): { pieces: LegendPiece[]; height: number } {
	const { heading, text, detail: detailSize, line } = legendSizes(u);
	const glyphWidth = GLYPH_BOX.width * u;
	const textX = x + glyphWidth + 10 * u;
	const textWidth = width - glyphWidth - 10 * u;
	const pieces: LegendPiece[] = [];
	let cursor = y;
	const baseline = (top: number, i: number) => top + line * i + line / 2 + text * 0.35;

	legendItems(content).forEach((section, index) => {
		if (index > 0) cursor += line * 0.4;
		for (const title of wrapText(section.title, width, heading, true)) {
			cursor += heading;
			pieces.push({
				kind: 'text',
				role: 'heading',
				text: title,
				x,
				y: cursor,
				size: heading,
				bold: true
			});
		}
		cursor += heading * 0.6;
		if (section.items.length === 0 && section.empty) {
			pieces.push({
				kind: 'text',
				role: 'none',
				id: `legend-${section.id}-none`,
				text: section.empty,
				x: textX,
				y: baseline(cursor, 0),
				size: text
			});
			cursor += line;
		}
		for (const item of section.items) {
			const lines = wrapText(item.label, textWidth, text);
			const top = cursor;
			const texts: LegendText[] = lines.map((content, i) => ({
				role: 'label',
				text: content,
				x: textX,
				y: baseline(top, i),
				size: text
			}));
			cursor += line * lines.length;
			if (item.detail) {
				texts.push({
					role: 'detail',
					text: item.detail,
					x: textX,
					y: cursor + detailSize,
					size: detailSize,
					colour: INK.quiet
				});
				cursor += detailSize * 1.45;
			}
			pieces.push({
				kind: 'entry',
				id: `legend-${item.id}`,
				glyph: { x, y: top + line / 2 - (GLYPH_BOX.height / 2) * u, scale: u, shapes: item.glyph },
				texts
			});
		}
		if (section.note && section.items.length) {
			const lines = wrapText(section.note, width, detailSize);
			lines.forEach((content, i) => {
				pieces.push({
					kind: 'text',
					role: 'note',
					text: content,
					x,
					y: cursor + detailSize * (1.45 * i + 1.2),
					size: detailSize,
					colour: INK.quiet
				});
			});
			cursor += detailSize * 1.45 * lines.length + detailSize * 0.4;
		}
	});
	return { pieces, height: cursor - y };
}
