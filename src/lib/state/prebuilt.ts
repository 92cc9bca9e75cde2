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
