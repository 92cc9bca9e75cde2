import { clampMonth, parseMoment } from '$lib/model/time';
import type { Dataset } from '$lib/model/schema';

export interface MomentFromUrl {
	month: string;
	/** Why the requested date could not be used, if it could not. */
	problem?: string;
}

/**
 * The month a `?at=` parameter asks for, inside the dataset's range. A missing value gives the
 * default month; a malformed or out-of-range one gives the default (or nearest end) and a
 * problem to show the user.
 */
export function monthFromParam(
	value: string | null,
	dataset: Dataset,
	fallback: string
): MomentFromUrl {
	if (value === null || value === '') return { month: fallback };
	const moment = parseMoment(value);
	const { start, end } = dataset.meta;
	if (!moment)
		return {
			month: fallback,
			problem: `"${value}" is not a date (expected YYYY-MM, e.g. 1926-10). Showing the default date instead.`
		};
	if (moment.month < start || moment.month > end)
		return {
			month: clampMonth(moment.month, start, end),
			problem: `"${value}" is outside the data, which runs from ${start} to ${end}. Showing the nearest month instead.`
		};
	return { month: moment.month };
}
