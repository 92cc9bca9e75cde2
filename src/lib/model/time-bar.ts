import type { HistoricalEvent } from './schema';
import { formatDate, monthOf } from './time';

/** A month of the time bar that has events: where it sits, and what happened. */
export interface EventMark {
	month: string;
	/** The month's index in the time bar's months. */
	index: number;
	/** The month's events' titles, in date order. */
	titles: string[];
	/** Its accessible name: "January 1924: 13th Party Conference; Lenin dies". */
	name: string;
}

/** One mark per month that has events, in month order; events outside `months` are left out. */
export function eventMarks(
	months: readonly string[],
	events: readonly HistoricalEvent[]
): EventMark[] {
	const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
	return months.flatMap((month, index) => {
		const titles = sorted.filter((e) => monthOf(e.date) === month).map((e) => e.title);
		return titles.length
			? [{ month, index, titles, name: `${formatDate(month)}: ${titles.join('; ')}` }]
			: [];
	});
}

/** The marks at, before and after the month at `index`: what Previous and Next event go to. */
export function marksAround(marks: readonly EventMark[], index: number) {
	return {
		current: marks.find((m) => m.index === index),
		previous: marks.findLast((m) => m.index < index),
		next: marks.find((m) => m.index > index)
	};
}

/** Where month `index` of `last + 1` months sits along the track, in percent. */
export function trackPercent(index: number, last: number): number {
	return last > 0 ? (index / last) * 100 : 0;
}

/** The first month of each year among `months`, with its index. */
export function yearStarts(months: readonly string[]): { year: number; index: number }[] {
	return months.flatMap((m, index) =>
		m.endsWith('-01') ? [{ year: Number(m.slice(0, 4)), index }] : []
	);
}

/**
 * Which years get a label so that labels never crowd: every 1st, 2nd, 5th, 10th, 25th or 50th
 * year, the smallest step that gives each label `room` pixels in `width`.
 */
export function yearLabelStep(years: number, width: number, room: number): number {
	return [1, 2, 5, 10, 25].find((step) => (years / step) * room <= width) ?? 50;
}
