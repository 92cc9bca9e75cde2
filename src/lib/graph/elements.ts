import { allianceLines } from '../model/alliance-lines';
import { meanPoint } from '../model/geometry';
import type { AllianceKind } from '../model/schema';
import type { PersonAtMoment, Snapshot } from '../model/snapshot';
import type { Point, Positions } from './arrange';
import type { Box } from './camera';
import { edgeBends } from './edge-bends';
import {
	CROWD,
	HUB,
	INK,
	SCALE,
	STATUS_GLYPH,
	darken,
	factionTextColour,
	type StatusClass
} from './encoding';

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
	/** Whether the line is a spoke from the alliance's hub (`source`) to a member. */
	spoke?: true;
	/**
	 * How far the line bends from straight, in model units, to the right of its way from `source`
	 * to `target` as drawn (y down): parallel lines of one pair bend apart (see `edgeBends`).
	 * Absent for a straight line, as almost every line is.
	 */
	bend?: number;
}

/** The hub of an alliance drawn as a star: a diamond at its members' centroid. */
export interface AllianceHubData {
	id: string;
	/** The alliance's name. */
	label: string;
	alliance: string;
	colour: string;
	/** The diamond's outline and the name's colour: the alliance's colour darkened. */
	textColour: string;
	kind: AllianceKind;
	/** Person ids of the members, whose centroid the hub stands at. */
	memberIds: readonly string[];
	/** How many members the alliance has at the moment. */
	members: number;
	hub: true;
}

/**
 * A faction drawn as one group with its count, in a month with more people than the graph
 * draws one by one (see `crowdedModel`).
 */
export interface CrowdNodeData {
	id: string;
	/** The faction's name and how many are on stage in it. */
	label: string;
	faction: string;
	colour: string;
	textColour: string;
	kind: 'crowd';
	people: number;
	width: number;
	height: number;
	/** Its name's size: a share of the box, so it reads at the zoom that fits the month. */
	fontSize: number;
}

/** Everything the graph draws at one moment, as plain data (no cytoscape). */
export interface GraphModel {
	factions: FactionNodeData[];
	people: PersonNodeData[];
	/** Every line drawn: pairs of members, and spokes from hubs. */
	edges: AllianceEdgeData[];
	/** Alliances of more than `SCALE.hubAbove` members, each drawn as a hub with spokes. */
	hubs: AllianceHubData[];
	/** Factions drawn as one group each, in place of their people (see `crowdedModel`). */
	crowds?: CrowdNodeData[];
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
 * Each person's node as last made for a faction list, by the snapshot's person: a month keeps
 * the people who did not change as the same objects (see `keepUnchangedById`), and so their nodes
 * stay the same objects too, which the graph then knows it need not look at again.
 */
const personNodes = new WeakMap<readonly FactionStyle[], WeakMap<PersonAtMoment, PersonNodeData>>();

/**
 * The graph of a snapshot: one group per faction that has people (in the dataset's faction
 * order; a compound node to the layout, a box sized around its members to the graph), one node
 * per person with their faction as `parent`, one edge per alliance pair, except
 * that an alliance of more than `hubAbove` members is a hub with one spoke per member (see
 * `allianceLines`). The data exports that keep every pair pass `hubAbove` of `Infinity`.
 */
export function graphModelOf(
	snapshot: Snapshot,
	factions: readonly FactionStyle[],
	hubAbove: number = SCALE.hubAbove
): GraphModel {
	const colourOf = new Map(factions.map((f) => [f.id, f.colour]));
	let nodes = personNodes.get(factions);
	if (!nodes) personNodes.set(factions, (nodes = new WeakMap()));
	const allianceById = new Map(snapshot.alliances.map((a) => [a.id, a]));
	const used = new Set(snapshot.people.map((p) => p.faction));
	// From the alliances, never `snapshot.edges`: a large alliance's pairs are not worked out.
	const { hubs, lines } = allianceLines(snapshot.alliances, hubAbove);
	const bends = edgeBends(lines);
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
			const known = nodes.get(person);
			if (known) return known;
			const status = statusClass(person.politburo);
			const node: PersonNodeData = {
				id: person.id,
				label: person.label,
				...(person.faction ? { parent: person.faction } : {}),
				faction: person.faction,
				status,
				size: STATUS_GLYPH[status].size,
				colour: (person.faction && colourOf.get(person.faction)) || INK.unknownFaction
			};
			nodes.set(person, node);
			return node;
		}),
		edges: lines.map((line) => {
			const alliance = allianceById.get(line.alliance)!;
			const bend = bends.get(line.id) ?? 0;
			return {
				id: line.id,
				source: line.source,
				target: line.target,
				alliance: line.alliance,
				colour: alliance.colour,
				kind: alliance.kind,
				members: alliance.members.length,
				...(line.spoke ? { spoke: true as const } : {}),
				// `edgeBends` measures from the end whose id sorts first.
				...(bend ? { bend: line.source < line.target ? bend : -bend } : {})
			};
		}),
		hubs: hubs.map((hub) => {
			const alliance = allianceById.get(hub.alliance)!;
			return {
				id: hub.id,
				label: alliance.name,
				alliance: alliance.id,
				colour: alliance.colour,
				textColour: darken(alliance.colour, HUB.strokeDarken),
				kind: alliance.kind,
				memberIds: hub.members,
				members: hub.members.length,
				hub: true as const
			};
		})
	};
}

/**
 * Where each hub of `model` stands given where its members do: at the mean of its members'
 * positions (members without one are left out; a hub with none is left out). Only people are
 * laid out; hubs follow them.
 */
export function hubPositions(model: Pick<GraphModel, 'hubs'>, positions: Positions): Positions {
	const placed: Record<string, Point> = {};
	for (const hub of model.hubs) {
		const centre = meanPoint(
			hub.memberIds.map((id) => positions[id]).filter((p): p is Point => p !== undefined)
		);
		if (centre) placed[hub.id] = centre;
	}
	return placed;
}

/** `positions` with the hubs' positions added: what the lines of `model` are drawn between. */
export function withHubPositions(model: Pick<GraphModel, 'hubs'>, positions: Positions): Positions {
	return model.hubs.length ? { ...positions, ...hubPositions(model, positions) } : positions;
}

/** A string that changes exactly when the layout's input changes. */
export function layoutSignature(model: GraphModel): string {
	return [
		model.people.map((p) => `${p.id}@${p.parent ?? ''}:${p.size}`).join(','),
		model.edges.map((e) => e.id).join(',')
	].join('|');
}

/**
 * The model as the explorer's graph draws it, with the positions of what it draws and, for a
 * month drawn as groups, the box the camera fits. Past `SCALE.drawnUpTo` people, each faction is
 * one square group, in the faction order from left to right, its area in proportion to its
 * people, named with their count; no person or alliance line is drawn (cytoscape would take
 * seconds over each month, and the month's layout is too wide to fit on screen).
 */
export function crowdedModel(
	model: GraphModel,
	positions: Positions,
	limit: number = SCALE.drawnUpTo
): { model: GraphModel; positions: Positions; bounds?: Box } {
	if (model.people.length <= limit) return { model, positions };
	const counts = new Map<string, number>();
	for (const person of model.people) {
		const key = person.faction ?? '';
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const named = new Map(model.factions.map((f) => [f.id, f]));
	const order = [...model.factions.map((f) => f.id), ...(counts.has('') ? [''] : [])];
	const crowds: CrowdNodeData[] = [];
	const placed: Positions = {};
	let x = 0;
	let half = 0;
	for (const faction of order) {
		const people = counts.get(faction);
		if (!people) continue;
		const style = named.get(faction);
		const colour = style?.colour ?? INK.unknownFaction;
		const side = Math.max(CROWD.minSize, Math.sqrt(people) * CROWD.sizePerRootPerson);
		const id = `crowd:${faction}`;
		crowds.push({
			id,
			label: `${style?.label ?? 'No faction'}\n${people.toLocaleString('en-GB')} ${people === 1 ? 'person' : 'people'}`,
			faction,
			colour,
			textColour: style?.textColour ?? factionTextColour(colour),
			kind: 'crowd',
			people,
			width: side,
			height: side,
			fontSize: Math.max(CROWD.labelSize, side * CROWD.labelShare)
		});
		placed[id] = [x + side / 2, 0];
		x += side + CROWD.gap;
		half = Math.max(half, side / 2);
	}
	return {
		model: { factions: [], people: [], edges: [], hubs: [], crowds },
		positions: placed,
		bounds: { x1: 0, y1: -half, x2: x - CROWD.gap, y2: half }
	};
}
