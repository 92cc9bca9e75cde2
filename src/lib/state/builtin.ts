import { resolve } from '$app/paths';
import type { Dataset } from '$lib/model/schema';

let loading: Promise<Dataset> | null = null;

/**
 * The dataset that ships with the site, as the build validated it (`/data/builtin.json`): read
 * once per page, and not checked again, so the browser neither bundles nor runs the validation
 * for it.
 */
export function loadBuiltinDataset(): Promise<Dataset> {
	loading ??= fetch(resolve('/data/builtin.json')).then((response) => {
		if (!response.ok) throw new Error(`the built-in dataset did not load (${response.status})`);
		return response.json() as Promise<Dataset>;
	});
	return loading;
}
