import type { StylesheetJson } from 'cytoscape';

/** Unquoted: cytoscape rejects quoted family names. */
export const FONT_STACK =
	'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Noto Sans, DejaVu Sans, sans-serif';

/**
 * How the graph looks. Politburo status reads without colour: a full member is a filled disc,
 * a candidate a ring, someone outside the Politburo a smaller dashed ring. Opposition blocs
 * are dashed edges, alliances between leaders solid.
 */
export const graphStyle: StylesheetJson = [
	{
		selector: 'node[kind = "faction"]',
		style: {
			shape: 'round-rectangle',
			'background-color': 'data(colour)',
			'background-opacity': 0.07,
			'border-color': 'data(colour)',
			'border-width': 1.5,
			'border-opacity': 0.55,
			label: 'data(label)',
			'text-valign': 'top',
			'text-halign': 'center',
			'text-margin-y': -6,
			color: 'data(textColour)',
			'font-size': 18,
			// Labels too small to read are not drawn: with thousands of people that saves most of
			// the drawing time, and zooming in brings them back.
			'min-zoomed-font-size': 6,
			'font-weight': 'bold',
			'font-family': FONT_STACK,
			padding: '22px'
		}
	},
	{
		selector: 'node[status]',
		style: {
			width: 'data(size)',
			height: 'data(size)',
			shape: 'ellipse',
			'background-color': 'data(colour)',
			'border-width': 2,
			'border-color': '#ffffff',
			label: 'data(label)',
			'text-valign': 'bottom',
			'text-halign': 'center',
			'text-margin-y': 4,
			'font-size': 13,
			'min-zoomed-font-size': 6,
			'font-family': FONT_STACK,
			color: '#1d1d1f',
			'text-background-color': '#ffffff',
			'text-background-opacity': 0.85,
			'text-background-padding': '2px',
			'text-background-shape': 'roundrectangle'
		}
	},
	{
		selector: 'node[status = "candidate"]',
		style: {
			'background-color': '#ffffff',
			'border-width': 5,
			'border-color': 'data(colour)'
		}
	},
	{
		selector: 'node[status = "outside"]',
		style: {
			'background-color': '#ffffff',
			'border-width': 3,
			'border-style': 'dashed',
			'border-color': 'data(colour)',
			color: '#444444'
		}
	},
	{
		selector: 'edge',
		style: {
			width: 3.5,
			'line-color': 'data(colour)',
			'curve-style': 'bezier',
			'control-point-step-size': 16,
			opacity: 0.9
		}
	},
	{
		// A bloc of many members draws many pairs: thinner lines keep it readable.
		selector: 'edge[members > 4]',
		style: { width: 2, opacity: 0.6 }
	},
	{
		selector: 'edge[kind = "opposition"]',
		style: { 'line-style': 'dashed', 'line-dash-pattern': [9, 5] }
	},
	// Marks of a comparison: shapes and line styles, so they read in greyscale too.
	{
		selector: 'node.arrived',
		style: {
			'outline-width': 3,
			'outline-color': '#1d1d1f',
			'outline-offset': 3,
			'outline-style': 'solid'
		}
	},
	{
		selector: 'node.departed',
		style: {
			opacity: 0.55,
			'outline-width': 2.5,
			'outline-color': '#1d1d1f',
			'outline-offset': 3,
			'outline-style': 'dotted'
		}
	},
	{
		selector: 'node.ghost',
		style: {
			width: 22,
			height: 22,
			shape: 'ellipse',
			'background-color': '#ffffff',
			'border-width': 2,
			'border-style': 'dashed',
			'border-color': '#777777',
			label: 'data(label)',
			'text-valign': 'bottom',
			'text-margin-y': 3,
			'font-size': 11,
			'font-style': 'italic',
			'font-family': FONT_STACK,
			color: '#555555'
		}
	},
	{
		selector: 'edge.came-from',
		style: {
			width: 2,
			'line-color': '#555555',
			'line-style': 'dotted',
			'curve-style': 'straight',
			'target-arrow-shape': 'triangle',
			'target-arrow-color': '#555555',
			opacity: 1
		}
	},
	{
		selector: 'edge.formed',
		style: { 'line-outline-width': 1.5, 'line-outline-color': '#1d1d1f', opacity: 1 }
	},
	{
		selector: 'edge.dissolved',
		style: { 'line-style': 'dotted', opacity: 0.45 }
	},
	{ selector: '.dimmed', style: { opacity: 0.15 } },
	{ selector: 'edge.highlighted', style: { width: 6, opacity: 1 } },
	{
		selector: 'node[status].selected',
		style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 }
	}
];
