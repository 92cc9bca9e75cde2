import { json } from '@sveltejs/kit';
import { builtinDataset } from '$lib/data/builtin';
import { computeFlipbook } from '$lib/graph/flipbook';

// The built-in dataset's flip-book for the Politburo only, laid out once, when the site is built.
export const prerender = true;

export function GET() {
	return json(computeFlipbook(builtinDataset, { filter: 'politburo' }));
}
