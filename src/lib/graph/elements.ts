import type { AllianceKind } from '../model/schema';
import type { Snapshot } from '../model/snapshot';
import { INK, STATUS_GLYPH, factionTextColour, type StatusClass } from './encoding';

export type { StatusClass } from './encoding';

export interface PersonNodeData {
	id: string;
	label: string;
	parent?: string;
	faction: string | null;
	status: StatusClass;
	size: number;
	colour: string;
}

export interface FactionNodeData {
	id: string;
	label: string;
	colour: string;
	/** The colour darkened so the group's name reads on white. */
	textColour: string;
	kind: 'faction';
}

export interface AllianceEdgeData {
	id: string;
	source: string;
	target: string;
	alliance: string;
	colour: string;
	kind: AllianceKind;
	/** How many members the alliance has at the moment. */
	members: number;
}

/** Everything the graph draws at one moment, as plain data (no cytoscape). */
export interface GraphModel {
	factions: FactionNodeData[];
	people: PersonNodeData[];
	edges: AllianceEdgeData[];
}

export interface FactionStyle {
	id: string;
	label: string;
	colour: string;
}

export function statusClass(politburo: 'full' | 'candidate' | null): StatusClass {
	return politburo ?? 'outside';
}

/**
 * The graph of a snapshot: one compound node per faction that has people (in the dataset's
 * faction order), one node per person inside their faction, one edge per alliance pair.
 */
export function graphModelOf(snapshot: Snapshot, factions: readonly FactionStyle[]): GraphModel {
	const colourOf = new Map(factions.map((f) => [f.id, f.colour]));
	const allianceById = new Map(snapshot.alliances.map((a) => [a.id, a]));
	const used = new Set(snapshot.people.map((p) => p.faction));
	return {
		factions: factions
			.filter((f) => used.has(f.id))
			.map((f) => ({
				id: f.id,
				label: f.label,
				colour: f.colour,
				textColour: factionTextColour(f.colour),
				kind: 'faction'
			})),
		people: snapshot.people.map((person) => {
			const status = statusClass(person.politburo);
			return {
				id: person.id,
				label: person.label,
				...(person.faction ? { parent: person.faction } : {}),
				faction: person.faction,
				status,
				size: STATUS_GLYPH[status].size,
				colour: (person.faction && colourOf.get(person.faction)) || INK.unknownFaction
			};
		}),
		edges: snapshot.edges.map((edge) => {
			const alliance = allianceById.get(edge.alliance)!;
			return {
				id: edge.id,
				source: edge.source,
				target: edge.target,
				alliance: edge.alliance,
				colour: alliance.colour,
				kind: alliance.kind,
				members: alliance.members.length
			};
		})
	};
}

/** A string that changes exactly when the layout's input changes. */
export function layoutSignature(model: GraphModel): string {
	return [
		model.people.map((p) => `${p.id}@${p.parent ?? ''}:${p.size}`).join(','),
		model.edges.map((e) => e.id).join(',')
	].join('|');
}

/**
 * The model as drawn when a month has more than `limit` people: people without their faction
 * boxes (they keep their faction's colour and their place in its column). Cytoscape recomputes
 * a box's bounds from all its members whenever they move, which at 1,500 people costs more per
 * step than the page can spare. Smaller models are returned as they are.
 */
export function withoutFactionBoxes(model: GraphModel, limit: number): GraphModel {
	if (model.people.length <= limit) return model;
	return {
		factions: [],
		people: model.people.map((person) => {
			const drawn = { ...person };
			delete drawn.parent;
			return drawn;
		}),
		edges: model.edges
	};
}
