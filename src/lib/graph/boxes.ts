import type { Positions } from './arrange';
import type { GraphModel, PersonNodeData } from './elements';
import { FACTION, FIT, PERSON_LABEL } from './encoding';
import { estimateTextWidth } from './text';

/**
 * The geometry of a drawn month in model units: the box each person takes with their label,
 * each faction's box around its members (as cytoscape draws compound nodes), and the box the
 * camera fits. Every medium that draws without cytoscape (SVG, Cytoscape JSON) uses these.
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

/** The box a person takes with their label under them. */
export function personBox(person: PersonNodeData, [x, y]: readonly [number, number]): Box {
	const r = person.size / 2;
	const labelHalf = estimateTextWidth(person.label, PERSON_LABEL.size) / 2 + 2;
	return {
		x1: x - Math.max(r, labelHalf),
		x2: x + Math.max(r, labelHalf),
		y1: y - r,
		y2: y + r + PERSON_LABEL.gap + PERSON_LABEL.size * 1.25 + 2
	};
}

/** Each faction's box: its members with their labels, and the padding. */
export function factionBoxes(model: GraphModel, positions: Positions): Map<string, Box> {
	const boxes = new Map<string, Box>();
	for (const faction of model.factions) {
		const inner = union(
			model.people
				.filter((p) => p.parent === faction.id && positions[p.id])
				.map((p) => personBox(p, positions[p.id]!))
		);
		if (!inner) continue;
		const pad = FACTION.padding;
		boxes.set(faction.id, {
			x1: inner.x1 - pad,
			y1: inner.y1 - pad,
			x2: inner.x2 + pad,
			y2: inner.y2 + pad
		});
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
