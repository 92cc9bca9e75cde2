import { boundsOf, type Positions } from '../graph/arrange';
import { pictureSizes, type Box, type Size } from '../graph/camera';
import { graphModelOf } from '../graph/elements';
import { CSS_FONT_STACK } from '../graph/encoding';
import { graphLabelOf } from '../model/describe';
import { monthExtract } from '../model/month-extract';
import type { Dataset } from '../model/schema';
import { filterSnapshot, snapshotAt, type Snapshot } from '../model/snapshot';
import { formatDate } from '../model/time';
import { graphMarkup } from './svg-graph';
import { escapeXml, formatNumber as n } from './xml';

/**
 * A month as its page shows it before any script has run: the graph as inline SVG, laid out
 * where the interactive graph will put everyone, and what the text view and the legend read.
 */
export interface MonthPicture {
	month: string;
	/** The month in words: "October 1926". */
	date: string;
	/** The page's title and its description for search engines and link previews. */
	title: string;
	description: string;
	graph: {
		/** An `<svg>` element in model units; the page sizes it as the camera would. */
		svg: string;
		/** The box the camera fits, in model units (see `fitViewport`). */
		box: Box;
		/** What the graph shows, in words, for screen readers. */
		label: string;
		/** The smallest size a narrow view draws it at, whose names read (see `pictureSizes`). */
		readable: Size;
	};
	/** The part of the dataset the month's text view and legend read (see `monthExtract`). */
	dataset: Dataset;
	snapshot: Snapshot;
}

const plural = (count: number, one: string, many = `${one}s`) =>
	`${count} ${count === 1 ? one : many}`;

/** One sentence on who stood where in a month, for a page's description. */
export function monthDescription(dataset: Dataset, shown: Snapshot, date: string): string {
	const factions = dataset.factions
		.map((f) => ({ label: f.label, count: shown.people.filter((p) => p.faction === f.id).length }))
		.filter((f) => f.count > 0)
		.map((f) => `${f.label} ${f.count}`);
	const alliances = shown.alliances.map((a) => a.name);
	return (
		`Who stood where in the Soviet leadership in ${date}: ${plural(shown.people.length, 'person', 'people')} on stage` +
		(factions.length ? ` (${factions.join(', ')})` : '') +
		(alliances.length
			? `; ${plural(alliances.length, 'alliance')}: ${alliances.join(', ')}.`
			: '; no alliance active.')
	);
}

/**
 * `month` of `dataset` as its page shows it first, everyone on stage, at `positions` (the
 * month's page of the flip-book the interactive graph reads).
 */
export function monthPicture(dataset: Dataset, month: string, positions: Positions): MonthPicture {
	const snapshot = filterSnapshot(snapshotAt(dataset, month), 'everyone');
	const model = graphModelOf(snapshot, dataset.factions);
	const box = boundsOf([positions]);
	const width = Math.max(1, box.x2 - box.x1);
	const height = Math.max(1, box.y2 - box.y1);
	const date = formatDate(month);
	const label = graphLabelOf(date, snapshot);
	// Sized at the camera's closest zoom: the page lets it shrink to fit, never grow past it, and
	// in a narrow view never below the size whose names read (see `pictureSizes`).
	const { closest, readable } = pictureSizes(box);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(box.x1)} ${n(box.y1)} ${n(width)} ${n(height)}" ` +
		`width="${n(closest.width)}" height="${n(closest.height)}" ` +
		`font-family="${escapeXml(CSS_FONT_STACK)}" role="img" aria-label="${escapeXml(label)}">` +
		graphMarkup({ model, positions }, 'picture-') +
		'</svg>';
	return {
		month,
		date,
		title: `Factions — ${date}`,
		description: monthDescription(dataset, snapshot, date),
		graph: { svg, box, label, readable },
		dataset: monthExtract(dataset, snapshot),
		snapshot: { ...snapshot, edges: [] }
	};
}
