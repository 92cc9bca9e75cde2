import type { Shape } from '../graph/legend';
import { escapeXml, formatNumber } from './xml';

/** SVG attributes written out: numbers rounded, text escaped. */
export function attributesMarkup(attributes: Record<string, string | number>): string {
	return Object.entries(attributes)
		.map(
			([name, value]) =>
				` ${name}="${typeof value === 'number' ? formatNumber(value) : escapeXml(value)}"`
		)
		.join('');
}

/** One primitive of a glyph as SVG markup. */
export function shapeMarkup(shape: Shape): string {
	return `<${shape.tag}${attributesMarkup(shape.attributes)}/>`;
}
