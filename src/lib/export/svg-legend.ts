import { INK } from '../graph/encoding';
import type { LegendContent } from '../graph/legend';
import { legendLayout, legendSizes, type LegendText } from '../graph/legend-layout';
import { shapeMarkup } from './svg-shapes';
import { escapeXml, formatNumber as n } from './xml';

/** A legend text as SVG: size and colour only where they differ from the legend's own. */
function textMarkup(piece: LegendText, textSize: number): string {
	const attributes = [
		piece.id ? ` id="${piece.id}"` : '',
		piece.size !== textSize ? ` font-size="${n(piece.size)}"` : '',
		piece.bold ? ' font-weight="bold"' : '',
		piece.colour ? ` fill="${piece.colour}"` : '',
		piece.role === 'note' ? ' class="legend-note"' : ''
	].join('');
	return `<text x="${n(piece.x)}" y="${n(piece.y)}"${attributes}>${escapeXml(piece.text)}</text>`;
}

/**
 * The legend burned into an image: the sections of `legendItems`, as the on-screen legend
 * shows them, at `x`, `y` within `width`, with sizes scaled by `u` (see `legendLayout`).
 * @returns the markup and the height it takes.
 */
export function legendMarkup(
	content: LegendContent,
	x: number,
	y: number,
	width: number,
	u: number
): { markup: string; height: number } {
	const { text } = legendSizes(u);
	const { pieces, height } = legendLayout(content, x, y, width, u);
	const parts: string[] = [
		`<g id="legend" class="legend" font-size="${n(text)}" fill="${INK.text}">`
	];
	for (const piece of pieces) {
		if (piece.kind === 'text') {
			parts.push(textMarkup(piece, text));
			continue;
		}
		const { glyph } = piece;
		parts.push(
			`<g id="${piece.id}">` +
				`<g transform="translate(${n(glyph.x)} ${n(glyph.y)}) scale(${n(glyph.scale)})">${glyph.shapes.map(shapeMarkup).join('')}</g>`
		);
		for (const line of piece.texts) parts.push(textMarkup(line, text));
		parts.push('</g>');
	}
	parts.push('</g>');
	return { markup: parts.join('\n'), height };
}
