import type { Positions } from '../graph/arrange';
import { ALLEGED_NOTE } from '../model/alliance-kind';
import type { GraphModel } from '../graph/elements';
import { factionBoxes } from '../graph/boxes';
import { personRecordOf } from '../model/person-record';
import type { Person } from '../model/schema';

interface CyjsNode {
	data: Record<string, string | number | null>;
	position: { x: number; y: number };
}

interface CyjsEdge {
	data: Record<string, string | number | boolean | null>;
}

/** Cytoscape JSON, as Cytoscape desktop (`.cyjs`) and cytoscape.js (`cy.json()`) read it. */
export interface CytoscapeJson {
	format_version: '1.0';
	generated_by: string;
	target_cytoscapejs_version: string;
	data: { name: string; at: string };
	elements: { nodes: CyjsNode[]; edges: CyjsEdge[] };
}

/**
 * A month's graph as Cytoscape JSON with the flip-book's positions: the factions as compound
 * nodes (ids `left`, `centre`…, placed at the middle of their box), the people inside them (ids
 * as in the dataset: `stalin`), one edge per alliance pair (give it a model of pairs:
 * `graphModelOf(…, Infinity)`). The data fields are the graph
 * model's, so the explorer's styles apply as they are, and a person's also hold what `people`
 * (the dataset's) gives of their names, Wikidata id and fate, whenever it happened
 * (`nativeName`, `aliases` separated by `|`, `wikidata`, `fate`, `fateDate`… as
 * `PERSON_RECORD_FIELDS`, only those the person has); an edge of a tie charged at a trial
 * (`kind: "alleged"`) also says in `note` that the prosecution alleged it.
 */
export function writeCyjs(
	model: GraphModel,
	positions: Positions,
	meta: { name: string; at: string },
	people: readonly Pick<Person, 'id' | 'nativeName' | 'aliases' | 'wikidata' | 'fate'>[]
): CytoscapeJson {
	const personById = new Map(people.map((p) => [p.id, p]));
	const boxes = factionBoxes(model, positions);
	return {
		format_version: '1.0',
		generated_by: 'Factions',
		target_cytoscapejs_version: '~3.34',
		data: meta,
		elements: {
			nodes: [
				...model.factions.map((faction) => {
					const box = boxes.get(faction.id);
					return {
						data: { ...faction, name: faction.label },
						position: box ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : { x: 0, y: 0 }
					};
				}),
				...model.people.map((person) => {
					const [x, y] = positions[person.id] ?? [0, 0];
					const record = personById.get(person.id);
					return {
						data: { ...(record ? personRecordOf(record) : {}), ...person, name: person.label },
						position: { x, y }
					};
				})
			],
			edges: model.edges.map((edge) => ({
				data: {
					...edge,
					name: edge.id,
					...(edge.kind === 'alleged' ? { note: ALLEGED_NOTE } : {})
				}
			}))
		}
	};
}
