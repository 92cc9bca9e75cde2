import { describe, expect, it } from 'vitest';
import { GOLDEN_ANGLE, mean, meanPoint } from './geometry';

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
});
