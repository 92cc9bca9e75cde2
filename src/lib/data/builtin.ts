import { formatIssues, validateDatasetParts, type DatasetPart } from '$lib/model/parts';
import type { Dataset } from '$lib/model/schema';

const files = import.meta.glob<unknown>('/graph-data/soviet-struggle/*.json', {
	eager: true,
	import: 'default'
});

function loadBuiltinDataset(): Dataset {
	const parts: DatasetPart[] = Object.entries(files).map(([path, content]) => ({
		file: path.split('/').pop()!,
		content
	}));
	const result = validateDatasetParts(parts);
	if (!result.ok) {
		throw new Error(
			`graph-data/soviet-struggle is not a valid dataset:\n${formatIssues(result.issues)}`
		);
	}
	return result.dataset;
}

/** The dataset that ships with Factions, validated when the app is built. */
export const builtinDataset: Dataset = loadBuiltinDataset();
