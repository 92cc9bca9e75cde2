import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random';

describe('mulberry32', () => {
	it('gives the sequence of the reference implementation, the same on every run', () => {
		// The first outputs of bryc's JavaScript mulberry32 seeded with 1, as 32-bit integers.
		const next = mulberry32(1);
		const first = [next(), next(), next()].map((x) => Math.round(x * 4294967296));
		expect(first).toEqual([2693262067, 11749833, 2265367787]);
		const again = mulberry32(1);
		expect([again(), again(), again()].map((x) => Math.round(x * 4294967296))).toEqual(first);
	});

	it('gives other numbers for another seed', () => {
		expect(mulberry32(2)()).not.toBe(mulberry32(1)());
	});

	it('stays in [0, 1) and spreads evenly', () => {
		const next = mulberry32(1917);
		const buckets = Array.from({ length: 10 }, () => 0);
		for (let i = 0; i < 10_000; i++) {
			const x = next();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
			buckets[Math.floor(x * 10)]!++;
		}
		for (const count of buckets) expect(count).toBeGreaterThan(900);
	});
});
