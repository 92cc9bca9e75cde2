import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { colourWarnings, contrastRatio } from './contrast';

describe('contrastRatio', () => {
	it('gives the WCAG ratios of known pairs', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
		// The grey WCAG's own examples put at the 4.5:1 threshold.
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
});

describe('colourWarnings', () => {
	it('names each faction or alliance colour too pale for white, with its place', () => {
		const data = readDatasetFixture('edge-cases.json');
		expect(colourWarnings(data)).toEqual([]);
		data.factions[0]!.colour = '#ffee00';
		const warnings = colourWarnings(data);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.path).toBe('factions[0].colour');
		expect(warnings[0]!.message).toMatch(/#ffee00 is hard to see on white \(contrast 1\.\d\d:1/);
	});
});
