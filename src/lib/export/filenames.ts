/** What is exported, each to its own file name. */
export const EXPORT_FORMATS = ['png', 'svg', 'json', 'csv', 'gexf', 'cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats of one date (all but GEXF, which holds the whole history). */
export type DateFormat = Exclude<ExportFormat, 'gexf'>;

/** Steps of "every year at once". */
export const SERIES_STEPS = ['year', 'month', 'event'] as const;
export type SeriesStep = (typeof SERIES_STEPS)[number];

/** `factions-1926-10.png`; with a `part`, `factions-1926-10-people.csv`. */
export function fileNameAt(month: string, extension: string, part?: string): string {
	return `factions-${month}${part ? `-${part}` : ''}.${extension}`;
}

/** `factions-compare-1924-06-1929-06.svg` */
export function compareFileName(from: string, to: string, extension: string): string {
	return `factions-compare-${from}-${to}.${extension}`;
}

/** `factions-1917-10-1938-03.gexf`: the whole history of a dataset. */
export function historyFileName(start: string, end: string, extension = 'gexf'): string {
	return `factions-${start}-${end}.${extension}`;
}

/** `factions-1923-06-1934-06-year-svg.zip`: a series of dates in one zip. */
export function seriesFileName(
	from: string,
	to: string,
	step: SeriesStep,
	format: DateFormat
): string {
	return `factions-${from}-${to}-${step}-${format}.zip`;
}

/** `factions-storyline-1917-10-1938-03.svg`: the storyline of a dataset's whole range. */
export function storylineFileName(start: string, end: string, extension: string): string {
	return `factions-storyline-${start}-${end}.${extension}`;
}

/** The slide deck format (the command line's `--format pptx`). */
export const DECK_FORMAT = 'pptx';

/** `factions-story-how-stalin-won.pptx`: the deck of a story. */
export function storyDeckFileName(story: string): string {
	return `factions-story-${story}.${DECK_FORMAT}`;
}

/**
 * `factions-1923-06-1929-06-year.pptx`: the deck of a series of dates (`chosen`: months the
 * user listed); of one date (`step` `null`), `factions-1926-10.pptx`.
 */
export function seriesDeckFileName(
	from: string,
	to: string,
	step: SeriesStep | 'chosen' | null
): string {
	return step === null
		? fileNameAt(from, DECK_FORMAT)
		: `factions-${from}-${to}-${step}.${DECK_FORMAT}`;
}

/** The animated formats of the command line: a GIF, or the numbered frames as PNG files. */
export const ANIMATION_FORMATS = ['gif', 'png-frames'] as const;
export type AnimationFormat = (typeof ANIMATION_FORMATS)[number];

/**
 * `factions-1923-01-1929-12-month.gif` (playback between two dates) or
 * `factions-story-how-stalin-won.gif` (a story's steps); without `extension`, the name of the
 * folder of numbered frames.
 */
export function animationFileName(
	what: { story: string } | { from: string; to: string; step: SeriesStep },
	extension?: string
): string {
	const base =
		'story' in what
			? `factions-story-${what.story}`
			: `factions-${what.from}-${what.to}-${what.step}`;
	return extension ? `${base}.${extension}` : `${base}-frames`;
}

/** `frame-0001.png`: the numbered frames, in order. */
export const frameFileName = (index: number) => `frame-${String(index + 1).padStart(4, '0')}.png`;
