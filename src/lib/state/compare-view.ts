import type { Dataset } from '$lib/model/schema';
import { monthFromParam } from './moment';
import type { Selection } from './selection';
import { selectionFromParams, writeSelection } from './url';

/** The two dates the compare view opens with: the Troika's year against the Right's defeat. */
export const DEFAULT_PAIR = { a: '1924-06', b: '1929-06' } as const;

/**
 * The dates to compare when the URL names none: `DEFAULT_PAIR` where the dataset covers it,
 * else a quarter and three quarters of the way through the dataset's months.
 */
export function defaultPair(months: readonly string[]): { a: string; b: string } {
	if (months.includes(DEFAULT_PAIR.a) && months.includes(DEFAULT_PAIR.b)) return DEFAULT_PAIR;
	const at = (share: number) => months[Math.floor((months.length - 1) * share)] ?? '';
	return { a: at(0.25), b: at(0.75) };
}

/** What the compare view shows, all of it kept in the URL: `/compare?a=1924-06&b=1929-06`. */
export interface CompareView {
	a: string;
	b: string;
	selection: Selection;
}

/** What the user can do to the compare view. */
export type CompareAction =
	| { type: 'date'; which: 'a' | 'b'; month: string }
	| { type: 'swap' }
	| { type: 'select'; selection: Selection };

/**
 * The view after `action`, given the dataset's `months`. A date outside them does not apply:
 * the same view comes back (the same object), and nothing is written.
 */
export function compareTransition(
	view: CompareView,
	action: CompareAction,
	months: readonly string[]
): CompareView {
	switch (action.type) {
		case 'date':
			return months.includes(action.month) ? { ...view, [action.which]: action.month } : view;
		case 'swap':
			return { ...view, a: view.b, b: view.a };
		case 'select':
			return { ...view, selection: action.selection };
	}
}

/**
 * Which of the two dates a pick at `month` moves: the nearer one; on a tie, the first date when
 * the pick is before it, else the second.
 */
export function nearerDate(view: CompareView, month: string, months: readonly string[]): 'a' | 'b' {
	const at = months.indexOf(month);
	const [a, b] = [months.indexOf(view.a), months.indexOf(view.b)];
	const [toA, toB] = [Math.abs(at - a), Math.abs(at - b)];
	if (toA !== toB) return toA < toB ? 'a' : 'b';
	return at < a ? 'a' : 'b';
}

/**
 * The view a URL asks for, with a notice for each thing in it that cannot be shown. Missing
 * dates give the `defaultPair` of `months`.
 */
export function compareViewFromUrl(
	params: URLSearchParams,
	dataset: Dataset,
	months: readonly string[]
): { view: CompareView; notices: string[] } {
	const notices: string[] = [];
	const fallback = defaultPair(months);
	const a = monthFromParam(params.get('a'), dataset, fallback.a);
	const b = monthFromParam(params.get('b'), dataset, fallback.b);
	for (const problem of [a.problem, b.problem]) if (problem) notices.push(problem);
	const selection = selectionFromParams(params, dataset, notices);
	return { view: { a: a.month, b: b.month, selection }, notices };
}

/** Writes the view into URL parameters, leaving any others alone. */
export function writeCompareView(params: URLSearchParams, view: CompareView) {
	params.set('a', view.a);
	params.set('b', view.b);
	writeSelection(params, view.selection);
}
