import type { HistoricalEvent } from '../model/schema';
import { monthOf } from '../model/time';
import type { SeriesStep } from './filenames';

/**
 * The months of "every year at once" from `from` to `to` (months `YYYY-MM`, inclusive, in
 * either order), among `months` (the dataset's, in order): each year on `from`'s month, every
 * month, or every month in which an event happened. A year whose month falls outside the
 * dataset gives its first or last month instead, so "every year from 1917 to 1938" has an image
 * of 1917 and of 1938 even though the data starts in October 1917 and ends in March 1938.
 * Empty when the range holds no such month.
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
	if (step === 'year') {
		if (inRange.length === 0) return [];
		const low = inRange[0]!;
		const high = inRange[inRange.length - 1]!;
		const years: string[] = [];
		const lastYear = Number(last.slice(0, 4));
		for (let year = Number(first.slice(0, 4)); year <= lastYear; year++) {
			const wanted = `${String(year).padStart(4, '0')}-${first.slice(5, 7)}`;
			const month = wanted < low ? low : wanted > high ? high : wanted;
			if (years[years.length - 1] !== month) years.push(month);
		}
		return years;
	}
	const eventful = new Set(events.map((e) => monthOf(e.date)));
	return inRange.filter((m) => eventful.has(m));
}

/**
 * The months a user typed (`1924-01, 1926-10 1927-12`: `YYYY-MM` separated by commas, semicolons
 * or spaces), in order and without repeats, if each is among `months` (the dataset's); otherwise
 * a message naming the first that is not.
 */
export function chosenMonths(
	text: string,
	months: readonly string[]
): { months: string[] } | { error: string } {
	const known = new Set(months);
	const chosen = new Set<string>();
	for (const word of text.split(/[\s,;]+/).filter(Boolean)) {
		if (!/^\d{4}-\d{2}$/.test(word))
			return { error: `"${word}" is not a month: write months as YYYY-MM, e.g. 1926-10.` };
		if (!known.has(word))
			return {
				error: `${word} is outside the data, which runs from ${months[0]} to ${months[months.length - 1]}.`
			};
		chosen.add(word);
	}
	return { months: [...chosen].sort() };
}
