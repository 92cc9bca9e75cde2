import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import { computeFlipbook } from './flipbook';
import { packFlipbook, transferablesOf, unpackFlipbook } from './flipbook-pack';

describe('packFlipbook and unpackFlipbook', () => {
	const flipbook = computeFlipbook(syntheticDataset(60, 36));

	it('give back every month exactly, through a structured clone', () => {
		const packed = packFlipbook(flipbook);
		const copy = structuredClone(packed, { transfer: transferablesOf(packed) });
		const unpacked = unpackFlipbook(copy);
		expect(unpacked.months).toEqual(flipbook.months);
		expect(unpacked.strategy).toBe(flipbook.strategy);
		for (const month of flipbook.months)
			expect(unpacked.positions[month]).toEqual(flipbook.positions[month]);
		expect(Object.keys(unpacked.positions)).toEqual(Object.keys(flipbook.positions));
	});

	it('store months that share positions once', () => {
		const packed = packFlipbook(flipbook);
		const distinct = new Set(flipbook.months.map((m) => flipbook.positions[m])).size;
		expect(packed.frameIds).toHaveLength(distinct);
		expect(distinct).toBeLessThan(flipbook.months.length);
	});
});
