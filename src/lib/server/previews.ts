import { builtinDataset } from '$lib/data/builtin';
import { snapshotSvg } from '$lib/export/image';
import type { LinkPreview } from '$lib/export/month-picture';
import { filterSnapshot, snapshotAt } from '$lib/model/snapshot';
import { rasterizeWithResvg } from '../../cli/rasterize';
import { builtinFlipbook } from './builtin-layouts';

/** The size link previews are drawn at (the size Open Graph and X recommend). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

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

/** A month's link preview image: the export's picture with title, date, legend and source. */
export async function previewPng(month: string): Promise<Uint8Array> {
	const snapshot = filterSnapshot(snapshotAt(builtinDataset, month), 'everyone');
	const svg = snapshotSvg(builtinDataset, snapshot, builtinFlipbook().positions[month] ?? {}, {
		...PREVIEW_SIZE,
		background: 'white',
		title: true,
		date: true,
		legend: true,
		source: true
	});
	return rasterizeWithResvg(svg, PREVIEW_SIZE.width, PREVIEW_SIZE.height);
}
