import { INK } from '../graph/encoding';
import { GLYPH_BOX, legendItems, type LegendContent } from '../graph/legend';
import { wrapText } from '../graph/text';
import { shapeMarkup } from './svg-shapes';
import { escapeXml, formatNumber as n } from './xml';

/**
 * The legend burned into an image: the sections of `legendItems`, as the on-screen legend
 * shows them, at `x`, `y` within `width`, with sizes scaled by `u`.
 * @returns the markup and the height it takes.
 */
export function legendMarkup(
	content: LegendContent,
	x: number,
	y: number,
	width: number,
	u: number
): { markup: string; height: number } {
	const heading = 19 * u;
	const text = 16 * u;
	const detailSize = 13 * u;
	const line = text * 1.45;
	const glyphWidth = GLYPH_BOX.width * u;
	const textX = x + glyphWidth + 10 * u;
	const textWidth = width - glyphWidth - 10 * u;
	const parts: string[] = [
		`<g id="legend" class="legend" font-size="${n(text)}" fill="${INK.text}">`
	];
	let cursor = y;
	const write = (lines: readonly string[], top: number, attributes = '') =>
		lines.forEach((content, i) => {
			parts.push(
				`<text x="${n(textX)}" y="${n(top + line * i + line / 2 + text * 0.35)}"${attributes}>${escapeXml(content)}</text>`
			);
		});

	legendItems(content).forEach((section, index) => {
		if (index > 0) cursor += line * 0.4;
		for (const title of wrapText(section.title, width, heading)) {
			cursor += heading;
			parts.push(
				`<text x="${n(x)}" y="${n(cursor)}" font-size="${n(heading)}" font-weight="bold">${escapeXml(title)}</text>`
			);
		}
		cursor += heading * 0.6;
		if (section.items.length === 0 && section.empty) {
			write([section.empty], cursor, ` id="legend-${section.id}-none"`);
			cursor += line;
		}
		for (const item of section.items) {
			const lines = wrapText(item.label, textWidth, text);
			const top = cursor;
			parts.push(
				`<g id="legend-${item.id}">` +
					`<g transform="translate(${n(x)} ${n(top + line / 2 - (GLYPH_BOX.height / 2) * u)}) scale(${n(u)})">${item.glyph.map(shapeMarkup).join('')}</g>`
			);
			write(lines, top);
			cursor += line * lines.length;
			if (item.detail) {
				parts.push(
					`<text x="${n(textX)}" y="${n(cursor + detailSize)}" font-size="${n(detailSize)}" fill="${INK.quiet}">${escapeXml(item.detail)}</text>`
				);
				cursor += detailSize * 1.45;
			}
			parts.push('</g>');
		}
		if (section.note && section.items.length) {
			const lines = wrapText(section.note, width, detailSize);
			lines.forEach((content, i) => {
				parts.push(
					`<text x="${n(x)}" y="${n(cursor + detailSize * (1.45 * i + 1.2))}" font-size="${n(detailSize)}" fill="${INK.quiet}" class="legend-note">${escapeXml(content)}</text>`
				);
			});
			cursor += detailSize * 1.45 * lines.length + detailSize * 0.4;
		}
	});
	parts.push('</g>');
	return { markup: parts.join('\n'), height: cursor - y };
}
