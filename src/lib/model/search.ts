import type { Person } from './schema';

/** One person as the search reads them: folded name, label and id. */
export interface SearchEntry {
	person: Person;
	/** Their place in the dataset, which breaks ties. */
	order: number;
	label: string;
	id: string;
	/** The words of the full name. */
	words: string[];
	/** The words of the native name and the aliases ("dzhugashvili", "сталин"). */
	otherWords: string[];
	haystack: string;
}

/** Lower case without accents, so "Janis" finds "Jānis". */
export function foldForSearch(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const wordsOf = (folded: string) => folded.split(/[\s()'’-]+/).filter(Boolean);

/** The people prepared for `searchPeople`: fold once, search on every key press. */
export function searchIndex(people: readonly Person[]): SearchEntry[] {
	return people.map((person, order) => {
		const name = foldForSearch(person.name);
		const label = foldForSearch(person.label);
		const id = foldForSearch(person.id);
		const others = [person.nativeName ?? '', ...(person.aliases ?? [])].map(foldForSearch);
		return {
			person,
			order,
			label,
			id,
			words: wordsOf(name),
			otherWords: others.flatMap(wordsOf),
			haystack: [name, label, id, ...others].join(' ')
		};
	});
}

/**
 * How well one word of the query matches: 0 starts the short label (the surname) or the id,
 * 1 starts a word of the full name, 2 a word of the native name or an alias ("Dzhugashvili",
 * "Сталин", "Sinowjew"), 3 is inside any of them; `null` if it does not match.
 */
function rank(entry: SearchEntry, word: string): number | null {
	if (entry.label.startsWith(word) || entry.id.startsWith(word)) return 0;
	if (entry.words.some((w) => w.startsWith(word))) return 1;
	if (entry.otherWords.some((w) => w.startsWith(word))) return 2;
	if (entry.haystack.includes(word)) return 3;
	return null;
}

/**
 * The people whose name, label, id, native name or aliases match every word of `query` (accents
 * and case aside), best
 * first: the sum of each word's rank, ties in dataset order; at most `limit`. Empty for an empty
 * query.
 */
export function searchPeople(
	index: readonly SearchEntry[],
	query: string,
	limit: number
): Person[] {
	const words = foldForSearch(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const scored: { person: Person; score: number; order: number }[] = [];
	for (const entry of index) {
		let score = 0;
		for (const word of words) {
			const r = rank(entry, word);
			if (r === null) {
				score = -1;
				break;
			}
			score += r;
		}
		if (score >= 0) scored.push({ person: entry.person, score, order: entry.order });
	}
	scored.sort((a, b) => a.score - b.score || a.order - b.order);
	return scored.slice(0, limit).map((s) => s.person);
}
