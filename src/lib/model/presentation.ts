import type { Dataset, Story } from './schema';
import type { StageFilter } from './snapshot';
import { monthOf, startKey } from './time';

/** One step of a presentation: what the graph shows, and what the caption panel says. */
export interface PresentationStep {
	/** The date as the data gives it (`1926-10-23`). */
	at: string;
	/** The month the graph shows, `YYYY-MM`. */
	month: string;
	/** The person selected, or none. */
	focus: string | null;
	/** Who the graph shows. */
	show: StageFilter;
	/** A heading above the caption: an event's title; none for a story's step. */
	heading: string | null;
	caption: string;
	/** Ids of the sources of the caption. */
	sources: string[];
}

/** A walk through the dataset: a story's steps, or else its events in date order. */
export interface Presentation {
	/** The story's id; `null` for the walk through the events. */
	story: string | null;
	title: string;
	steps: PresentationStep[];
}

/** What is being presented and where: the story (`null`: the events) and the step, from 0. */
export interface Presenting {
	story: string | null;
	step: number;
}

/** The steps of a story, in the order it tells them. */
export function storyPresentation(story: Story): Presentation {
	return {
		story: story.id,
		title: story.title,
		steps: story.steps.map((step) => ({
			at: step.at,
			month: monthOf(step.at),
			focus: step.focus ?? null,
			show: step.show ?? 'everyone',
			heading: null,
			caption: step.caption,
			sources: step.sources
		}))
	};
}

/**
 * The dataset's events as steps, in date order (events of one date in the data's order): each
 * shows its month with everyone on stage, its title as the heading and its description (or
 * else its title) as the caption. Nobody is selected.
 */
export function eventsPresentation(dataset: Dataset): Presentation {
	const events = dataset.events
		.map((event, index) => ({ event, index }))
		.sort((a, b) => startKey(a.event.date) - startKey(b.event.date) || a.index - b.index)
		.map(({ event }) => event);
	return {
		story: null,
		title: `${dataset.meta.title}: the events`,
		steps: events.map((event) => ({
			at: event.date,
			month: monthOf(event.date),
			focus: null,
			show: 'everyone',
			heading: event.title,
			caption: event.description ?? event.title,
			sources: event.sources
		}))
	};
}

/**
 * The presentation of the story `story` (`null`: of the events). `undefined` when the dataset
 * has no such story, or the presentation would have no step (a dataset without events).
 */
export function presentationOf(dataset: Dataset, story: string | null): Presentation | undefined {
	let found: Presentation | undefined;
	if (story === null) found = eventsPresentation(dataset);
	else {
		const told = dataset.stories?.find((s) => s.id === story);
		if (told) found = storyPresentation(told);
	}
	return found && found.steps.length > 0 ? found : undefined;
}

/** What the presenter can ask for. */
export type PresentCommand = 'next' | 'previous' | 'first' | 'last' | 'leave';

const COMMAND_OF_KEY: Readonly<Record<string, PresentCommand>> = {
	ArrowRight: 'next',
	' ': 'next',
	PageDown: 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	Escape: 'leave'
};

/**
 * The command a key stands for in present mode (`KeyboardEvent.key`): →, Space and Page Down go
 * on (Page Down is what a presentation clicker sends), ←, Page Up go back, Home and End to the
 * first and last step, Escape leaves. Any other key: `null`.
 */
export function presentCommandOf(key: string): PresentCommand | null {
	return Object.hasOwn(COMMAND_OF_KEY, key) ? COMMAND_OF_KEY[key]! : null;
}

/**
 * The step (from 0) after `command` at step `index` of `count` steps: it stops at either end
 * rather than wrapping, so a clicker pressed once too often does not jump to the start.
 */
export function stepAfter(
	index: number,
	command: Exclude<PresentCommand, 'leave'>,
	count: number
): number {
	const last = Math.max(0, count - 1);
	switch (command) {
		case 'next':
			return Math.min(last, index + 1);
		case 'previous':
			return Math.max(0, index - 1);
		case 'first':
			return 0;
		case 'last':
			return last;
	}
}
