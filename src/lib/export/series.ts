import type { HistoricalEvent } from '../model/schema';
import { monthOf } from '../model/time';
import type { SeriesStep } from './filenames';

/**
 * The months of "every year at once" from `from` to `to` (months `YYYY-MM`, inclusive, in
 * either order), among `months` (the dataset's): each year on `from`'s month, every month, or
 * every month in which an event happened. Empty when the range holds no such month.
 */
export function seriesMonths(
	months: readonly string[],
	events: readonly Pick<HistoricalEvent, 'date'>[],
	from: string,
	to: string,
	step: SeriesStep
): string[] {
	const [first, last] = from <= to ? [from, to] : [to, from];
	const inRange = months.filter((m) => m >= first && m <= last);
	if (step === 'month') return inRange;
	if (step === 'year') return inRange.filter((m) => m.slice(5) === first.slice(5));
	const eventful = new Set(events.map((e) => monthOf(e.date)));
	return inRange.filter((m) => eventful.has(m));
}
