import type { Positions } from '../graph/arrange';
import type { FactionStyle, GraphModel, PersonNodeData } from '../graph/elements';
import type { PanelMarks } from '../graph/marks';
import { escapeXml, formatNumber as n, idFragment } from './xml';

/**
 * The SVG writer: draws laid-out graphs with the explorer's styles (src/lib/graph/style.ts) and
 * burns in a title, a date, a legend, lines of text and a source line. It depends only on
 * positions, so it runs in the browser and in Node alike.
 */

/** Families tried in order; quoted where a name has spaces, as CSS wants. */
export const SVG_FONT_STACK =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** One graph drawn into the image. */
export interface SvgPanel {
	model: GraphModel;
	positions: Positions;
	/** A heading above the panel, such as its date when two panels stand side by side. */
	caption?: string;
	/** What changed against the other date of a comparison, marked as the compare view does. */
	marks?: PanelMarks;
}

export interface LegendAlliance {
	id: string;
	name: string;
	colour: string;
	kind: 'alliance' | 'opposition';
}

/** What the legend lists: the factions, the Politburo statuses, and the alliances given. */
export interface LegendContent {
	factions: readonly FactionStyle[];
	alliances: readonly LegendAlliance[];
	/** The dates of a comparison, for the legend of its marks ("June 1924", "June 1929"). */
	changes?: { from: string; to: string };
}

export interface SvgImageOptions {
	/** Size of the image in pixels. */
	width: number;
	height: number;
	background: 'white' | 'transparent';
	title?: string;
	/** The line under the title: the date shown ("October 1926"). */
	subtitle?: string;
	legend?: LegendContent;
	/** Lines of text under the panels, such as the written difference of a comparison. */
	notes?: readonly string[];
	/** The source line at the bottom, naming the dataset. */
	source?: string;
	/**
	 * Draw every panel at one scale in one frame (a comparison's shared coordinates), so a person
	 * at the same position stands at the same spot of each panel.
	 */
	sharedFrame?: boolean;
}

/** The explorer's styles in model units (see graphStyle). */
const STYLE = {
	factionPadding: 22,
	factionLabelSize: 18,
	factionLabelGap: 6,
	factionRadius: 8,
	personLabelSize: 13,
	personLabelGap: 4,
	edgeWidth: 3.5,
	crowdedEdgeWidth: 2,
	edgeOpacity: 0.9,
	crowdedEdgeOpacity: 0.6,
	controlPointStep: 16,
	labelRoom: { x: 60, top: 70, bottom: 50 },
	maxFitZoom: 1.6
} as const;

/** Width of a line of text, estimated: the writer cannot measure fonts (it also runs in Node). */
export function estimateTextWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.58;
}

/** Splits `text` into lines no wider than `maxWidth` (estimated), breaking at spaces. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** The box a person takes with their label under them, in model units. */
function personBox(person: PersonNodeData, [x, y]: readonly [number, number]): Box {
	const r = person.size / 2;
	const labelHalf = estimateTextWidth(person.label, STYLE.personLabelSize) / 2 + 2;
	return {
		x1: x - Math.max(r, labelHalf),
		x2: x + Math.max(r, labelHalf),
		y1: y - r,
		y2: y + r + STYLE.personLabelGap + STYLE.personLabelSize * 1.25 + 2
	};
}

function union(boxes: readonly Box[]): Box | null {
	if (boxes.length === 0) return null;
	return {
		x1: Math.min(...boxes.map((b) => b.x1)),
		y1: Math.min(...boxes.map((b) => b.y1)),
		x2: Math.max(...boxes.map((b) => b.x2)),
		y2: Math.max(...boxes.map((b) => b.y2))
	};
}

/** Each faction's box: its members with their labels, and the padding (as cytoscape's compounds). */
export function factionBoxes(model: GraphModel, positions: Positions): Map<string, Box> {
	const boxes = new Map<string, Box>();
	for (const faction of model.factions) {
		const inner = union(
			model.people
				.filter((p) => p.parent === faction.id && positions[p.id])
				.map((p) => personBox(p, positions[p.id]!))
		);
		if (!inner) continue;
		const pad = STYLE.factionPadding;
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
function contentBox(model: GraphModel, positions: Positions, factions: Map<string, Box>): Box {
	const room = STYLE.labelRoom;
	const people = model.people
		.filter((p) => positions[p.id])
		.map((p) => {
			const [x, y] = positions[p.id]!;
			return { x1: x - room.x, y1: y - room.top, x2: x + room.x, y2: y + room.bottom };
		});
	const named = [...factions.values()].map((b) => ({
		...b,
		y1: b.y1 - STYLE.factionLabelGap - STYLE.factionLabelSize * 1.2
	}));
	return union([...people, ...named]) ?? { x1: -100, y1: -100, x2: 100, y2: 100 };
}

function graphMarkup(panel: SvgPanel, idPrefix: string): string {
	const { model, positions, marks } = panel;
	const factions = factionBoxes(model, positions);
	const parts: string[] = [];

	parts.push('<g class="factions">');
	for (const faction of model.factions) {
		const box = factions.get(faction.id);
		if (!box) continue;
		parts.push(
			`<g id="${idPrefix}faction-${faction.id}" class="faction faction-${faction.id}">` +
				`<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="${STYLE.factionRadius}" fill="${faction.colour}" fill-opacity="0.07" stroke="${faction.colour}" stroke-opacity="0.55" stroke-width="1.5"/>` +
				`<text x="${n((box.x1 + box.x2) / 2)}" y="${n(box.y1 - STYLE.factionLabelGap)}" text-anchor="middle" font-size="${STYLE.factionLabelSize}" font-weight="bold" fill="${faction.textColour}">${escapeXml(faction.label)}</text>` +
				'</g>'
		);
	}
	parts.push('</g>');

	parts.push('<g class="alliances" fill="none">');
	const pairs = new Map<string, string[]>();
	for (const edge of model.edges) {
		const key = [edge.source, edge.target].sort().join('\u0000');
		pairs.set(key, [...(pairs.get(key) ?? []), edge.id]);
	}
	for (const edge of model.edges) {
		const a = positions[edge.source];
		const b = positions[edge.target];
		if (!a || !b) continue;
		// Parallel edges of one pair bend apart like cytoscape's bezier edges, by a fixed step.
		const [first, second] = edge.source < edge.target ? [a, b] : [b, a];
		const siblings = pairs.get([edge.source, edge.target].sort().join('\u0000'))!;
		const offset = (siblings.indexOf(edge.id) - (siblings.length - 1) / 2) * STYLE.controlPointStep;
		const dx = second[0] - first[0];
		const dy = second[1] - first[1];
		const length = Math.hypot(dx, dy) || 1;
		const cx = (a[0] + b[0]) / 2 + (-dy / length) * offset;
		const cy = (a[1] + b[1]) / 2 + (dx / length) * offset;
		const path =
			offset === 0
				? `M${n(a[0])} ${n(a[1])}L${n(b[0])} ${n(b[1])}`
				: `M${n(a[0])} ${n(a[1])}Q${n(cx)} ${n(cy)} ${n(b[0])} ${n(b[1])}`;
		const crowded = edge.members > 4;
		const width = crowded ? STYLE.crowdedEdgeWidth : STYLE.edgeWidth;
		const formed = marks?.formed.includes(edge.alliance) ?? false;
		const dissolved = marks?.dissolved.includes(edge.alliance) ?? false;
		if (formed)
			parts.push(
				`<path class="formed-casing" d="${path}" stroke="#1d1d1f" stroke-width="${width + 3}"/>`
			);
		const opacity = dissolved
			? 0.45
			: formed
				? 1
				: crowded
					? STYLE.crowdedEdgeOpacity
					: STYLE.edgeOpacity;
		const dash = dissolved
			? ' stroke-dasharray="1 7" stroke-linecap="round"'
			: edge.kind === 'opposition'
				? ' stroke-dasharray="9 5"'
				: '';
		parts.push(
			`<path id="${idPrefix}alliance-${idFragment(edge.id)}" class="alliance alliance-${edge.alliance} ${edge.kind}${formed ? ' formed' : ''}${dissolved ? ' dissolved' : ''}" d="${path}" stroke="${edge.colour}" stroke-width="${width}" stroke-opacity="${opacity}"${dash}/>`
		);
	}
	parts.push('</g>');

	parts.push('<g class="people">');
	for (const person of model.people) {
		const at = positions[person.id];
		if (!at) continue;
		const [x, y] = at;
		const r = person.size / 2;
		const disc =
			person.status === 'full'
				? `fill="${person.colour}" stroke="#ffffff" stroke-width="2"`
				: person.status === 'candidate'
					? `fill="#ffffff" stroke="${person.colour}" stroke-width="5"`
					: `fill="#ffffff" stroke="${person.colour}" stroke-width="3" stroke-dasharray="6 4"`;
		const labelY = y + r + STYLE.personLabelGap + STYLE.personLabelSize * 0.95;
		const arrived = marks?.arrived.includes(person.id) ?? false;
		const departed = marks?.departed.includes(person.id) ?? false;
		// The compare view's outlines: solid for who arrived, dotted (and faded) for who is gone.
		const outline = arrived
			? `<circle class="mark" cx="${n(x)}" cy="${n(y)}" r="${n(r + 4.5)}" fill="none" stroke="#1d1d1f" stroke-width="3"/>`
			: departed
				? `<circle class="mark" cx="${n(x)}" cy="${n(y)}" r="${n(r + 4.5)}" fill="none" stroke="#1d1d1f" stroke-width="2.5" stroke-dasharray="1 4" stroke-linecap="round"/>`
				: '';
		parts.push(
			`<g id="${idPrefix}person-${person.id}" class="person person-${person.id} ${person.status}${person.faction ? ` faction-${person.faction}` : ''}${arrived ? ' arrived' : ''}${departed ? ' departed' : ''}"${departed ? ' opacity="0.55"' : ''}>` +
				outline +
				`<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${disc}/>` +
				`<text x="${n(x)}" y="${n(labelY)}" text-anchor="middle" font-size="${STYLE.personLabelSize}" fill="${person.status === 'outside' ? '#444444' : '#1d1d1f'}" stroke="#ffffff" stroke-opacity="0.85" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(person.label)}</text>` +
				'</g>'
		);
	}
	parts.push('</g>');
	if (marks?.cameFrom.length) parts.push(ghostsMarkup(model, positions, marks, idPrefix));
	return parts.join('\n');
}

/** Where people who changed faction stood at the other date: a dashed circle and an arrow. */
function ghostsMarkup(
	model: GraphModel,
	positions: Positions,
	marks: PanelMarks,
	idPrefix: string
): string {
	const arrow = `${idPrefix}came-from-arrow`;
	const parts = [
		`<g class="came-from"><defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#555555"/></marker></defs>`
	];
	for (const { id, label, position } of marks.cameFrom) {
		const person = model.people.find((p) => p.id === id);
		const to = positions[id];
		if (!person || !to) continue;
		const [gx, gy] = position;
		const dx = to[0] - gx;
		const dy = to[1] - gy;
		const length = Math.hypot(dx, dy) || 1;
		const start = 11 / length;
		const end = 1 - (person.size / 2 + 3) / length;
		parts.push(
			`<g id="${idPrefix}ghost-${id}" class="ghost">` +
				`<circle cx="${n(gx)}" cy="${n(gy)}" r="11" fill="#ffffff" stroke="#777777" stroke-width="2" stroke-dasharray="4 3"/>` +
				`<line x1="${n(gx + dx * start)}" y1="${n(gy + dy * start)}" x2="${n(gx + dx * end)}" y2="${n(gy + dy * end)}" stroke="#555555" stroke-width="2" stroke-dasharray="2 3" marker-end="url(#${arrow})"/>` +
				`<text x="${n(gx)}" y="${n(gy + 11 + 3 + 11)}" text-anchor="middle" font-size="11" font-style="italic" fill="#555555">${escapeXml(`${label} before`)}</text>` +
				'</g>'
		);
	}
	parts.push('</g>');
	return parts.join('\n');
}

/** Scale and offset that fit `content` into `area`, centred, keeping the aspect ratio. */
function fitInto(content: Box, area: Box, maxScale: number) {
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

interface LegendLayout {
	markup: string;
	height: number;
}

function legendMarkup(legend: LegendContent, x: number, y: number, width: number, u: number) {
	const heading = 19 * u;
	const text = 16 * u;
	const line = text * 1.45;
	const swatch = 28 * u;
	const textX = x + swatch + 10 * u;
	const textWidth = width - swatch - 10 * u;
	const parts: string[] = [`<g id="legend" class="legend" font-size="${n(text)}" fill="#1d1d1f">`];
	let cursor = y;
	const section = (title: string) => {
		cursor += heading;
		parts.push(
			`<text x="${n(x)}" y="${n(cursor)}" font-size="${n(heading)}" font-weight="bold">${escapeXml(title)}</text>`
		);
		cursor += heading * 0.6;
	};
	const item = (id: string, swatchMarkup: (cx: number, cy: number) => string, label: string) => {
		const lines = wrapText(label, textWidth, text);
		const top = cursor;
		const middle = top + line / 2;
		parts.push(`<g id="${id}">${swatchMarkup(x + swatch / 2, middle)}`);
		lines.forEach((content, i) => {
			parts.push(
				`<text x="${n(textX)}" y="${n(top + line * i + line / 2 + text * 0.35)}">${escapeXml(content)}</text>`
			);
		});
		parts.push('</g>');
		cursor += line * lines.length;
	};

	section('Factions');
	for (const faction of legend.factions) {
		item(
			`legend-faction-${faction.id}`,
			(cx, cy) =>
				`<rect x="${n(cx - swatch / 2)}" y="${n(cy - swatch * 0.32)}" width="${n(swatch)}" height="${n(swatch * 0.64)}" rx="${n(3 * u)}" fill="${faction.colour}" fill-opacity="0.12" stroke="${faction.colour}" stroke-width="${n(1.5 * u)}"/>`,
			faction.label
		);
	}
	cursor += line * 0.4;
	section('Politburo');
	const ring = (attributes: string, r: number) => (cx: number, cy: number) =>
		`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * u)}" ${attributes}/>`;
	item('legend-status-full', ring('fill="#555555"', 9), 'Full member (filled)');
	item(
		'legend-status-candidate',
		ring(`fill="#ffffff" stroke="#555555" stroke-width="${n(4 * u)}"`, 7.5),
		'Candidate member (ring)'
	);
	item(
		'legend-status-outside',
		ring(
			`fill="#ffffff" stroke="#555555" stroke-width="${n(2.5 * u)}" stroke-dasharray="${n(3 * u)} ${n(2 * u)}"`,
			6.5
		),
		'Outside the Politburo (dashed)'
	);
	cursor += line * 0.4;
	section('Alliances');
	if (legend.alliances.length === 0) item('legend-no-alliance', () => '', 'None');
	for (const alliance of legend.alliances) {
		item(
			`legend-alliance-${alliance.id}`,
			(cx, cy) =>
				`<line x1="${n(cx - swatch / 2)}" y1="${n(cy)}" x2="${n(cx + swatch / 2)}" y2="${n(cy)}" stroke="${alliance.colour}" stroke-width="${n(4 * u)}"${alliance.kind === 'opposition' ? ` stroke-dasharray="${n(7 * u)} ${n(4 * u)}"` : ''}/>`,
			alliance.name
		);
	}
	if (legend.alliances.length > 0) {
		item(
			'legend-edge-kinds',
			() => '',
			'Solid: alliance between leaders. Dashed: opposition bloc.'
		);
	}
	if (legend.changes) {
		const { from, to } = legend.changes;
		const disc = (cx: number, cy: number) =>
			`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(7 * u)}" fill="#888888"/>`;
		cursor += line * 0.4;
		section('Changes');
		item(
			'legend-change-arrived',
			(cx, cy) =>
				disc(cx, cy) +
				`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(11 * u)}" fill="none" stroke="#1d1d1f" stroke-width="${n(2.5 * u)}"/>`,
			`Solid outer ring: new in the Politburo or on stage by ${to}`
		);
		item(
			'legend-change-departed',
			(cx, cy) =>
				`<g opacity="0.55">${disc(cx, cy)}</g>` +
				`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(11 * u)}" fill="none" stroke="#1d1d1f" stroke-width="${n(2 * u)}" stroke-dasharray="${n(1 * u)} ${n(3 * u)}" stroke-linecap="round"/>`,
			`Dotted outer ring, faded: gone by ${to}`
		);
		item(
			'legend-change-moved',
			(cx, cy) =>
				`<circle cx="${n(cx - 8 * u)}" cy="${n(cy)}" r="${n(5 * u)}" fill="#ffffff" stroke="#777777" stroke-width="${n(1.5 * u)}" stroke-dasharray="${n(3 * u)} ${n(2 * u)}"/>` +
				`<line x1="${n(cx - 3 * u)}" y1="${n(cy)}" x2="${n(cx + 12 * u)}" y2="${n(cy)}" stroke="#555555" stroke-width="${n(2 * u)}" stroke-dasharray="${n(2 * u)} ${n(2 * u)}"/>`,
			`Dashed circle and arrow: where someone who changed faction stood in ${from}`
		);
		item(
			'legend-change-formed',
			(cx, cy) =>
				`<line x1="${n(cx - swatch / 2)}" y1="${n(cy)}" x2="${n(cx + swatch / 2)}" y2="${n(cy)}" stroke="#1d1d1f" stroke-width="${n(7 * u)}"/>` +
				`<line x1="${n(cx - swatch / 2)}" y1="${n(cy)}" x2="${n(cx + swatch / 2)}" y2="${n(cy)}" stroke="#b8860b" stroke-width="${n(4 * u)}"/>`,
			`Dark-edged line: alliance formed by ${to}`
		);
		item(
			'legend-change-dissolved',
			(cx, cy) =>
				`<line x1="${n(cx - swatch / 2)}" y1="${n(cy)}" x2="${n(cx + swatch / 2)}" y2="${n(cy)}" stroke="#b8860b" stroke-width="${n(4 * u)}" stroke-dasharray="${n(1 * u)} ${n(5 * u)}" stroke-linecap="round" stroke-opacity="0.6"/>`,
			`Dotted faded line: alliance dissolved by ${to}`
		);
	}
	parts.push('</g>');
	return { markup: parts.join('\n'), height: cursor - y } satisfies LegendLayout;
}

/**
 * An SVG image of one or more graphs side by side, with the burned-in texts `options` asks for.
 * Sizes of texts and margins grow with the image (a 4K image looks like a 1920×1080 one, only
 * sharper); each graph is fitted into its share of the space left by the texts, keeping its
 * aspect ratio. Every text is a real `<text>` element, XML-escaped; people, alliances and
 * factions have ids and classes naming them (`person-stalin`; with several panels the ids are
 * prefixed `panel-1-`, `panel-2-`…).
 * @param panels the graphs, drawn left to right in equal shares of the width.
 */
export function writeSvg(panels: readonly SvgPanel[], options: SvgImageOptions): string {
	const { width, height } = options;
	if (!(width > 0 && height > 0)) throw new RangeError(`not an image size: ${width}×${height}`);
	const u = Math.max(0.5, Math.min(width / 1920, height / 1080));
	const margin = 32 * u;
	const parts: string[] = [];
	const heading = [options.title, options.subtitle].filter(Boolean).join(' — ');

	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SVG_FONT_STACK}" role="img"${heading ? ' aria-labelledby="image-title"' : ''}>`
	);
	if (heading) parts.push(`<title id="image-title">${escapeXml(heading)}</title>`);
	if (options.background === 'white')
		parts.push(`<rect id="background" width="${width}" height="${height}" fill="#ffffff"/>`);

	let top = margin;
	if (options.title) {
		const size = 40 * u;
		top += size;
		parts.push(
			`<text id="title" x="${n(margin)}" y="${n(top)}" font-size="${n(size)}" font-weight="bold" fill="#1d1d1f">${escapeXml(options.title)}</text>`
		);
		top += size * 0.35;
	}
	if (options.subtitle) {
		const size = 30 * u;
		top += size;
		parts.push(
			`<text id="date" x="${n(margin)}" y="${n(top)}" font-size="${n(size)}" fill="#333333">${escapeXml(options.subtitle)}</text>`
		);
		top += size * 0.35;
	}
	if (options.title || options.subtitle) top += margin / 2;

	let bottom = height - margin;
	if (options.source) {
		const size = 15 * u;
		parts.push(
			`<text id="source" x="${n(margin)}" y="${n(bottom)}" font-size="${n(size)}" fill="#555555">${escapeXml(options.source)}</text>`
		);
		bottom -= size + margin / 2;
	}

	let right = width - margin;
	if (options.legend) {
		const legendWidth = Math.min(0.3 * width, 330 * u);
		const legend = legendMarkup(options.legend, right - legendWidth, top, legendWidth, u);
		parts.push(legend.markup);
		right -= legendWidth + margin;
	}

	if (options.notes?.length) {
		const size = 18 * u;
		const lines = options.notes.flatMap((note) => wrapText(note, right - margin, size));
		const blockTop = bottom - lines.length * size * 1.4;
		parts.push(`<g id="notes" font-size="${n(size)}" fill="#1d1d1f">`);
		lines.forEach((line, i) => {
			parts.push(
				`<text x="${n(margin)}" y="${n(blockTop + size * 1.4 * i + size)}">${escapeXml(line)}</text>`
			);
		});
		parts.push('</g>');
		bottom = blockTop - margin / 2;
	}

	const share = (right - margin - margin * (panels.length - 1)) / Math.max(1, panels.length);
	const contents = panels.map((panel) =>
		contentBox(panel.model, panel.positions, factionBoxes(panel.model, panel.positions))
	);
	const frame = options.sharedFrame ? union(contents) : null;
	const captionSize = 24 * u;
	const hasCaption = panels.some((panel) => panel.caption);
	panels.forEach((panel, index) => {
		const left = margin + index * (share + margin);
		let areaTop = top;
		const prefix = panels.length > 1 ? `panel-${index + 1}-` : '';
		parts.push(`<g id="${prefix || 'graph-'}panel" class="panel">`);
		if (panel.caption)
			parts.push(
				`<text x="${n(left + share / 2)}" y="${n(areaTop + captionSize)}" text-anchor="middle" font-size="${n(captionSize)}" font-weight="bold" fill="#1d1d1f">${escapeXml(panel.caption)}</text>`
			);
		// Every panel's area starts at the same height, so a shared frame lines up across them.
		if (hasCaption) areaTop += captionSize * 1.6;
		const area = { x1: left, y1: areaTop, x2: left + share, y2: Math.max(areaTop + 1, bottom) };
		const fit = fitInto(frame ?? contents[index]!, area, STYLE.maxFitZoom * Math.max(1, u));
		parts.push(
			`<g class="graph" transform="translate(${n(fit.x)} ${n(fit.y)}) scale(${Math.round(fit.scale * 10000) / 10000})">`
		);
		parts.push(graphMarkup(panel, prefix));
		parts.push('</g></g>');
	});

	parts.push('</svg>');
	return parts.join('\n') + '\n';
}
