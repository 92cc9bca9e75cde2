import { boundsOf } from '../graph/arrange';
import { pictureSizes, type Box, type Size } from '../graph/camera';
import { graphModelOf } from '../graph/elements';
import { CSS_FONT_STACK } from '../graph/encoding';
import { comparisonMarks } from '../graph/marks';
import { layoutPair, type PairLayout } from '../graph/shared-layout';
import { alliancesAtEither, compareMoments, type Comparison } from '../model/compare';
import type { Dataset } from '../model/schema';
import type { AllianceAtMoment, Snapshot } from '../model/snapshot';
import { formatDate } from '../model/time';
import { graphMarkup } from './svg-graph';
import { escapeXml, formatNumber as n } from './xml';

/** Two dates compared, as the compare page shows them before any script has run. */
export interface PairPicture {
	a: string;
	b: string;
	title: string;
	description: string;
	/** Both graphs in one frame of coordinates (see `layoutPair`), marked as the view marks them. */
	panels: { name: 'a' | 'b'; month: string; date: string; svg: string; label: string }[];
	box: Box;
	/** The smallest size a narrow view draws both panels at, whose names read (see `pictureSizes`). */
	readable: Size;
	/**
	 * Where everyone stands in both panels: the compare view of the built-in data starts from it
	 * for this pair, rather than laying it out again (a browser's floating point may place a
	 * force layout's people elsewhere than Node's did).
	 */
	layout: PairLayout;
	comparison: Comparison;
	/** The alliances at either date, and the part of the dataset the legend reads. */
	alliances: AllianceAtMoment[];
	dataset: Dataset;
}

const withoutEdges = (snapshot: Snapshot): Snapshot => ({ ...snapshot, edges: [] });

/** `a` against `b` in `dataset`, laid out as the compare view lays them out. */
export function pairPicture(dataset: Dataset, a: string, b: string): PairPicture {
	const comparison = compareMoments(dataset, a, b);
	const models = {
		a: graphModelOf(comparison.a, dataset.factions),
		b: graphModelOf(comparison.b, dataset.factions)
	};
	const pair = layoutPair(
		models.a,
		models.b,
		dataset.factions.map((f) => f.id)
	);
	const labelOf = (id: string) => dataset.people.find((p) => p.id === id)?.label ?? id;
	const marks = comparisonMarks(comparison.diff, pair, labelOf);
	const box = boundsOf([pair.a, pair.b]);
	const width = Math.max(1, box.x2 - box.x1);
	const height = Math.max(1, box.y2 - box.y1);
	const { closest, readable } = pictureSizes(box);
	const panels = (['a', 'b'] as const).map((name) => {
		const snapshot = comparison[name];
		const date = formatDate(snapshot.at);
		const label = `Faction graph for ${date}: ${snapshot.people.length} people, ${snapshot.alliances.length} active alliances.`;
		const svg =
			`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(box.x1)} ${n(box.y1)} ${n(width)} ${n(height)}" ` +
			`width="${n(closest.width)}" height="${n(closest.height)}" ` +
			`font-family="${escapeXml(CSS_FONT_STACK)}" role="img" aria-label="${escapeXml(label)}">` +
			graphMarkup(
				{ model: models[name], positions: pair[name], marks: marks[name] },
				`picture-${name}-`
			) +
			'</svg>';
		return { name, month: snapshot.at, date, svg, label };
	});
	const alliances = alliancesAtEither(comparison.a, comparison.b);
	const drawn = new Set(alliances.map((alliance) => alliance.id));
	const dates = `${formatDate(a)} against ${formatDate(b)}`;
	return {
		a,
		b,
		title: `Factions — ${dates}`,
		description: `The Soviet leadership in ${dates}: who was on stage, in which faction and alliance, and what changed between the two dates.`,
		panels,
		box,
		readable,
		layout: pair,
		comparison: { ...comparison, a: withoutEdges(comparison.a), b: withoutEdges(comparison.b) },
		alliances,
		dataset: {
			...dataset,
			people: [],
			alignments: [],
			alliances: dataset.alliances.filter((alliance) => drawn.has(alliance.id)),
			events: [],
			sources: [],
			stories: []
		}
	};
}
