/**
 * `next`, sharing every part of it that equals the same part of `previous`: the same object
 * where nothing in it changed. A view that re-renders what is not the same object (Svelte's
 * keyed lists) then redraws only what changed, when `next` was computed afresh from data of
 * which only a part changed (the legend of a new month: its alliances, not its factions).
 * Plain data only: arrays, plain objects and primitives.
 */
export function sharedWith<T>(previous: unknown, next: T): T {
	if (Object.is(previous, next)) return next;
	if (Array.isArray(next)) {
		if (!Array.isArray(previous)) return next;
		const parts = next.map((part, i) => sharedWith(previous[i], part));
		const same =
			parts.length === previous.length && parts.every((part, i) => Object.is(part, previous[i]));
		return (same ? previous : parts) as T;
	}
	if (isPlainObject(next)) {
		if (!isPlainObject(previous)) return next;
		const keys = Object.keys(next);
		const parts: Record<string, unknown> = {};
		let same = keys.length === Object.keys(previous).length;
		for (const key of keys) {
			const part = sharedWith(previous[key], next[key]);
			parts[key] = part;
			if (!Object.hasOwn(previous, key) || !Object.is(part, previous[key])) same = false;
		}
		return (same ? previous : parts) as T;
	}
	return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/**
 * Whether two plain values (arrays, plain objects and primitives) are equal all the way down:
 * what `sharedWith` gives back whole, found without making anything.
 */
export function equalPlain(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!equalPlain(a[i], b[i])) return false;
		return true;
	}
	if (isPlainObject(a)) {
		if (!isPlainObject(b)) return false;
		const keys = Object.keys(a);
		if (keys.length !== Object.keys(b).length) return false;
		for (const key of keys) if (!Object.hasOwn(b, key) || !equalPlain(a[key], b[key])) return false;
		return true;
	}
	return false;
}

/**
 * Puts in `next`, in place, each item of `previous` that equals (`equalPlain`) the item of the
 * same id in `next`: a keyed list (the text view's rows of a month) then redraws only the rows
 * that changed, where every row was a new object of the same content on each step. `next` must
 * be an array nobody has seen yet; ids are matched, not places, so an item that came or went
 * does not unshare the rest. A step of 2,000 people compares them all: nothing is made for the
 * comparison.
 */
export function keepUnchangedById<T extends { id: string }>(previous: readonly T[], next: T[]) {
	const before = new Map(previous.map((item) => [item.id, item]));
	next.forEach((item, i) => {
		const old = before.get(item.id);
		if (old !== undefined && equalPlain(old, item)) next[i] = old;
	});
}
