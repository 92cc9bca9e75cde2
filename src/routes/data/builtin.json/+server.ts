import { json } from '@sveltejs/kit';
import { builtinDataset } from '$lib/data/builtin';

// The built-in dataset as the build validated it: the browser reads it without checking it again.
export const prerender = true;

export function GET() {
	return json(builtinDataset);
}
