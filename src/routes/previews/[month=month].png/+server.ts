import { builtinMonths } from '$lib/server/builtin-layouts';
import { previewPng, siteAddress } from '$lib/server/previews';
import type { EntryGenerator, RequestHandler } from './$types';

// Each month's link preview image, drawn when the site is built, if its address was given.
export const prerender = true;

export const entries: EntryGenerator = () =>
	siteAddress() ? builtinMonths().map((month) => ({ month })) : [];

export const GET: RequestHandler = async ({ params }) =>
	new Response(new Uint8Array(await previewPng(params.month)), {
		headers: { 'content-type': 'image/png' }
	});
