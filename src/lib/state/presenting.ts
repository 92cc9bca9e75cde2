import type { Dataset } from '$lib/model/schema';
import { presentationOf, type Presentation, type Presenting } from '$lib/model/presentation';

/** The URL value of `present=` for the walk through the events (a story is `story=<id>`). */
export const EVENTS_PARAM = 'events';

/**
 * What a URL asks to present: `?story=<id>&step=3` or `?present=events&step=3`, steps counted
 * from 1 as a reader counts them. A step past either end is brought inside, with a notice; an
 * unknown story presents nothing, with a notice. No such parameter: `null`, and no notice.
 */
export function presentingFromParams(
	params: URLSearchParams,
	dataset: Dataset
): { presenting: Presenting | null; presentation?: Presentation; notice?: string } {
	const storyId = params.get('story');
	const events = params.get('present') === EVENTS_PARAM;
	if (storyId === null && !events) return { presenting: null };
	const story = storyId ?? null;
	const presentation = presentationOf(dataset, story);
	if (!presentation)
		return {
			presenting: null,
			notice:
				story === null
					? 'This dataset has no events to present.'
					: `No story "${story}" in this dataset: nothing is presented.`
		};
	const count = presentation.steps.length;
	const text = params.get('step');
	const asked = text === null ? 1 : Number(text);
	const valid = Number.isInteger(asked) && asked >= 1 && asked <= count;
	const step = valid ? asked - 1 : Number.isInteger(asked) && asked > count ? count - 1 : 0;
	return {
		presenting: { story, step },
		presentation,
		...(valid
			? {}
			: {
					notice: `"${text}" is not a step of "${presentation.title}" (1 to ${count}): showing step ${step + 1}.`
				})
	};
}

/** Writes what is presented into URL parameters (steps from 1), or removes it. */
export function writePresenting(params: URLSearchParams, presenting: Presenting | null) {
	params.delete('story');
	params.delete('present');
	params.delete('step');
	if (!presenting) return;
	if (presenting.story === null) params.set('present', EVENTS_PARAM);
	else params.set('story', presenting.story);
	params.set('step', String(presenting.step + 1));
}
