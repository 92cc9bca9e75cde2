import { resolve } from '$app/paths';
import type { StageFilter } from '$lib/model/snapshot';

/**
 * Where the site keeps the built-in data's flip-book and storyline for each Show filter, made
 * when it was built (see `src/routes/layouts` and `src/routes/storylines`): the explorer fetches
 * them rather than laying the built-in data out again in a worker.
 */
export function prebuiltFor(filter: StageFilter): { layout: string; storyline: string } {
	return filter === 'politburo'
		? {
				layout: resolve('/layouts/builtin-politburo.json'),
				storyline: resolve('/storylines/builtin-politburo.json')
			}
		: { layout: resolve('/layouts/builtin.json'), storyline: resolve('/storylines/builtin.json') };
}

const fetched = new Map<string, Promise<unknown>>();

/**
 * The precomputed file at `url`, read once per page: the page starts reading the built-in
 * flip-book while the explorer's code loads, and the explorer finds it there.
 */
export function loadPrebuilt<T>(url: string): Promise<T> {
	let loading = fetched.get(url);
	if (!loading) {
		loading = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`the layout could not be loaded (${response.status})`);
			return response.json();
		});
		// A failed read is tried again next time.
		loading.catch(() => fetched.delete(url));
		fetched.set(url, loading);
	}
	return loading as Promise<T>;
}
