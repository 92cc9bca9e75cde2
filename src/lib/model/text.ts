/**
 * Characters that XML 1.0 cannot hold, not even as `&#…;` references: the control characters
 * U+0000–U+0008, U+000B, U+000C and U+000E–U+001F, lone surrogate halves, U+FFFE and U+FFFF.
 * Tab, line feed and carriage return are allowed. Text holding one would make the SVG and GEXF
 * exports ill-formed, so the validator refuses it and the XML writers drop it.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what it finds
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** The first character of `text` that XML forbids, as `U+0001`, and its position from 1. */
export function firstXmlForbidden(text: string): { character: string; position: number } | null {
	XML_FORBIDDEN.lastIndex = 0;
	const match = XML_FORBIDDEN.exec(text);
	XML_FORBIDDEN.lastIndex = 0;
	if (!match) return null;
	const code = match[0].codePointAt(0)!;
	return {
		character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
		position: match.index + 1
	};
}
