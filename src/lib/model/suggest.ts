/**
 * "Did you mean…": the known id nearest an unknown one, found in bounded time however many
 * ids there are.
 */

/**
 * At most this many known ids are compared with unknown ones in the search for ids two edits
 * away, per set of known ids (one validation): past it, unknown ids get no suggestion, so that
 * many unknown ids against many known ones cost a bounded time. Ids one edit away are always
 * found, through an index.
 */
export const SUGGESTION_BUDGET = 200_000;

interface SuggestionIndex {
	/** Each known id under every string made by deleting none or one of its characters. */
	byDeletion: Map<string, string[]>;
	/** Known ids by length. */
	byLength: Map<number, string[]>;
	/** Comparisons left for the search two edits away. */
	budget: number;
}

const suggestionIndexes = new WeakMap<object, SuggestionIndex>();

/** The string and every string made of it by deleting one character. */
function deletions(text: string): string[] {
	const found = [text];
	for (let i = 0; i < text.length; i++) found.push(text.slice(0, i) + text.slice(i + 1));
	return found;
}

function suggestionIndexOf(known: Iterable<string>): SuggestionIndex {
	const cached = suggestionIndexes.get(known);
	if (cached) return cached;
	const index: SuggestionIndex = {
		byDeletion: new Map(),
		byLength: new Map(),
		budget: SUGGESTION_BUDGET
	};
	for (const id of known) {
		for (const key of new Set(deletions(id))) {
			const list = index.byDeletion.get(key);
			if (list) list.push(id);
			else index.byDeletion.set(key, [id]);
		}
		const sameLength = index.byLength.get(id.length);
		if (sameLength) sameLength.push(id);
		else index.byLength.set(id.length, [id]);
	}
	suggestionIndexes.set(known, index);
	return index;
}

/**
 * ` — did you mean "bukharin"?` when a known id is one or two edits away (insertions, deletions,
 * substitutions), else `''`. Ids one edit away are looked up in an index of `known` (built on
 * the first call for that set or list and kept while it lives, so pass the same one each time);
 * ids two edits away are searched among ids of nearby length within {@link SUGGESTION_BUDGET}.
 */
export function suggest(id: string, known: Iterable<string>): string {
	const index = suggestionIndexOf(known);
	let best: string | undefined;
	let bestDistance = 3;
	// Ids one edit away (and some two away) share a string made by deleting at most one
	// character of each.
	for (const key of deletions(id)) {
		for (const candidate of index.byDeletion.get(key) ?? []) {
			const distance = editDistance(id, candidate, 2);
			if (
				distance < bestDistance ||
				(distance === bestDistance && best !== undefined && candidate < best)
			) {
				best = candidate;
				bestDistance = distance;
			}
		}
	}
	if (best !== undefined) return ` — did you mean "${best}"?`;
	// Two edits away: a search, bounded in length difference and in total work.
	for (const length of [id.length, id.length - 1, id.length + 1, id.length - 2, id.length + 2]) {
		for (const candidate of index.byLength.get(length) ?? []) {
			if (index.budget <= 0) break;
			index.budget -= 1;
			if (editDistance(id, candidate, 2) <= 2 && (best === undefined || candidate < best))
				best = candidate;
		}
	}
	return best === undefined ? '' : ` — did you mean "${best}"?`;
}

/**
 * The edit distance of `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`:
 * only the diagonal band of width `2 × limit + 1` is computed.
 */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const beyond = limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : beyond));
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(beyond);
		row[0] = i <= limit ? i : beyond;
		let smallest = row[0];
		for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
			row[j] = Math.min(
				previous[j]! + 1,
				row[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
				beyond
			);
			smallest = Math.min(smallest, row[j]!);
		}
		if (smallest > limit) return beyond;
		previous = row;
	}
	return previous[b.length]!;
}
