import { error } from '@sveltejs/kit';
import { builtinPairPicture } from '$lib/server/builtin-layouts';
import { pairPreviewPng, siteAddress } from '$lib/server/previews';
import type { EntryGenerator, RequestHandler } from './$types';

// The compare page's link preview image, drawn when the site is built, if its address was given.
export const prerender = true;

export const entries: EntryGenerator = () => {
	const { a, b } = builtinPairPicture();
	return siteAddress() ? [{ a, b }] : [];
};

export const GET: RequestHandler = async ({ params }) => {
	const pair = builtinPairPicture();
	if (params.a !== pair.a || params.b !== pair.b)
		error(404, `The compare page's preview is of ${pair.a} and ${pair.b}.`);
	return new Response(new Uint8Array(await pairPreviewPng(pair)), {
		headers: { 'content-type': 'image/png' }
	});
};
