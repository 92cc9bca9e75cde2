/** A point in the layout's plane, in model units. */
export type Point = readonly [number, number];

/**
 * The golden angle in radians (about 137.5°): points `k` turns of it apart never line up, so a
 * spiral of them (a sunflower) fills a disc evenly.
 */
export const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The arithmetic mean of `values`; `NaN` for none. */
export function mean(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	let sum = 0;
	for (const value of values) sum += value;
	return sum / values.length;
}

/** The centre of mass of `points`; `null` for none. */
export function meanPoint(points: readonly Point[]): Point | null {
	if (points.length === 0) return null;
	let x = 0;
	let y = 0;
	for (const [px, py] of points) {
		x += px;
		y += py;
	}
	return [x / points.length, y / points.length];
}
