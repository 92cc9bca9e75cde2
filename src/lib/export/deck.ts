import type { Positions } from '../graph/arrange';
import { presentationOf } from '../model/presentation';
import type { Dataset, Source } from '../model/schema';
import { sourcesShownAt } from '../model/shown-sources';
import type { Snapshot, StageFilter } from '../model/snapshot';
import { formatDate, monthOf } from '../model/time';

/**
 * What a slide deck holds, before it is drawn: a title slide, then one slide per step of a story
 * or per date of a series, each with the month the graph shows, who is on stage, the caption and
 * the sources the caption cites. Pure: the writer (`pptx.ts`) draws it.
 */

export interface DeckSlide {
	/** The date the slide is about, as the data gives it (`1926-10-23`). */
	at: string;
	/** The month the graph shows, `YYYY-MM`. */
	month: string;
	show: StageFilter;
	/** What the slide says under the graph; none for a date of a series. */
	caption?: string;
	/** Ids of the sources of the caption. */
	captionSources: readonly string[];
	/** The person a story step points at, glowing on the slide as the graph's selection. */
	focus?: string;
}

export interface DeckPlan {
	title: string;
	/** The title slide's second line: the story's description, or the range of dates. */
	subtitle: string;
	slides: DeckSlide[];
}

/** The deck of the story `id`, one slide per step; `undefined` if the dataset has no such story. */
export function storyDeck(dataset: Dataset, id: string): DeckPlan | undefined {
	const story = dataset.stories?.find((s) => s.id === id);
	const presentation = presentationOf(dataset, id);
	if (!story || !presentation) return undefined;
	return {
		title: story.title,
		subtitle: story.description,
		slides: presentation.steps.map((step) => ({
			at: step.at,
			month: step.month,
			show: step.show,
			caption: step.caption,
			captionSources: step.sources,
			...(step.focus ? { focus: step.focus } : {})
		}))
	};
}

/** The deck of a series of months (`YYYY-MM`), one slide per month, `show` on stage. */
export function seriesDeck(
	dataset: Dataset,
	months: readonly string[],
	show: StageFilter = 'everyone'
): DeckPlan {
	const first = months[0];
	const last = months[months.length - 1];
	return {
		title: dataset.meta.title,
		subtitle: first && last ? `${formatDate(first)} to ${formatDate(last)}` : '',
		slides: months.map((month) => ({ at: month, month, show, captionSources: [] }))
	};
}

/** A source as a reader looks it up: title, author, publisher, year and web address. */
export function citationOf(source: Source): string {
	const by = [source.author, source.publisher, source.year].filter(Boolean).join(', ');
	return [source.title, by ? ` (${by})` : '', source.url ? ` ${source.url}` : ''].join('');
}

/**
 * The speaker notes of a slide: the caption, the events of the month shown (date, title and
 * description), and the sources of the caption and of everything the slide shows
 * (`sourcesShownAt`), one per line.
 */
export function slideNotes(dataset: Dataset, snapshot: Snapshot, slide: DeckSlide): string {
	const lines: string[] = [];
	if (slide.caption) lines.push(slide.caption, '');
	const events = dataset.events
		.filter((event) => monthOf(event.date) === snapshot.at)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	lines.push(
		events.length
			? `Events in ${formatDate(snapshot.at)}:`
			: `No event in the data in ${formatDate(snapshot.at)}.`
	);
	for (const event of events)
		lines.push(
			`- ${formatDate(event.date)}: ${event.title}${event.description ? `. ${event.description}` : ''}`
		);
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	const cited = [...new Set([...slide.captionSources, ...sourcesShownAt(dataset, snapshot)])];
	lines.push('', 'Sources of this slide:');
	for (const id of cited) {
		const source = sources.get(id);
		lines.push(`- ${source ? citationOf(source) : id}`);
	}
	return lines.join('\n');
}

/** The positions of the graph of each month, as the explorer shows them (the flip-book's). */
export type PositionsAt = (month: string) => Positions;
