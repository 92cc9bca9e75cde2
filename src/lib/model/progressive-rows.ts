/**
 * How many rows of each group a long list shows when only `limit` rows may be shown yet: groups
 * are filled in order, so what is shown is always the list's beginning. `limit` of `Infinity`
 * shows every row.
 */
export function rowsPerGroup(sizes: readonly number[], limit: number): number[] {
	let left = Math.max(0, limit);
	return sizes.map((size) => {
		const shown = Math.min(size, left);
		left -= shown;
		return shown;
	});
}

/**
 * The rows a list of `total` rows shows at first: all of them up to `atOnce`, otherwise
 * `atOnce`, the rest coming `atOnce` more at a time on the next frames (see `nextRowLimit`).
 * Building thousands of rows in one task holds the page for hundreds of milliseconds.
 */
export function firstRowLimit(total: number, atOnce: number): number {
	return total <= atOnce ? Infinity : atOnce;
}

/** The limit after one more frame: `perFrame` more rows, or every row once they are reached. */
export function nextRowLimit(limit: number, total: number, perFrame: number): number {
	const next = limit + perFrame;
	return next >= total ? Infinity : next;
}
