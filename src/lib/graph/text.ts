/**
 * Text measuring for drawings made without a browser (exports run in Node too), so widths are
 * estimated from an average glyph width rather than measured.
 */

/** Average advance of a glyph of the sans-serif stack, as a share of the font size. */
const AVERAGE_GLYPH_WIDTH = 0.58;

/** Width of a line of text, estimated. */
export function estimateTextWidth(text: string, fontSize: number): number {
	return text.length * fontSize * AVERAGE_GLYPH_WIDTH;
}

/** Splits `text` into lines no wider than `maxWidth` (estimated), breaking at spaces. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
