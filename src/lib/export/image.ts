import type { Positions } from '../graph/arrange';
import { graphModelOf } from '../graph/elements';
import type { PanelMarks } from '../graph/marks';
import { alliancesAtEither } from '../model/compare';
import type { Dataset } from '../model/schema';
import type { Snapshot } from '../model/snapshot';
import { formatDate } from '../model/time';
import { legendOf } from '../graph/legend';
import { writeSvg, type SvgImageOptions } from './svg';

/** The fixed image sizes offered besides the current view, in pixels. */
export const IMAGE_PRESETS = {
	slide: { width: 1920, height: 1080, label: '16:9 slide (1920 × 1080)' },
	'4k': { width: 3840, height: 2160, label: '4K (3840 × 2160)' }
} as const;

/** What the user chose to put in an image. */
export interface ImageChoices {
	width: number;
	height: number;
	background: 'white' | 'transparent';
	title: boolean;
	date: boolean;
	legend: boolean;
	source: boolean;
}

export const DEFAULT_IMAGE_CHOICES: ImageChoices = {
	...{ width: IMAGE_PRESETS.slide.width, height: IMAGE_PRESETS.slide.height },
	background: 'white',
	title: true,
	date: true,
	legend: true,
	source: true
};

/** The largest side we ask any renderer for; browsers refuse canvases past 32,767 pixels. */
export const MAX_IMAGE_SIDE = 16384;

/** The most pixels Chromium and Firefox give one canvas (16,384²); Safari gives fewer. */
export const MAX_CANVAS_AREA = 268_435_456;

/** Why a browser canvas cannot hold an image of this size, or `null` if it should. */
export function canvasSizeProblem(width: number, height: number): string | null {
	if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
		return `${width} × ${height} is not an image size.`;
	if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_CANVAS_AREA)
		return `${width} × ${height} pixels is more than a browser can draw (at most ${MAX_IMAGE_SIDE} pixels a side). Choose a smaller size, or export SVG.`;
	return null;
}

/**
 * Reads an image size written `WIDTHxHEIGHT` (`1920x1080`, also with `×`); `null` unless both
 * are whole numbers from 1 to `MAX_IMAGE_SIDE`.
 */
export function parseImageSize(text: string): { width: number; height: number } | null {
	const match = /^(\d{1,5})\s*[x×]\s*(\d{1,5})$/i.exec(text.trim());
	if (!match) return null;
	const width = Number(match[1]);
	const height = Number(match[2]);
	if (width < 1 || height < 1 || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return null;
	return { width, height };
}

/** The line naming the dataset, its licence and the app. */
export function sourceLineOf(dataset: Dataset): string {
	const { title, licence } = dataset.meta;
	return `Data: ${title}${licence ? ` (${licence})` : ''}. Drawn with Factions.`;
}

/** The SVG writer's options for the image of one snapshot, from the user's choices. */
export function snapshotImageOptions(
	dataset: Dataset,
	snapshot: Snapshot,
	choices: ImageChoices
): SvgImageOptions {
	return {
		width: choices.width,
		height: choices.height,
		background: choices.background,
		...(choices.title ? { title: dataset.meta.title } : {}),
		...(choices.date ? { subtitle: formatDate(snapshot.at) } : {}),
		...(choices.legend
			? {
					legend: legendOf(dataset, snapshot.alliances, {
						alliancesHeading: 'Alliances this month'
					})
				}
			: {}),
		...(choices.source ? { source: sourceLineOf(dataset) } : {})
	};
}

/**
 * The SVG image of a snapshot at the flip-book's positions for its month: what the explorer
 * shows, with the texts chosen. The app and the command line both draw through this.
 */
export function snapshotSvg(
	dataset: Dataset,
	snapshot: Snapshot,
	positions: Positions,
	choices: ImageChoices
): string {
	const model = graphModelOf(snapshot, dataset.factions);
	return writeSvg([{ model, positions }], snapshotImageOptions(dataset, snapshot, choices));
}

/** One side of a comparison: a snapshot, where its people stand, and what it marks as changed. */
export interface ComparisonSide {
	snapshot: Snapshot;
	positions: Positions;
	marks?: PanelMarks;
}

/**
 * The SVG image of two snapshots side by side (a comparison) in one frame of coordinates, each
 * captioned with its date and marked as the compare view marks it, with `notes` (such as the
 * written difference) under them; the legend lists the alliances active at either date and
 * explains the marks.
 */
export function comparisonSvg(
	dataset: Dataset,
	before: ComparisonSide,
	after: ComparisonSide,
	notes: readonly string[],
	choices: ImageChoices
): string {
	const options = snapshotImageOptions(dataset, before.snapshot, choices);
	const alliances = alliancesAtEither(before.snapshot, after.snapshot);
	const [from, to] = [formatDate(before.snapshot.at), formatDate(after.snapshot.at)];
	return writeSvg(
		[before, after].map(({ snapshot, positions, marks }) => ({
			model: graphModelOf(snapshot, dataset.factions),
			positions,
			caption: formatDate(snapshot.at),
			...(marks ? { marks } : {})
		})),
		{
			...options,
			...(choices.date ? { subtitle: `${from} and ${to}` } : {}),
			...(choices.legend
				? {
						legend: legendOf(dataset, alliances, {
							alliancesHeading: 'Alliances at either date',
							changes: { from, to }
						})
					}
				: {}),
			notes,
			sharedFrame: true
		}
	);
}
