import { json } from '@sveltejs/kit';
import { builtinDataset } from '$lib/data/builtin';
import { computeStoryline } from '$lib/model/storyline';

// The built-in dataset's storyline for the Politburo only, ordered once, when the site is built.
export const prerender = true;

export function GET() {
	return json(computeStoryline(builtinDataset, { filter: 'politburo' }));
}
