import type { Positions } from './arrange';
import type { GraphModel, PersonNodeData } from './elements';
import { FACTION, FIT, PERSON_LABEL } from './encoding';
import { estimateTextWidth } from './text';

/**
 * The geometry of a drawn month in model units: the box each person takes with their label,
 * each faction's box around its members, and the box the camera fits. The graph sizes its
 * faction boxes with these (see `GraphView`), and every medium that draws without cytoscape
 * (SVG, Cytoscape JSON) uses them too.
 */

export interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** The smallest box holding every box given; `null` for none. */
export function union(boxes: readonly Box[]): Box | null {
	if (boxes.length === 0) return null;
	return {
		x1: Math.min(...boxes.map((b) => b.x1)),
		y1: Math.min(...boxes.map((b) => b.y1)),
		x2: Math.max(...boxes.map((b) => b.x2)),
		y2: Math.max(...boxes.map((b) => b.y2))
	};
}

/**
 * The box a person takes with their label under them; `labelScale` enlarges the label (present
 * mode draws names larger).
 */
export function personBox(
	person: Pick<PersonNodeData, 'size' | 'label'>,
	[x, y]: readonly [number, number],
	labelScale = 1
): Box {
	const r = person.size / 2;
	const labelSize = PERSON_LABEL.size * labelScale;
	const labelHalf = estimateTextWidth(person.label, labelSize) / 2 + 2;
	return {
		x1: x - Math.max(r, labelHalf),
		x2: x + Math.max(r, labelHalf),
		y1: y - r,
		y2: y + r + PERSON_LABEL.gap + labelSize * 1.25 + 2
	};
}

/** A member of a faction's box: the faction, the person, and where they stand. */
export interface BoxMember {
	faction: string;
	person: Pick<PersonNodeData, 'size' | 'label'>;
	at: readonly [number, number];
}

/**
 * Each faction's box around its members, with their labels, and the padding: the box the graph,
 * the SVG writer and the page's first picture all draw.
 */
export function boxesAround(members: Iterable<BoxMember>, labelScale = 1): Map<string, Box> {
	const inner = new Map<string, Box>();
	for (const { faction, person, at } of members) {
		const box = personBox(person, at, labelScale);
		const had = inner.get(faction);
		inner.set(
			faction,
			had
				? {
						x1: Math.min(had.x1, box.x1),
						y1: Math.min(had.y1, box.y1),
						x2: Math.max(had.x2, box.x2),
						y2: Math.max(had.y2, box.y2)
					}
				: box
		);
	}
	const pad = FACTION.padding;
	const boxes = new Map<string, Box>();
	for (const [faction, box] of inner)
		boxes.set(faction, { x1: box.x1 - pad, y1: box.y1 - pad, x2: box.x2 + pad, y2: box.y2 + pad });
	return boxes;
}

/** Each faction's box: its members with their labels, and the padding, in the faction order. */
export function factionBoxes(model: GraphModel, positions: Positions): Map<string, Box> {
	const members: BoxMember[] = [];
	for (const person of model.people) {
		const at = positions[person.id];
		if (person.parent && at) members.push({ faction: person.parent, person, at });
	}
	const around = boxesAround(members);
	const boxes = new Map<string, Box>();
	for (const faction of model.factions) {
		const box = around.get(faction.id);
		if (box) boxes.set(faction.id, box);
	}
	return boxes;
}

/** The box the camera fits: everyone with room for labels, and the faction boxes with names. */
export function contentBox(
	model: GraphModel,
	positions: Positions,
	factions: Map<string, Box>
): Box {
	const room = FIT.labelRoom;
	const people = model.people
		.filter((p) => positions[p.id])
		.map((p) => {
			const [x, y] = positions[p.id]!;
			return { x1: x - room.x, y1: y - room.top, x2: x + room.x, y2: y + room.bottom };
		});
	const named = [...factions.values()].map((b) => ({
		...b,
		y1: b.y1 - FACTION.labelGap - FACTION.labelSize * 1.2
	}));
	return union([...people, ...named]) ?? { x1: -100, y1: -100, x2: 100, y2: 100 };
}

/** Scale and offset that fit `content` into `area`, centred, keeping the aspect ratio. */
export function fitInto(content: Box, area: Box, maxScale: number) {
	const width = Math.max(1, content.x2 - content.x1);
	const height = Math.max(1, content.y2 - content.y1);
	const scale = Math.max(
		0.01,
		Math.min(maxScale, (area.x2 - area.x1) / width, (area.y2 - area.y1) / height)
	);
	return {
		scale,
		x: (area.x1 + area.x2) / 2 - ((content.x1 + content.x2) / 2) * scale,
		y: (area.y1 + area.y2) / 2 - ((content.y1 + content.y2) / 2) * scale
	};
}
