import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/lib/data/builtin';
import { INK } from '../../src/lib/graph/encoding';
import { colourWarnings, contrastRatio, MIN_CONTRAST } from '../../src/lib/model/contrast';

describe('the built-in data and the marks on white', () => {
	it('has no faction or alliance colour under 3:1', () => {
		expect(colourWarnings(builtinDataset)).toEqual([]);
	});

	it('draws text in ink of at least 4.5:1, and marks in ink of at least 3:1', () => {
		for (const key of ['text', 'muted', 'quiet', 'subtitle'] as const)
			expect(contrastRatio(INK[key], INK.paper), key).toBeGreaterThanOrEqual(MIN_CONTRAST.text);
		expect(contrastRatio(INK.unknownFaction, INK.paper)).toBeGreaterThanOrEqual(
			MIN_CONTRAST.graphics
		);
	});
});
