import { describe, expect, it } from 'vitest';
import { GOLDEN_ANGLE, mean, meanPoint, nondecreasingFit } from './geometry';

describe('geometry', () => {
	it('knows the golden angle: 137.5 degrees, the complement of 2π over the golden ratio', () => {
		expect((GOLDEN_ANGLE * 180) / Math.PI).toBeCloseTo(137.5078, 4);
		const phi = (1 + Math.sqrt(5)) / 2;
		expect(GOLDEN_ANGLE).toBeCloseTo(2 * Math.PI - (2 * Math.PI) / phi, 12);
	});

	it.each([
		[[], NaN],
		[[4], 4],
		[[1, 2, 3, 4], 2.5],
		[[-1, 1], 0]
	])('the mean of %j is %d', (values, expected) => {
		expect(mean(values)).toBe(expected);
	});

	it('finds the centre of points, and none for no points', () => {
		expect(meanPoint([])).toBeNull();
		expect(meanPoint([[2, 3]])).toEqual([2, 3]);
		expect(
			meanPoint([
				[0, 0],
				[4, 0],
				[4, 8]
			])
		).toEqual([8 / 3, 8 / 3]);
	});

	it('fits the nearest non-decreasing sequence, pooling what is out of order by weight', () => {
		expect(nondecreasingFit([], [])).toEqual([]);
		expect(nondecreasingFit([1, 2, 3], [1, 1, 1])).toEqual([1, 2, 3]);
		expect(nondecreasingFit([3, 1], [1, 1])).toEqual([2, 2]);
		// The heavier keeps nearer its wish.
		expect(nondecreasingFit([3, 1], [3, 1])).toEqual([2.5, 2.5]);
		// A pool that then meets an earlier value out of order pools again.
		expect(nondecreasingFit([5, 4, 1, 6], [1, 1, 1, 1])).toEqual([10 / 3, 10 / 3, 10 / 3, 6]);
	});
});
