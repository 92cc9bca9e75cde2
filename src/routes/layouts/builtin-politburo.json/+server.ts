import { json } from '@sveltejs/kit';
import { builtinFlipbook } from '$lib/server/builtin-layouts';

// The built-in dataset's flip-book for the Politburo only, laid out once, when the site is built.
export const prerender = true;

export function GET() {
	return json(builtinFlipbook('politburo'));
}
