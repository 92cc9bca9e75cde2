import { addMonths } from './time';

/** How far the explorer's "Compare with…" looks: five years. */
export const COMPARE_SPAN_MONTHS = 60;

/**
 * The month to compare `month` with: five years on, or five years back near the end, or the
 * last month when the dataset does not span five years either way. `months` is every month of
 * the dataset in order.
 */
export function comparePartner(months: readonly string[], month: string): string {
	return (
		[addMonths(month, COMPARE_SPAN_MONTHS), addMonths(month, -COMPARE_SPAN_MONTHS)].find((m) =>
			months.includes(m)
		) ??
		months[months.length - 1] ??
		month
	);
}
