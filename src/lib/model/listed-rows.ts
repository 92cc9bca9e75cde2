/**
 * How many of a long group's rows the text view lists: `page` at first, `page` more each time
 * the reader asks, or all of them. A table of thousands of rows in the page makes every step of
 * the slider lay out thousands of rows again (half a second and more at 9,000 people), so a
 * group lists a page of its rows until the reader asks for the rest.
 */
export function listedRows(size: number, limit: number): number {
	return Math.min(size, Math.max(0, limit));
}

/** The limit once the reader asks for more: `page` more rows, or every row if that reaches them. */
export function moreRows(limit: number, size: number, page: number): number {
	const next = limit + page;
	return next >= size ? Infinity : next;
}

/**
 * The first `count` rows of `groups` taken in reading order, group by group: what is written
 * while a long list is written a few rows at a time. A group wholly written is the same array.
 */
export function firstRows<T>(groups: readonly (readonly T[])[], count: number): (readonly T[])[] {
	let left = Math.max(0, count);
	return groups.map((rows) => {
		const taken = Math.min(rows.length, left);
		left -= taken;
		return taken === rows.length ? rows : rows.slice(0, taken);
	});
}

/**
 * The order of names as `collator` sorts them, as a rank for each: comparing two ranks is far
 * cheaper than comparing two names, which shows when thousands are sorted on every step.
 */
export function nameRanks(names: Iterable<string>, collator: Intl.Collator): Map<string, number> {
	const sorted = [...new Set(names)].sort(collator.compare);
	return new Map(sorted.map((name, i) => [name, i]));
}
