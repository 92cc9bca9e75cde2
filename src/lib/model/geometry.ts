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

/**
 * The non-decreasing sequence nearest `values` (least squares, each weighted by `weights`), by
 * pooling adjacent violators: how things kept in order (bands down a storyline, faction groups
 * along a row) each go as near their wish as their order allows. `weights` must be positive.
 */
export function nondecreasingFit(values: readonly number[], weights: readonly number[]): number[] {
	const blocks: { value: number; weight: number; count: number }[] = [];
	values.forEach((value, i) => {
		blocks.push({ value, weight: weights[i]!, count: 1 });
		while (
			blocks.length > 1 &&
			blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value
		) {
			const b = blocks.pop()!;
			const a = blocks.pop()!;
			const weight = a.weight + b.weight;
			blocks.push({
				value: (a.value * a.weight + b.value * b.weight) / weight,
				weight,
				count: a.count + b.count
			});
		}
	});
	return blocks.flatMap((block) => Array<number>(block.count).fill(block.value));
}
