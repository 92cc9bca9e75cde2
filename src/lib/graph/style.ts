import type { StylesheetJson } from 'cytoscape';
import {
	ALLIANCE_LINE,
	ATTENTION,
	COMPARISON_MARK,
	CYTOSCAPE_FONT_STACK,
	EDGE,
	FACTION,
	HUB,
	INK,
	PERSON_LABEL,
	STATUS_GLYPH,
	type StatusClass
} from './encoding';

/** Cytoscape takes dash patterns as arrays of numbers. */
const pattern = (dash: readonly number[]) => [...dash];

function statusStyle(status: StatusClass) {
	const glyph = STATUS_GLYPH[status];
	return {
		selector: `node[status = "${status}"]`,
		style: {
			'background-color': glyph.filled ? 'data(colour)' : INK.paper,
			'border-width': glyph.stroke.width,
			'border-color': glyph.filled ? INK.paper : 'data(colour)',
			...(glyph.stroke.dash
				? { 'border-style': 'dashed', 'border-dash-pattern': pattern(glyph.stroke.dash) }
				: {}),
			color: glyph.labelColour
		}
	} as const;
}

const { arrived, departed, formed, dissolved, ghost } = COMPARISON_MARK;

/**
 * Present mode's changes to the stylesheet: how much larger than the vocabulary's sizes labels
 * are drawn (1 is as is), and what the unselected fade to.
 */
export interface LabelScale {
	person: number;
	faction: number;
	dimmedOpacity?: number;
	/** People's names are left out: too small to read at the zoom (see `personLabelsShownAt`). */
	withoutPersonLabels?: boolean;
}

/**
 * The cytoscape stylesheet, derived from the visual vocabulary (encoding.ts) as the SVG writer
 * and the legends are: Politburo status reads without colour, opposition blocs are dashed.
 * `labels` enlarges the names of people and factions (see `labelScaleFor`).
 */
export const graphStyleFor = (labels: LabelScale = { person: 1, faction: 1 }): StylesheetJson => [
	{
		selector: 'node[kind = "faction"]',
		style: {
			shape: 'round-rectangle',
			// Sized around its members by the view (see `placeFactionBoxes`), beneath everything.
			width: 'data(width)',
			height: 'data(height)',
			'z-compound-depth': 'bottom',
			'background-color': 'data(colour)',
			'background-opacity': FACTION.fillOpacity,
			'border-color': 'data(colour)',
			'border-width': FACTION.strokeWidth,
			'border-opacity': FACTION.strokeOpacity,
			label: 'data(label)',
			'text-valign': 'top',
			'text-halign': 'center',
			'text-margin-y': -FACTION.labelGap,
			color: 'data(textColour)',
			'font-size': FACTION.labelSize * labels.faction,
			// Labels too small to read are not drawn: with thousands of people that saves most of
			// the drawing time, and zooming in brings them back.
			'min-zoomed-font-size': PERSON_LABEL.minZoomedSize,
			'font-weight': 'bold',
			'font-family': CYTOSCAPE_FONT_STACK
		}
	},
	{
		selector: 'node[kind = "crowd"]',
		style: {
			shape: 'round-rectangle',
			width: 'data(width)',
			height: 'data(height)',
			'background-color': 'data(colour)',
			'background-opacity': FACTION.swatchFillOpacity,
			'border-color': 'data(colour)',
			'border-width': FACTION.strokeWidth,
			'border-opacity': FACTION.strokeOpacity,
			label: 'data(label)',
			'text-wrap': 'wrap',
			'text-valign': 'center',
			'text-halign': 'center',
			color: 'data(textColour)',
			'font-size': 'data(fontSize)',
			'font-weight': 'bold',
			'font-family': CYTOSCAPE_FONT_STACK
		}
	},
	{
		selector: 'node[status]',
		style: {
			width: 'data(size)',
			height: 'data(size)',
			shape: 'ellipse',
			label: labels.withoutPersonLabels ? '' : 'data(label)',
			'text-valign': 'bottom',
			'text-halign': 'center',
			'text-margin-y': PERSON_LABEL.gap,
			'font-size': PERSON_LABEL.size * labels.person,
			'min-zoomed-font-size': PERSON_LABEL.minZoomedSize,
			'font-family': CYTOSCAPE_FONT_STACK,
			'text-background-color': INK.paper,
			'text-background-opacity': PERSON_LABEL.haloOpacity,
			'text-background-padding': `${PERSON_LABEL.haloWidth / 2}px`,
			'text-background-shape': 'roundrectangle'
		}
	},
	statusStyle('full'),
	statusStyle('candidate'),
	statusStyle('outside'),
	{
		selector: 'node[hub]',
		style: {
			width: HUB.size,
			height: HUB.size,
			shape: 'diamond',
			'background-color': 'data(colour)',
			'border-width': HUB.strokeWidth,
			'border-color': 'data(textColour)',
			label: 'data(label)',
			'text-valign': 'bottom',
			'text-halign': 'center',
			'text-margin-y': HUB.labelGap,
			color: 'data(textColour)',
			'font-size': HUB.labelSize * labels.person,
			'font-weight': 'bold',
			'min-zoomed-font-size': PERSON_LABEL.minZoomedSize,
			'font-family': CYTOSCAPE_FONT_STACK,
			'text-background-color': INK.paper,
			'text-background-opacity': PERSON_LABEL.haloOpacity,
			'text-background-padding': `${PERSON_LABEL.haloWidth / 2}px`,
			'text-background-shape': 'roundrectangle'
		}
	},
	...(['opposition', 'alleged'] as const).map((kind) => ({
		selector: `node[hub][kind = "${kind}"]`,
		style: {
			'border-style': 'dashed' as const,
			'border-dash-pattern': ALLIANCE_LINE[kind].dash!.map((d) => d * HUB.dashScale)
		}
	})),
	{
		selector: 'edge',
		style: {
			width: EDGE.width,
			'line-color': 'data(colour)',
			// Straight, and bent only where the model says (`bend`): cytoscape's own bezier edges
			// look for each edge's parallels on every redraw, a third of a step's drawing at a
			// thousand lines.
			'curve-style': 'straight',
			opacity: EDGE.opacity
		}
	},
	{
		selector: 'edge[bend]',
		style: {
			'curve-style': 'unbundled-bezier',
			'control-point-distances': 'data(bend)',
			'control-point-weights': 0.5
		}
	},
	{
		selector: `edge[members > ${EDGE.crowdedAbove}]`,
		style: { width: EDGE.crowdedWidth, opacity: EDGE.crowdedOpacity }
	},
	{
		selector: 'edge[kind = "opposition"]',
		style: { 'line-style': 'dashed', 'line-dash-pattern': pattern(ALLIANCE_LINE.opposition.dash!) }
	},
	{
		selector: 'edge[kind = "alleged"]',
		style: { 'line-style': 'dashed', 'line-dash-pattern': pattern(ALLIANCE_LINE.alleged.dash!) }
	},
	// Marks of a comparison: shapes and line styles, so they read in greyscale too.
	{
		selector: 'node.arrived',
		style: {
			'outline-width': arrived.width,
			'outline-color': arrived.colour,
			'outline-offset': arrived.offset,
			'outline-style': 'solid'
		}
	},
	{
		selector: 'node.departed',
		style: {
			opacity: departed.opacity,
			'outline-width': departed.width,
			'outline-color': departed.colour,
			'outline-offset': departed.offset,
			'outline-style': 'dotted'
		}
	},
	{
		selector: 'node.ghost',
		style: {
			width: ghost.size,
			height: ghost.size,
			shape: 'ellipse',
			'background-color': INK.paper,
			'border-width': ghost.stroke.width,
			'border-style': 'dashed',
			'border-dash-pattern': pattern(ghost.stroke.dash),
			'border-color': ghost.colour,
			label: 'data(label)',
			'text-valign': 'bottom',
			'text-margin-y': 3,
			'font-size': ghost.labelSize,
			'font-style': 'italic',
			'font-family': CYTOSCAPE_FONT_STACK,
			color: ghost.labelColour
		}
	},
	{
		selector: 'edge.came-from',
		style: {
			width: ghost.arrowWidth,
			'line-color': ghost.arrowColour,
			'line-style': 'dashed',
			'line-dash-pattern': pattern(ghost.arrowDash),
			'curve-style': 'straight',
			'target-arrow-shape': 'triangle',
			'target-arrow-color': ghost.arrowColour,
			opacity: 1
		}
	},
	{
		selector: 'edge.formed',
		style: {
			'line-outline-width': formed.casingWidth,
			'line-outline-color': formed.casing,
			opacity: 1
		}
	},
	{
		selector: 'edge.dissolved',
		style: {
			'line-style': 'dashed',
			'line-dash-pattern': pattern(dissolved.dash),
			'line-cap': 'round',
			opacity: dissolved.opacity
		}
	},
	{ selector: '.dimmed', style: { opacity: labels.dimmedOpacity ?? EDGE.dimmedOpacity } },
	{ selector: 'edge.highlighted', style: { width: EDGE.highlightedWidth, opacity: 1 } },
	{
		selector: 'node[status].selected',
		style: {
			'overlay-color': ATTENTION.selected.colour,
			'overlay-opacity': ATTENTION.selected.opacity,
			'overlay-padding': ATTENTION.selected.padding
		}
	},
	{
		selector: 'node[status].keyboard-focus',
		style: {
			'outline-color': ATTENTION.keyboard.colour,
			'outline-width': ATTENTION.keyboard.width,
			'outline-offset': ATTENTION.keyboard.offset,
			'outline-opacity': 1
		}
	}
];

/** The stylesheet at the vocabulary's sizes. */
export const graphStyle: StylesheetJson = graphStyleFor();
