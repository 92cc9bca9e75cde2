import type { Dataset } from '../model/schema';
import type { AllianceAtMoment } from '../model/snapshot';
import { formatMonthShort } from '../model/time';
import {
	ALLIANCE_LINE,
	COMPARISON_MARK,
	EDGE,
	EDGE_KINDS_NOTE,
	FACTION,
	HUB,
	INK,
	SCALE,
	STATUS_GLYPH,
	STATUS_ORDER,
	STORYLINE,
	type AllianceKind
} from './encoding';

/**
 * The legend as data: which entries, in which words, with which glyphs. The on-screen legend
 * and the legend burned into exported images both render `legendItems`, so they say and show
 * the same thing.
 */

/** One SVG primitive of a glyph, with its SVG attributes, in a `GLYPH_BOX` sized box. */
export interface Shape {
	tag: 'rect' | 'circle' | 'line' | 'path';
	attributes: Record<string, string | number>;
}

/** Width and height of the box every glyph is drawn in (SVG user units). */
export const GLYPH_BOX = { width: 30, height: 26 } as const;

export interface LegendItem {
	/** Unique within the legend; exported SVG uses it as the entry's id. */
	id: string;
	label: string;
	/** A second, quieter text, such as an alliance's dates. */
	detail?: string;
	glyph: Shape[];
	/** The alliance an entry stands for, so a view can select it. */
	alliance?: string;
}

export interface LegendSection {
	id: string;
	title: string;
	items: LegendItem[];
	/** Said when the section has no items. */
	empty?: string;
	/** A line under the items. */
	note?: string;
}

export interface LegendFaction {
	id: string;
	label: string;
	colour: string;
}

export interface LegendAlliance {
	id: string;
	name: string;
	colour: string;
	kind: AllianceKind;
	/** When it ran, in words ("May 1922 – Dec 1925"). */
	span?: string;
}

/** What a legend lists: the factions, the Politburo statuses, the alliances given, the marks. */
export interface LegendContent {
	factions: readonly LegendFaction[];
	alliances: readonly LegendAlliance[];
	/** Heading of the alliances' section. */
	alliancesHeading?: string;
	/** The dates of a comparison, in words ("June 1924"): the legend then explains its marks. */
	changes?: { from: string; to: string };
	/**
	 * What the legend explains: the graph's discs and edges (the default), or the storyline's
	 * lines and ribbons.
	 */
	medium?: 'graph' | 'storyline';
	/** Whether an alliance is drawn as a hub (see `SCALE.hubAbove`): the legend explains it. */
	hubs?: boolean;
}

const MIDDLE = GLYPH_BOX.height / 2;
const CENTRE = GLYPH_BOX.width / 2;
/** Glyphs of people are drawn at this share of their size in the graph. */
const PERSON_SCALE = 0.4;
/** A neutral colour for glyphs that explain a shape rather than a faction. */
const NEUTRAL = INK.quiet;
/** The colour of an example alliance in the legend of marks. */
const EXAMPLE_ALLIANCE = '#b8860b';

function dash(pattern: readonly number[] | undefined, scale = 1): Record<string, string> {
	if (!pattern) return {};
	return { 'stroke-dasharray': pattern.map((d) => Math.round(d * scale * 10) / 10).join(' ') };
}

const across = (attributes: Record<string, string | number>): Shape => ({
	tag: 'line',
	attributes: { x1: 1, y1: MIDDLE, x2: GLYPH_BOX.width - 1, y2: MIDDLE, ...attributes }
});

const disc = (attributes: Record<string, string | number>): Shape => ({
	tag: 'circle',
	attributes: { cx: CENTRE, cy: MIDDLE, ...attributes }
});

function factionGlyph(colour: string): Shape[] {
	return [
		{
			tag: 'rect',
			attributes: {
				x: 1,
				y: 5,
				width: GLYPH_BOX.width - 2,
				height: GLYPH_BOX.height - 10,
				rx: 3,
				fill: colour,
				'fill-opacity': FACTION.swatchFillOpacity,
				stroke: colour,
				'stroke-width': FACTION.strokeWidth
			}
		}
	];
}

function statusGlyph(status: (typeof STATUS_ORDER)[number]): Shape[] {
	const glyph = STATUS_GLYPH[status];
	const r = (glyph.size / 2) * PERSON_SCALE;
	if (glyph.filled) return [disc({ r, fill: NEUTRAL })];
	return [
		disc({
			r,
			fill: INK.paper,
			stroke: NEUTRAL,
			'stroke-width': glyph.stroke.width * 0.8,
			...dash(glyph.stroke.dash, 0.5)
		})
	];
}

/** A status as a storyline draws it: a solid, hollow or dashed stretch of line. */
function statusLineGlyph(status: (typeof STATUS_ORDER)[number]): Shape[] {
	const width = STORYLINE.line[status].width;
	if (status === 'candidate')
		return [
			across({ stroke: NEUTRAL, 'stroke-width': width }),
			across({
				stroke: INK.paper,
				'stroke-width': width - 2 * STORYLINE.line.candidate.stroke
			})
		];
	const dashed = status === 'outside' ? dash(STORYLINE.line.outside.dash) : {};
	return [across({ stroke: NEUTRAL, 'stroke-width': width, ...dashed })];
}

/** An alliance as a storyline draws it: a tinted ribbon, edged solid or dashed. */
function ribbonGlyph(colour: string, kind: AllianceKind): Shape[] {
	const edge = { stroke: colour, 'stroke-width': STORYLINE.ribbon.strokeWidth };
	return [
		{
			tag: 'rect',
			attributes: {
				x: 1,
				y: 6,
				width: GLYPH_BOX.width - 2,
				height: GLYPH_BOX.height - 12,
				fill: colour,
				'fill-opacity': STORYLINE.ribbon.fillOpacity
			}
		},
		{
			tag: 'line',
			attributes: {
				x1: 1,
				y1: 6,
				x2: GLYPH_BOX.width - 1,
				y2: 6,
				...edge,
				...dash(ALLIANCE_LINE[kind].dash, 0.6)
			}
		},
		{
			tag: 'line',
			attributes: {
				x1: 1,
				y1: GLYPH_BOX.height - 6,
				x2: GLYPH_BOX.width - 1,
				y2: GLYPH_BOX.height - 6,
				...edge,
				...dash(ALLIANCE_LINE[kind].dash, 0.6)
			}
		}
	];
}

/** An alliance drawn as a star: a diamond with a spoke to each side, in a neutral colour. */
function hubGlyph(): Shape[] {
	const r = HUB.size / 2 - 2;
	const spoke = (x2: number, y2: number): Shape => ({
		tag: 'line',
		attributes: {
			x1: CENTRE,
			y1: MIDDLE,
			x2,
			y2,
			stroke: NEUTRAL,
			'stroke-width': EDGE.crowdedWidth
		}
	});
	return [
		spoke(1, 2),
		spoke(1, GLYPH_BOX.height - 2),
		spoke(GLYPH_BOX.width - 1, 2),
		spoke(GLYPH_BOX.width - 1, GLYPH_BOX.height - 2),
		{
			tag: 'path',
			attributes: {
				d: `M${CENTRE} ${MIDDLE - r}L${CENTRE + r} ${MIDDLE}L${CENTRE} ${MIDDLE + r}L${CENTRE - r} ${MIDDLE}Z`,
				fill: NEUTRAL,
				stroke: INK.text,
				'stroke-width': HUB.strokeWidth
			}
		}
	];
}

function allianceGlyph(colour: string, kind: AllianceKind): Shape[] {
	return [across({ stroke: colour, 'stroke-width': 4, ...dash(ALLIANCE_LINE[kind].dash, 0.8) })];
}

const markedPerson = (opacity?: number) =>
	disc({ r: 7, fill: '#888888', ...(opacity ? { opacity } : {}) });

function changeItems(from: string, to: string): LegendItem[] {
	const { arrived, departed, formed, dissolved, ghost } = COMPARISON_MARK;
	return [
		{
			id: 'change-arrived',
			label: `Solid outer ring: new in the Politburo or on stage by ${to}`,
			glyph: [
				markedPerson(),
				disc({ r: 11, fill: 'none', stroke: arrived.colour, 'stroke-width': arrived.width * 0.8 })
			]
		},
		{
			id: 'change-departed',
			label: `Dotted outer ring, faded: gone from the Politburo or the stage by ${to}`,
			glyph: [
				markedPerson(departed.opacity),
				disc({
					r: 11,
					fill: 'none',
					stroke: departed.colour,
					'stroke-width': departed.width * 0.8,
					'stroke-linecap': 'round',
					...dash(departed.dash, 0.8)
				})
			]
		},
		{
			id: 'change-moved',
			label: `Dashed circle and arrow: where someone who changed faction stood in ${from}`,
			glyph: [
				{
					tag: 'circle',
					attributes: {
						cx: 6,
						cy: MIDDLE,
						r: 5,
						fill: INK.paper,
						stroke: ghost.colour,
						'stroke-width': 1.5,
						...dash(ghost.stroke.dash, 0.7)
					}
				},
				{
					tag: 'line',
					attributes: {
						x1: 11,
						y1: MIDDLE,
						x2: 22,
						y2: MIDDLE,
						stroke: ghost.arrowColour,
						'stroke-width': ghost.arrowWidth,
						...dash(ghost.arrowDash, 0.7)
					}
				},
				{
					tag: 'path',
					attributes: {
						d: `M21 ${MIDDLE - 4}L28 ${MIDDLE}L21 ${MIDDLE + 4}Z`,
						fill: ghost.arrowColour
					}
				}
			]
		},
		{
			id: 'change-formed',
			label: `Dark-edged line: alliance formed by ${to}`,
			glyph: [
				across({ stroke: formed.casing, 'stroke-width': 4 + 2 * formed.casingWidth }),
				across({ stroke: EXAMPLE_ALLIANCE, 'stroke-width': 4 })
			]
		},
		{
			id: 'change-dissolved',
			label: `Dotted faded line: alliance dissolved by ${to}`,
			glyph: [
				across({
					stroke: EXAMPLE_ALLIANCE,
					'stroke-width': 4,
					'stroke-linecap': 'round',
					opacity: dissolved.opacity,
					...dash(dissolved.dash, 0.7)
				})
			]
		}
	];
}

/** Numbers to two decimals, so every medium writes the same attribute values. */
function rounded(shape: Shape): Shape {
	const attributes = Object.fromEntries(
		Object.entries(shape.attributes).map(([name, value]) => [
			name,
			typeof value === 'number' ? Math.round(value * 100) / 100 : value
		])
	);
	return { tag: shape.tag, attributes };
}

/** The legend's sections, in the order they are shown. */
export function legendItems(content: LegendContent): LegendSection[] {
	const lines = content.medium === 'storyline';
	const sections: LegendSection[] = [
		{
			id: 'factions',
			title: 'Factions',
			items: content.factions.map((faction) => ({
				id: `faction-${faction.id}`,
				label: faction.label,
				glyph: factionGlyph(faction.colour)
			}))
		},
		{
			id: 'status',
			title: 'Politburo status',
			items: STATUS_ORDER.map((status) => ({
				id: `status-${status}`,
				label: lines ? STORYLINE.line[status].legend : STATUS_GLYPH[status].legend,
				glyph: lines ? statusLineGlyph(status) : statusGlyph(status)
			}))
		}
	];
	if (content.changes) {
		const { from, to } = content.changes;
		sections.push({
			id: 'changes',
			title: `Changes from ${from} to ${to}`,
			items: changeItems(from, to)
		});
	}
	const hub: LegendItem[] =
		content.hubs && !lines ? [{ id: 'hub-glyph', label: HUB.legend, glyph: hubGlyph() }] : [];
	sections.push({
		id: 'alliances',
		title: content.alliancesHeading ?? 'Alliances',
		items: [
			...content.alliances.map((alliance) => ({
				id: `alliance-${alliance.id}`,
				label: alliance.name,
				...(alliance.span ? { detail: alliance.span } : {}),
				glyph: (lines ? ribbonGlyph : allianceGlyph)(alliance.colour, alliance.kind),
				alliance: alliance.id
			})),
			...hub
		],
		empty: 'None',
		...(content.alliances.length ? { note: lines ? STORYLINE.ribbon.note : EDGE_KINDS_NOTE } : {})
	});
	for (const section of sections)
		for (const item of section.items) item.glyph = item.glyph.map(rounded);
	return sections;
}

/**
 * The legend's content for a dataset: every faction, and the alliances given (those drawn),
 * each with when it ran, and the hub's glyph explained when one of them has more than
 * `SCALE.hubAbove` members (the graph draws it as a hub; the storyline has no hubs).
 */
export function legendOf(
	dataset: Dataset,
	alliances: readonly AllianceAtMoment[],
	extra: Pick<LegendContent, 'alliancesHeading' | 'changes' | 'medium'> & {
		/** Leave out when each alliance ran (the storyline shows it). */
		withoutSpans?: boolean;
	} = {}
): LegendContent {
	const { withoutSpans = false, ...content } = extra;
	const spans = new Map(
		dataset.alliances.map((a) => [
			a.id,
			`${formatMonthShort(a.from)} – ${a.to ? formatMonthShort(a.to) : 'on'}`
		])
	);
	return {
		factions: dataset.factions.map(({ id, label, colour }) => ({ id, label, colour })),
		alliances: alliances.map(({ id, name, colour, kind }) => ({
			id,
			name,
			colour,
			kind,
			...(spans.has(id) && !withoutSpans ? { span: spans.get(id)! } : {})
		})),
		...(extra.medium !== 'storyline' && alliances.some((a) => a.members.length > SCALE.hubAbove)
			? { hubs: true }
			: {}),
		...content
	};
}
