/**
 * The characters whose glyphs `glyph-metrics.ts` holds, as ranges of code points (inclusive):
 * printable ASCII, Latin-1 and Latin Extended-A (names such as Dzierżyński), Cyrillic, and the
 * dashes, quotes and ellipsis of general punctuation.
 */
export const GLYPH_RANGES: readonly (readonly [number, number])[] = [
	[0x20, 0x7e],
	[0xa0, 0x17f],
	[0x400, 0x45f],
	[0x2010, 0x2027]
];
