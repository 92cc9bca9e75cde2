import type { SnapshotDiff } from '../model/diff';
import type { Point } from './arrange';
import type { PairLayout } from './shared-layout';

/** What one panel of a comparison marks as changed against the other date. */
export interface PanelMarks {
	/** People on stage or in the Politburo here who were not at the other date. */
	arrived: string[];
	/** People on stage or in the Politburo here who are gone at the other date. */
	departed: string[];
	/** Alliances active here that were not at the other date. */
	formed: string[];
	/** Alliances active here that are over at the other date. */
	dissolved: string[];
	/** People whose faction differs at the other date, and where they stood then. */
	cameFrom: { id: string; label: string; position: Point }[];
}

export const NO_MARKS: PanelMarks = {
	arrived: [],
	departed: [],
	formed: [],
	dissolved: [],
	cameFrom: []
};

const ids = (...lists: readonly { id: string }[][]) => [
	...new Set(lists.flatMap((list) => list.map((item) => item.id)))
];

/**
 * The marks of both panels of a comparison from `a` to `b`: `b` shows who arrived, which
 * alliances formed, and for each person who changed faction where they came from (their place
 * in `a`); `a` shows who is gone by `b` and which alliances dissolved.
 */
export function comparisonMarks(
	diff: SnapshotDiff,
	layout: PairLayout,
	labelOf: (id: string) => string
): { a: PanelMarks; b: PanelMarks } {
	return {
		a: {
			...NO_MARKS,
			departed: ids(diff.leftPolitburo, diff.leftStage),
			dissolved: ids(diff.alliancesDissolved)
		},
		b: {
			...NO_MARKS,
			arrived: ids(diff.joinedPolitburo, diff.joinedStage),
			formed: ids(diff.alliancesFormed),
			cameFrom: layout.changedFaction.flatMap((id) => {
				const position = layout.a[id];
				return position ? [{ id, label: labelOf(id), position }] : [];
			})
		}
	};
}
