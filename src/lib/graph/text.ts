import { GLYPH_METRICS } from './glyph-metrics';
import { GLYPH_RANGES } from './glyph-ranges';

/**
 * Text measuring for drawings made without a browser (exports run in Node, the storyline's
 * geometry in a worker), so widths are estimated from a table of the font stack's glyphs
 * (`glyph-metrics.ts`, measured by `scripts/measure-glyphs.ts`) rather than measured. Kerning
 * and ligatures only narrow a line, so the estimate errs wide.
 */

/** A character outside the table: a full em, as wide as an ideograph, wider than most letters. */
const FALLBACK_ADVANCE = 1000;
const FALLBACK_ASCENT = Math.max(...GLYPH_METRICS.ascent);
const FALLBACK_DESCENT = Math.max(...GLYPH_METRICS.descent);

/** Where each range of `GLYPH_RANGES` starts in the table. */
const offsets = GLYPH_RANGES.reduce<number[]>(
	(list, [from, to], i) => [...list, list[i]! + to - from + 1],
	[0]
);

/** Position of a code point in the table, or -1. */
function glyphIndex(code: number): number {
	for (let i = 0; i < GLYPH_RANGES.length; i++) {
		const [from, to] = GLYPH_RANGES[i]!;
		if (code >= from && code <= to) return offsets[i]! + code - from;
	}
	return -1;
}

/**
 * Texts' advances (in thousandths of the font size) as measured: the graph measures every name on
 * stage again each time it places the faction boxes, several times in a step of the slider.
 */
const regularAdvances = new Map<string, number>();
const boldAdvances = new Map<string, number>();
const ADVANCES_KEPT = 20_000;

/** Width of a line of text in pixels, in the drawings' font at `fontSize`, regular or bold. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
	const known = bold ? boldAdvances : regularAdvances;
	let sum = known.get(text);
	if (sum === undefined) {
		const advances = bold ? GLYPH_METRICS.bold : GLYPH_METRICS.regular;
		sum = 0;
		for (const char of text.normalize('NFC')) {
			const i = glyphIndex(char.codePointAt(0)!);
			sum += i < 0 ? FALLBACK_ADVANCE : advances[i]!;
		}
		// Bounded: wrapping a long text measures each of its prefixes once.
		if (known.size >= ADVANCES_KEPT) known.clear();
		known.set(text, sum);
	}
	return (sum / 1000) * fontSize;
}

/**
 * How far the ink of `text` reaches above (`ascent`) and below (`descent`) its baseline, in
 * pixels at `fontSize`: "Radek" goes no lower than its baseline, "Syrtsov" does.
 */
export function estimateTextInk(
	text: string,
	fontSize: number
): { ascent: number; descent: number } {
	let ascent = 0;
	let descent = 0;
	for (const char of text.normalize('NFC')) {
		const i = glyphIndex(char.codePointAt(0)!);
		ascent = Math.max(ascent, i < 0 ? FALLBACK_ASCENT : GLYPH_METRICS.ascent[i]!);
		descent = Math.max(descent, i < 0 ? FALLBACK_DESCENT : GLYPH_METRICS.descent[i]!);
	}
	return { ascent: (ascent / 1000) * fontSize, descent: (descent / 1000) * fontSize };
}

/** Splits `text` into lines no wider than `maxWidth` (estimated), breaking at spaces. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
