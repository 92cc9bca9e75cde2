import { XML_FORBIDDEN } from '../model/text';

/**
 * Text made safe for XML content and attribute values (quoted with `"` or `'`): characters XML
 * 1.0 cannot hold at all (see `withoutXmlForbidden`) are dropped, markup characters escaped,
 * and tab, line feed and carriage return written as references, which a parser keeps as they
 * are (in an attribute it would read them as spaces).
 */
export function escapeXml(text: string): string {
	return withoutXmlForbidden(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
		.replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text without the characters XML 1.0 forbids even as references (see `XML_FORBIDDEN`); tab,
 * line feed and carriage return stay. The dataset validator refuses these characters; this keeps
 * every SVG and GEXF well-formed whatever text reaches it.
 */
export function withoutXmlForbidden(text: string): string {
	return text.replace(XML_FORBIDDEN, '');
}

/** A number with at most two decimals, so written files are small and stable. */
export function formatNumber(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** An id fragment from any text: lowercase letters, digits and dashes. */
export function idFragment(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
