import { CAPTION_MAX_SENTENCES, type Dataset, type StoryStep } from './schema';
import { suggest } from './suggest';
import { startKey, type DayKey } from './time';
import type { PathSegment } from './validate';

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['c', 'ca', 'cf', 'dr', 'e.g', 'i.e', 'mr', 'mrs', 'no', 'st', 'vs']);

/**
 * How many sentences `text` holds: a sentence ends at `.`, `!` or `?` (and any closing quote or
 * bracket) followed by a space and a capital letter, a digit or an opening quote, or by the end
 * of the text. An initial (`N. I. Bukharin`) and the abbreviations above do not end one. Text
 * without any end mark is one sentence; blank text is none.
 */
export function countSentences(text: string): number {
	const trimmed = text.trim();
	if (!trimmed) return 0;
	let count = 0;
	const end = /([^\s]*?)[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\d]|$)/gu;
	for (const match of trimmed.matchAll(end)) {
		const word = match[1]!.replace(/^["'“‘(]+/, '');
		const last = match[0].replace(/["'”’)\]]+$/, '').slice(-1);
		// `N.` or `St.`: an initial or an abbreviation, not the end of a sentence.
		if (last === '.' && (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()))) continue;
		count++;
	}
	// The last sentence may lack its full stop.
	if (!/[.!?]["'”’)\]]*$/.test(trimmed)) count++;
	return Math.max(count, 1);
}

type Report = (path: readonly PathSegment[], message: string) => void;

/**
 * The integrity rules of `stories` (the shape is the schema's): unique story ids; each step's
 * date inside the dataset's range (`[rangeStart, rangeEnd)` as day keys); a `focus` that names a
 * person of the dataset; a caption of one to three sentences; sources that exist (checked by
 * `checkCited`, like every other fact). Each problem is reported at its place:
 * `stories[0].steps[3].focus`.
 */
export function checkStories(
	data: Dataset,
	range: { start: DayKey; end: DayKey },
	report: Report,
	checkCited: (path: PathSegment[], fact: StoryStep) => void
) {
	const people = new Set(data.people.map((person) => person.id));
	const firstIndex = new Map<string, number>();
	data.stories?.forEach((story, s) => {
		const first = firstIndex.get(story.id);
		if (first === undefined) firstIndex.set(story.id, s);
		else
			report(['stories', s, 'id'], `duplicate id "${story.id}" (first used at stories[${first}])`);
		story.steps.forEach((step, i) => {
			const path: PathSegment[] = ['stories', s, 'steps', i];
			checkCited(path, step);
			const day = startKey(step.at);
			if (day < range.start || day >= range.end)
				report(
					[...path, 'at'],
					`"${step.at}" is outside the dataset's range ${data.meta.start} to ${data.meta.end}`
				);
			if (step.focus !== undefined && !people.has(step.focus))
				report([...path, 'focus'], `unknown person "${step.focus}"${suggest(step.focus, people)}`);
			const sentences = countSentences(step.caption);
			if (sentences > CAPTION_MAX_SENTENCES)
				report(
					[...path, 'caption'],
					`has ${sentences} sentences: a caption has one to ${CAPTION_MAX_SENTENCES} (move the rest to another step)`
				);
		});
	});
}
