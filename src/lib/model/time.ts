/**
 * Time in Factions. Dates in the data have month (`1926-10`) or day (`1926-10-23`) precision.
 * Intervals are `[from, to)`: `from` inclusive, `to` exclusive (the month or day the thing ended).
 *
 * A month-precision date in the data stands for the first day of that month, so that something
 * that began or ended "in October 1926" has happened by the end of October.
 * A moment asked about (`at`) is a whole day: `YYYY-MM` means the last day of that month,
 * a bare `YYYY` the last day of June (the year's middle), `YYYY-MM-DD` that day.
 *
 * Years have four digits, from 0001 to 9999 (proleptic Gregorian calendar), and every date
 * this module writes has them too (`0990-01`), so that text order is time order.
 */

/** A day as an integer `yyyymmdd`: compares in calendar order without any time zone. */
export type DayKey = number;

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** The first and last year a date may have: four digits, no year zero. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

interface DateParts {
	year: number;
	month?: number;
	day?: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1–12) of a year. Computed, not taken from `Date`: `Date.UTC`
 * reads the years 0 to 99 as 1900 to 1999.
 */
export function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Splits an ISO date of year, month or day precision; `null` if it is not a real date
 * (an impossible month or day, or the year 0000).
 */
export function parseDateParts(text: string): DateParts | null {
	const match = DATE_PATTERN.exec(text.trim());
	if (!match) return null;
	const year = Number(match[1]);
	if (year < FIRST_YEAR) return null;
	if (match[2] === undefined) return { year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return null;
	if (match[3] === undefined) return { year, month };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

function key(year: number, month: number, day: number): DayKey {
	return year * 10000 + month * 100 + day;
}

/** The day a data date stands for: its first day when only the month is known. */
export function startKey(date: string): DayKey {
	const known = startKeys.get(date);
	if (known !== undefined) return known;
	const parts = parseDateParts(date);
	if (!parts) throw new RangeError(`not a date: "${date}"`);
	const found = key(parts.year, parts.month ?? 1, parts.day ?? 1);
	// Datasets repeat the same dates thousands of times; a bounded memo spares the parsing.
	if (startKeys.size >= 50_000) startKeys.clear();
	startKeys.set(date, found);
	return found;
}

const startKeys = new Map<string, DayKey>();

/**
 * The first day after a data date: the next day of a day, the first day of the next month of a
 * month. Always a number, also after 9999-12-31 (then 10000-01-01, beyond every date).
 * @throws RangeError if `date` is not a date.
 */
export function followingKey(date: string): DayKey {
	const parts = parseDateParts(date);
	if (!parts) throw new RangeError(`not a date: "${date}"`);
	const { year, month = 12 } = parts;
	const day = parts.day ?? daysInMonth(year, month);
	if (day < daysInMonth(year, month)) return key(year, month, day + 1);
	return month < 12 ? key(year, month + 1, 1) : key(year + 1, 1, 1);
}

/** `yyyymmdd` as `YYYY-MM-DD`, with four-digit years: `500301` is `0050-03-01`. */
export function formatDayKey(dayKey: DayKey): string {
	const year = Math.floor(dayKey / 10000);
	const month = Math.floor(dayKey / 100) % 100;
	return `${formatMonth(year, month)}-${String(dayKey % 100).padStart(2, '0')}`;
}

/** An exclusive end; absent or null means open, beyond any date. */
export function endKey(date: string | null | undefined): DayKey {
	return date ? startKey(date) : Number.POSITIVE_INFINITY;
}

/** A moment asked about, normalised to the month it falls in. */
export interface Moment {
	/** The day whose end state is shown. */
	day: DayKey;
	/** The month shown in every view, `YYYY-MM`. */
	month: string;
}

/**
 * Reads a moment: `YYYY` is the end of June, `YYYY-MM` the end of that month, `YYYY-MM-DD`
 * that day. Returns `null` for anything else, including impossible dates such as `1926-13`.
 */
export function parseMoment(text: string): Moment | null {
	const parts = parseDateParts(text);
	if (!parts) return null;
	const month = parts.month ?? 6;
	const day = parts.day ?? daysInMonth(parts.year, month);
	return { day: key(parts.year, month, day), month: formatMonth(parts.year, month) };
}

/**
 * `YYYY-MM` with a four-digit year. A year outside 0001–9999 gives text that is no date
 * (`0000-12`, `-0001-12`, `10000-01`), so it matches no month of any dataset.
 */
function formatMonth(year: number, month: number): string {
	const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
	return `${yearText}-${String(month).padStart(2, '0')}`;
}

/** The month key `YYYY-MM` of any data date. */
export function monthOf(date: string): string {
	return date.slice(0, 7);
}

/** Whether `[from, to)` holds at the end of the day `day`. */
export function isActiveAt(from: string, to: string | null | undefined, day: DayKey): boolean {
	return startKey(from) <= day && day < endKey(to);
}

/** Every month from `start` to `end` inclusive, as `YYYY-MM`. */
export function monthsBetween(start: string, end: string): string[] {
	const a = parseDateParts(start);
	const b = parseDateParts(end);
	if (!a || !b) throw new RangeError(`not a month range: "${start}" to "${end}"`);
	const months: string[] = [];
	let year = a.year;
	let month = a.month ?? 1;
	const last = b.year * 12 + (b.month ?? 12);
	while (year * 12 + month <= last) {
		months.push(formatMonth(year, month));
		month += 1;
		if (month > 12) {
			month = 1;
			year += 1;
		}
	}
	return months;
}

/**
 * Moves a month `YYYY-MM` by `delta` months. Past the years 0001–9999 the result is text that
 * is no date (see `formatMonth`): never a month of a dataset, never thrown.
 */
export function addMonths(monthText: string, delta: number): string {
	const parts = parseDateParts(monthText);
	if (!parts) throw new RangeError(`not a month: "${monthText}"`);
	const index = parts.year * 12 + (parts.month ?? 1) - 1 + delta;
	return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** "October 1926", or "23 October 1926" for a day-precision date. */
export function formatDate(date: string): string {
	const parts = parseDateParts(date);
	if (!parts) return date;
	if (parts.month === undefined) return String(parts.year);
	const monthName = MONTH_NAMES[parts.month - 1];
	return parts.day === undefined
		? `${monthName} ${parts.year}`
		: `${parts.day} ${monthName} ${parts.year}`;
}

/** "Oct 1926" */
export function formatMonthShort(date: string): string {
	const parts = parseDateParts(date);
	if (!parts || parts.month === undefined) return date;
	return `${MONTH_NAMES[parts.month - 1]!.slice(0, 3)} ${parts.year}`;
}

/** Clamps a month `YYYY-MM` into `[start, end]`. */
export function clampMonth(monthText: string, start: string, end: string): string {
	if (monthText < start) return start;
	if (monthText > end) return end;
	return monthText;
}

/**
 * The day after a `YYYY-MM-DD` date, or the month after a `YYYY-MM` month: the exclusive end
 * (`to`) that follows an inclusive last day or month, such as a death date or a GEXF end.
 */
export function nextDay(date: string): string {
	if (date.length === 7) return addMonths(date, 1);
	const next = new Date(`${date}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return next.toISOString().slice(0, 10);
}
