import { BUILTIN_START_MONTH } from '$lib/data/start';
import { builtinPicture } from '$lib/server/builtin-layouts';

export const prerender = true;

export function load() {
	return { picture: builtinPicture(BUILTIN_START_MONTH) };
}
