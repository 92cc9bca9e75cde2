import { builtinDataset } from '$lib/data/builtin';
import { comparisonSvg, snapshotSvg, type ImageChoices } from '$lib/export/image';
import { PREVIEW_SIZE, type LinkPreview } from '$lib/export/link-preview';
import type { PairPicture } from '$lib/export/pair-picture';
import { comparisonMarks } from '$lib/graph/marks';
import { compareMoments } from '$lib/model/compare';
import { filterSnapshot, snapshotAt } from '$lib/model/snapshot';
import { rasterizeWithResvg } from '../../cli/rasterize';
import { builtinFlipbook } from './builtin-layouts';

/**
 * The site's public address, given at build time as `FACTIONS_SITE_URL` (such as
 * `https://factions.example.org`): link previews need absolute addresses. Without it, pages
 * have no preview tags and no preview images are drawn.
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): string | null {
	const address = env.FACTIONS_SITE_URL?.trim();
	if (!address) return null;
	const url = new URL(address);
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`FACTIONS_SITE_URL must be an http(s) address, not ${address}`);
	return url.href.replace(/\/$/, '');
}

/** A month's link preview: its page's address and its image's. */
export function monthPreview(site: string, month: string, date: string): LinkPreview {
	return {
		url: `${site}/${month}`,
		image: `${site}/previews/${month}.png`,
		imageAlt: `The faction graph of the Soviet leadership in ${date}`
	};
}

/**
 * The compare page's link preview: the page's address and the image of its pair, named by its
 * dates (so that another default pair is another image to the sites that keep copies).
 */
export function pairPreview(
	site: string,
	pair: Pick<PairPicture, 'a' | 'b' | 'panels'>
): LinkPreview {
	const [a, b] = pair.panels.map((panel) => panel.date);
	return {
		url: `${site}/compare`,
		image: `${site}/previews/${pair.a}-against-${pair.b}.png`,
		imageAlt: `The faction graphs of the Soviet leadership in ${a} and in ${b}, side by side`
	};
}

/** What a link preview image shows beside the graph: the export's texts, on white. */
const PREVIEW_IMAGE: ImageChoices = {
	...PREVIEW_SIZE,
	background: 'white',
	title: true,
	date: true,
	legend: true,
	source: true
};

/** A month's link preview image: the export's picture with title, date, legend and source. */
export async function previewPng(month: string): Promise<Uint8Array> {
	const snapshot = filterSnapshot(snapshotAt(builtinDataset, month), 'everyone');
	const positions = builtinFlipbook().positions[month] ?? {};
	const svg = snapshotSvg(builtinDataset, snapshot, positions, PREVIEW_IMAGE);
	return rasterizeWithResvg(svg, PREVIEW_SIZE.width, PREVIEW_SIZE.height);
}

/**
 * A pair's link preview image: the compare view's export of it, marks included, where the
 * page's picture places everyone (the picture's own dataset and comparison keep only what the
 * page shows).
 */
export async function pairPreviewPng(pair: PairPicture): Promise<Uint8Array> {
	const dataset = builtinDataset;
	const comparison = compareMoments(dataset, pair.a, pair.b);
	const labelOf = (id: string) => dataset.people.find((p) => p.id === id)?.label ?? id;
	const marks = comparisonMarks(comparison.diff, pair.layout, labelOf);
	const svg = comparisonSvg(
		dataset,
		{ snapshot: comparison.a, positions: pair.layout.a, marks: marks.a },
		{ snapshot: comparison.b, positions: pair.layout.b, marks: marks.b },
		[],
		PREVIEW_IMAGE
	);
	return rasterizeWithResvg(svg, PREVIEW_SIZE.width, PREVIEW_SIZE.height);
}
