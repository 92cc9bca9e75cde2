import { describe, expect, it } from 'vitest';
import { estimateTextInk, estimateTextWidth, wrapText } from './text';

describe('estimateTextWidth', () => {
	it('measures each glyph: "W" is wider than "i", bold wider than regular', () => {
		expect(estimateTextWidth('WWW', 12)).toBeGreaterThan(2 * estimateTextWidth('iii', 12));
		expect(estimateTextWidth('Bubnov', 12, true)).toBeGreaterThan(estimateTextWidth('Bubnov', 12));
		expect(estimateTextWidth('', 12)).toBe(0);
	});

	it('grows with the font size', () => {
		expect(estimateTextWidth('Radek', 24)).toBeCloseTo(2 * estimateTextWidth('Radek', 12), 9);
	});

	it('measures Cyrillic and Polish letters from the table, and anything else as a full em', () => {
		// Ж is one of the widest letters; и is about as wide as n.
		expect(estimateTextWidth('Ж', 100)).toBeGreaterThan(estimateTextWidth('Z', 100));
		expect(estimateTextWidth('и', 100)).toBeCloseTo(estimateTextWidth('n', 100), -1);
		expect(estimateTextWidth('ż', 100)).toBeCloseTo(estimateTextWidth('z', 100), 0);
		expect(estimateTextWidth('中', 100)).toBe(100);
		// A letter with a combining accent is measured as the one composed letter.
		expect(estimateTextWidth('e\u0301', 100)).toBe(estimateTextWidth('é', 100));
	});
});

describe('estimateTextInk', () => {
	it('reaches below the baseline only for letters with descenders', () => {
		expect(estimateTextInk('Radek', 12).descent).toBeLessThan(0.5);
		expect(estimateTextInk('Syrtsov', 12).descent).toBeGreaterThan(2);
		expect(estimateTextInk('Radek', 12).ascent).toBeGreaterThan(8);
		expect(estimateTextInk('Radek', 12).ascent).toBeLessThan(12);
	});
});

describe('wrapText with bold text', () => {
	it('breaks bold text sooner than regular', () => {
		const text = 'Changes from June 1924 to June 1929';
		const width = estimateTextWidth('Changes from June 1924 to June', 19) + 1;
		expect(wrapText(text, width, 19)).toEqual(['Changes from June 1924 to June', '1929']);
		expect(wrapText(text, width, 19, true)).toEqual(['Changes from June 1924 to', 'June 1929']);
	});
});
