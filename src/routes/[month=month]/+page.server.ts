import { error } from '@sveltejs/kit';
import { builtinMonths, builtinPicture } from '$lib/server/builtin-layouts';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every month of the built-in data has its own page, with its picture in the HTML.
export const prerender = true;

export const entries: EntryGenerator = () => builtinMonths().map((month) => ({ month }));

export const load: PageServerLoad = ({ params }) => {
	if (!builtinMonths().includes(params.month))
		error(404, `The built-in data has no month ${params.month}.`);
	return { picture: builtinPicture(params.month) };
};
