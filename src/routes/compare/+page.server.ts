import { builtinPairPicture } from '$lib/server/builtin-layouts';

// The default pair's picture comes with the page's HTML; the compare view takes over after.
export const prerender = true;

export function load() {
	return { picture: builtinPairPicture() };
}
