import type { PresentationStep, Presenting } from '$lib/model/presentation';
import type { Dataset } from '$lib/model/schema';
import type { StageFilter } from '$lib/model/snapshot';
import { monthFromParam } from './moment';
import { presentingFromParams, writePresenting } from './presenting';
import type { Selection } from './selection';
import { selectionFromParams, writeSelection } from './url';

/**
 * What the explorer shows, all of it kept in the URL: `?at=1926-10&focus=stalin&show=politburo`,
 * and in present mode `&story=how-stalin-won&step=8`.
 */
export interface ExplorerView {
	month: string;
	selection: Selection;
	/** Who the graph shows: everyone on stage, or the Politburo only. */
	filter: StageFilter;
	/** The story and step presented full-screen, or `null` outside present mode. */
	presenting: Presenting | null;
}

/** What the user can do to the explorer's view. */
export type ExplorerAction =
	| { type: 'month'; month: string }
	| { type: 'select'; selection: Selection }
	| { type: 'filter'; filter: StageFilter }
	/** Presents `step`, the step `presenting` names (see `presentationOf`). */
	| { type: 'present'; presenting: Presenting; step: PresentationStep }
	| { type: 'leave' };

/**
 * The view after `action`, given the dataset's `months`. A month outside them does not apply:
 * the same view comes back (the same object), and nothing is written.
 */
export function explorerTransition(
	view: ExplorerView,
	action: ExplorerAction,
	months: readonly string[]
): ExplorerView {
	switch (action.type) {
		case 'month':
			return months.includes(action.month) ? { ...view, month: action.month } : view;
		case 'select':
			return { ...view, selection: action.selection };
		case 'filter':
			return { ...view, filter: action.filter };
		case 'present':
			return presentedView(view, action.presenting, action.step, months);
		case 'leave':
			// The graph stays at the step's month, selection and filter: the class can go on from there.
			return view.presenting ? { ...view, presenting: null } : view;
	}
}

/** The view at a step: its month (if the dataset has it), its person selected, its filter. */
function presentedView(
	view: ExplorerView,
	presenting: Presenting,
	step: PresentationStep,
	months: readonly string[]
): ExplorerView {
	return {
		month: months.includes(step.month) ? step.month : view.month,
		selection: step.focus ? { kind: 'person', id: step.focus } : null,
		filter: step.show,
		presenting
	};
}

/**
 * The view a URL asks for, with a notice for each thing in it that cannot be shown (a bad
 * date, an unknown person). A missing month gives `defaultMonth`.
 */
export function explorerViewFromUrl(
	params: URLSearchParams,
	dataset: Dataset,
	defaultMonth: string
): { view: ExplorerView; notices: string[] } {
	const notices: string[] = [];
	const { month, problem } = monthFromParam(params.get('at'), dataset, defaultMonth);
	if (problem) notices.push(problem);
	const selection = selectionFromParams(params, dataset, notices);
	const filter = params.get('show') === 'politburo' ? 'politburo' : 'everyone';
	const view: ExplorerView = { month, selection, filter, presenting: null };
	const { presenting, presentation, notice } = presentingFromParams(params, dataset);
	if (notice) notices.push(notice);
	// A step decides what is shown, whatever else the URL says.
	if (presenting && presentation) {
		const step = presentation.steps[presenting.step]!;
		// A valid dataset dates every step inside its range.
		return { view: presentedView(view, presenting, step, [step.month]), notices };
	}
	return { view, notices };
}

/** Writes the view into URL parameters, leaving any others (such as `data=`) alone. */
export function writeExplorerView(params: URLSearchParams, view: ExplorerView) {
	params.set('at', view.month);
	writeSelection(params, view.selection);
	if (view.filter === 'politburo') params.set('show', 'politburo');
	else params.delete('show');
	writePresenting(params, view.presenting);
}

/**
 * The view in another dataset: the month stays if the dataset has it, else becomes
 * `defaultMonth`; a selection the dataset does not have is cleared.
 */
export function explorerViewInDataset(
	view: ExplorerView,
	dataset: Dataset,
	months: readonly string[],
	defaultMonth: string
): ExplorerView {
	const month = months.includes(view.month) ? view.month : defaultMonth;
	const selection = view.selection;
	const known =
		selection === null ||
		(selection.kind === 'person' && dataset.people.some((p) => p.id === selection.id)) ||
		(selection.kind === 'alliance' && dataset.alliances.some((a) => a.id === selection.id));
	return { ...view, month, selection: known ? selection : null, presenting: null };
}
