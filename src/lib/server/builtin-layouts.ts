import { builtinDataset } from '$lib/data/builtin';
import { monthPicture, type MonthPicture } from '$lib/export/month-picture';
import { pairPicture, type PairPicture } from '$lib/export/pair-picture';
import { DEFAULT_PAIR } from '$lib/state/compare-view';
import type { LinkPreview } from '$lib/export/link-preview';
import { monthPreview, pairPreview, siteAddress } from './previews';
import { computeFlipbook, type Flipbook } from '$lib/graph/flipbook';
import type { StageFilter } from '$lib/model/snapshot';

const laidOut = new Map<StageFilter, Flipbook>();

/**
 * The built-in dataset's flip-book for a Show filter, laid out once per build: the layout files
 * and every month's page read the same one, so the page's picture and the interactive graph
 * that takes over from it put everyone at the same place.
 */
export function builtinFlipbook(filter: StageFilter = 'everyone'): Flipbook {
	let flipbook = laidOut.get(filter);
	if (!flipbook) {
		flipbook = computeFlipbook(builtinDataset, { filter });
		laidOut.set(filter, flipbook);
	}
	return flipbook;
}

/** The months that have a page of their own: every month of the built-in data. */
export function builtinMonths(): string[] {
	return builtinFlipbook().months;
}

/**
 * `month` of the built-in data as its page shows it before any script has run, with its link
 * preview when the site's address was given at build time.
 */
export function builtinPicture(month: string): MonthPicture & { preview: LinkPreview | null } {
	const picture = monthPicture(builtinDataset, month, builtinFlipbook().positions[month] ?? {});
	const site = siteAddress();
	return { ...picture, preview: site ? monthPreview(site, month, picture.date) : null };
}

/**
 * The compare view's default pair of the built-in data, as its page shows it first, with its
 * link preview when the site's address was given at build time.
 */
export function builtinPairPicture(): PairPicture & { preview: LinkPreview | null } {
	const picture = pairPicture(builtinDataset, DEFAULT_PAIR.a, DEFAULT_PAIR.b);
	const site = siteAddress();
	return { ...picture, preview: site ? pairPreview(site, picture) : null };
}
