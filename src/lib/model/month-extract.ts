import { fatesInMonth } from './fate';
import type { Dataset } from './schema';
import type { Snapshot } from './snapshot';

/**
 * What the views of one month read of a dataset: its description and factions, the people on
 * stage and those whose fate falls in the month, and the alliances drawn. A month's page carries
 * it, so its picture and text are there before the whole dataset (and its sources) has loaded.
 */
export function monthExtract(dataset: Dataset, snapshot: Snapshot): Dataset {
	const onStage = new Set(snapshot.people.map((p) => p.id));
	const dying = new Set(fatesInMonth(dataset.people, snapshot.at).map((f) => f.id));
	const drawn = new Set(snapshot.alliances.map((a) => a.id));
	return {
		...dataset,
		people: dataset.people.filter((p) => onStage.has(p.id) || dying.has(p.id)),
		alliances: dataset.alliances.filter((a) => drawn.has(a.id)),
		alignments: [],
		events: [],
		sources: [],
		stories: []
	};
}
