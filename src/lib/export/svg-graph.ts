import { bendControlPoint, edgeBends } from '../graph/edge-bends';
import type { Positions } from '../graph/arrange';
import { factionBoxes } from '../graph/boxes';
import { hubPositions, withHubPositions, type GraphModel } from '../graph/elements';
import {
	ALLIANCE_LINE,
	COMPARISON_MARK,
	EDGE,
	FACTION,
	HUB,
	INK,
	PERSON_LABEL,
	STATUS_GLYPH,
	isCrowded,
	personGlyph,
	selectedHalo
} from '../graph/encoding';
import type { PanelMarks } from '../graph/marks';
import { escapeXml, formatNumber as n, idFragment } from './xml';

/** One graph drawn into an image. */
export interface SvgPanel {
	model: GraphModel;
	positions: Positions;
	/** A heading above the panel, such as its date when two panels stand side by side. */
	caption?: string;
	/** What changed against the other date of a comparison, marked as the compare view does. */
	marks?: PanelMarks;
	/**
	 * How opaque people, edges and factions are drawn, by id (1 if absent): a frame of an
	 * animated transition, where who leaves fades out and who arrives fades in.
	 */
	fade?: ReadonlyMap<string, number>;
	/** The person who stands out (a story step's focus), glowing as the graph's selection. */
	selected?: string;
}

/** An `opacity` attribute for a faded element, or nothing. */
const fadeAttribute = (fade: ReadonlyMap<string, number> | undefined, id: string) => {
	const opacity = fade?.get(id);
	return opacity === undefined || opacity >= 1 ? '' : ` opacity="${n(Math.max(0, opacity))}"`;
};

const dashAttribute = (dash: readonly number[] | undefined) =>
	dash ? ` stroke-dasharray="${dash.join(' ')}"` : '';

function factionsMarkup(panel: SvgPanel, idPrefix: string): string[] {
	const boxes = factionBoxes(panel.model, panel.positions);
	const parts = ['<g class="factions">'];
	for (const faction of panel.model.factions) {
		const box = boxes.get(faction.id);
		if (!box) continue;
		parts.push(
			`<g id="${idPrefix}faction-${faction.id}" class="faction faction-${faction.id}"${fadeAttribute(panel.fade, faction.id)}>` +
				`<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="${FACTION.radius}" fill="${faction.colour}" fill-opacity="${FACTION.fillOpacity}" stroke="${faction.colour}" stroke-opacity="${FACTION.strokeOpacity}" stroke-width="${FACTION.strokeWidth}"/>` +
				`<text x="${n((box.x1 + box.x2) / 2)}" y="${n(box.y1 - FACTION.labelGap)}" text-anchor="middle" font-size="${FACTION.labelSize}" font-weight="bold" fill="${faction.textColour}">${escapeXml(faction.label)}</text>` +
				'</g>'
		);
	}
	parts.push('</g>');
	return parts;
}

function alliancesMarkup(
	{ model, positions: people, marks, fade }: SvgPanel,
	idPrefix: string
): string[] {
	const parts = ['<g class="alliances" fill="none">'];
	const bends = edgeBends(model.edges);
	// Spokes start at their alliance's hub.
	const positions = withHubPositions(model, people);
	for (const edge of model.edges) {
		const a = positions[edge.source];
		const b = positions[edge.target];
		if (!a || !b) continue;
		// Parallel edges of one pair bend apart like cytoscape's bezier edges (see `edgeBends`).
		const offset = bends.get(edge.id) ?? 0;
		const [cx, cy] = bendControlPoint(a, b, edge.source < edge.target, offset);
		const path =
			offset === 0
				? `M${n(a[0])} ${n(a[1])}L${n(b[0])} ${n(b[1])}`
				: `M${n(a[0])} ${n(a[1])}Q${n(cx)} ${n(cy)} ${n(b[0])} ${n(b[1])}`;
		const crowded = isCrowded(edge.members);
		const width = crowded ? EDGE.crowdedWidth : EDGE.width;
		const formed = marks?.formed.includes(edge.alliance) ?? false;
		const dissolved = marks?.dissolved.includes(edge.alliance) ?? false;
		if (formed)
			parts.push(
				`<path class="formed-casing" d="${path}" stroke="${COMPARISON_MARK.formed.casing}" stroke-width="${width + 2 * COMPARISON_MARK.formed.casingWidth}"/>`
			);
		const opacity =
			(dissolved
				? COMPARISON_MARK.dissolved.opacity
				: formed
					? 1
					: crowded
						? EDGE.crowdedOpacity
						: EDGE.opacity) * Math.max(0, Math.min(1, fade?.get(edge.id) ?? 1));
		const dash = dissolved
			? `${dashAttribute(COMPARISON_MARK.dissolved.dash)} stroke-linecap="round"`
			: dashAttribute(ALLIANCE_LINE[edge.kind].dash);
		parts.push(
			`<path id="${idPrefix}alliance-${idFragment(edge.id)}" class="alliance alliance-${edge.alliance} ${edge.kind}${formed ? ' formed' : ''}${dissolved ? ' dissolved' : ''}" d="${path}" stroke="${edge.colour}" stroke-width="${width}" stroke-opacity="${n(opacity)}"${dash}/>`
		);
	}
	parts.push('</g>');
	return parts;
}

/** Alliances drawn as stars: a diamond at each hub, named under it. */
function hubsMarkup({ model, positions }: SvgPanel, idPrefix: string): string[] {
	if (!model.hubs.length) return [];
	const at = hubPositions(model, positions);
	const parts = ['<g class="hubs">'];
	const r = HUB.size / 2;
	for (const hub of model.hubs) {
		const point = at[hub.id];
		if (!point) continue;
		const [x, y] = point;
		const dash = ALLIANCE_LINE[hub.kind].dash?.map((d) => d * HUB.dashScale);
		const labelY = y + r + HUB.labelGap + HUB.labelSize * 0.95;
		parts.push(
			`<g id="${idPrefix}hub-${idFragment(hub.alliance)}" class="hub alliance-${hub.alliance} ${hub.kind}">` +
				`<path d="M${n(x)} ${n(y - r)}L${n(x + r)} ${n(y)}L${n(x)} ${n(y + r)}L${n(x - r)} ${n(y)}Z" fill="${hub.colour}" stroke="${hub.textColour}" stroke-width="${HUB.strokeWidth}"${dashAttribute(dash)}/>` +
				`<text x="${n(x)}" y="${n(labelY)}" text-anchor="middle" font-size="${HUB.labelSize}" font-weight="bold" fill="${hub.textColour}" stroke="${INK.paper}" stroke-opacity="${PERSON_LABEL.haloOpacity}" stroke-width="${PERSON_LABEL.haloWidth}" stroke-linejoin="round" paint-order="stroke">${escapeXml(hub.label)}</text>` +
				'</g>'
		);
	}
	parts.push('</g>');
	return parts;
}

function peopleMarkup(
	{ model, positions, marks, fade, selected }: SvgPanel,
	idPrefix: string
): string[] {
	const { arrived: arrivedMark, departed: departedMark } = COMPARISON_MARK;
	const parts = ['<g class="people">'];
	for (const person of model.people) {
		const at = positions[person.id];
		if (!at) continue;
		const [x, y] = at;
		const r = person.size / 2;
		const glyph = personGlyph(person.status, person.colour);
		const labelY = y + r + PERSON_LABEL.gap + PERSON_LABEL.size * 0.95;
		const arrived = marks?.arrived.includes(person.id) ?? false;
		const departed = marks?.departed.includes(person.id) ?? false;
		const ring = (mark: typeof arrivedMark | typeof departedMark) =>
			`<circle class="mark" cx="${n(x)}" cy="${n(y)}" r="${n(r + mark.offset + mark.width / 2)}" fill="none" stroke="${mark.colour}" stroke-width="${mark.width}"${mark.dash ? `${dashAttribute(mark.dash)} stroke-linecap="round"` : ''}/>`;
		const outline = arrived ? ring(arrivedMark) : departed ? ring(departedMark) : '';
		const halo = person.id === selected ? selectedHalo(r) : null;
		const glow = halo
			? `<circle class="selected" cx="${n(x)}" cy="${n(y)}" r="${n(halo.radius)}" fill="${halo.colour}" fill-opacity="${halo.opacity}"/>`
			: '';
		parts.push(
			`<g id="${idPrefix}person-${person.id}" class="person person-${person.id} ${person.status}${person.faction ? ` faction-${person.faction}` : ''}${arrived ? ' arrived' : ''}${departed ? ' departed' : ''}"${departed ? ` opacity="${departedMark.opacity}"` : fadeAttribute(fade, person.id)}>` +
				glow +
				outline +
				`<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${glyph.fill}" stroke="${glyph.stroke}" stroke-width="${glyph.strokeWidth}"${dashAttribute(glyph.dash)}/>` +
				`<text x="${n(x)}" y="${n(labelY)}" text-anchor="middle" font-size="${PERSON_LABEL.size}" fill="${STATUS_GLYPH[person.status].labelColour}" stroke="${INK.paper}" stroke-opacity="${PERSON_LABEL.haloOpacity}" stroke-width="${PERSON_LABEL.haloWidth}" stroke-linejoin="round" paint-order="stroke">${escapeXml(person.label)}</text>` +
				'</g>'
		);
	}
	parts.push('</g>');
	return parts;
}

/** Where people who changed faction stood at the other date: a dashed circle and an arrow. */
function ghostsMarkup(panel: SvgPanel, marks: PanelMarks, idPrefix: string): string {
	const { ghost } = COMPARISON_MARK;
	const r = ghost.size / 2;
	const arrow = `${idPrefix}came-from-arrow`;
	const parts = [
		`<g class="came-from"><defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${ghost.arrowColour}"/></marker></defs>`
	];
	for (const { id, label, position } of marks.cameFrom) {
		const person = panel.model.people.find((p) => p.id === id);
		const to = panel.positions[id];
		if (!person || !to) continue;
		const [gx, gy] = position;
		const dx = to[0] - gx;
		const dy = to[1] - gy;
		const length = Math.hypot(dx, dy) || 1;
		const start = r / length;
		const end = 1 - (person.size / 2 + 3) / length;
		parts.push(
			`<g id="${idPrefix}ghost-${id}" class="ghost">` +
				`<circle cx="${n(gx)}" cy="${n(gy)}" r="${r}" fill="${INK.paper}" stroke="${ghost.colour}" stroke-width="${ghost.stroke.width}"${dashAttribute(ghost.stroke.dash)}/>` +
				`<line x1="${n(gx + dx * start)}" y1="${n(gy + dy * start)}" x2="${n(gx + dx * end)}" y2="${n(gy + dy * end)}" stroke="${ghost.arrowColour}" stroke-width="${ghost.arrowWidth}"${dashAttribute(ghost.arrowDash)} marker-end="url(#${arrow})"/>` +
				`<text x="${n(gx)}" y="${n(gy + r + 3 + ghost.labelSize)}" text-anchor="middle" font-size="${ghost.labelSize}" font-style="italic" fill="${ghost.labelColour}">${escapeXml(`${label} before`)}</text>` +
				'</g>'
		);
	}
	parts.push('</g>');
	return parts.join('\n');
}

/**
 * A laid-out graph as SVG markup in model units: factions, alliances (and the hubs of those drawn
 * as stars), people, then marks.
 */
export function graphMarkup(panel: SvgPanel, idPrefix: string): string {
	const parts = [
		...factionsMarkup(panel, idPrefix),
		...alliancesMarkup(panel, idPrefix),
		...hubsMarkup(panel, idPrefix),
		...peopleMarkup(panel, idPrefix)
	];
	if (panel.marks?.cameFrom.length) parts.push(ghostsMarkup(panel, panel.marks, idPrefix));
	return parts.join('\n');
}
