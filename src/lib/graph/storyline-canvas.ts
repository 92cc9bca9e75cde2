import { ALLIANCE_LINE, ATTENTION, INK, STORYLINE } from './encoding';
import {
	backgroundOpacity,
	drawingOrder,
	lineEmphasis,
	haloFor,
	shownLabels,
	type StorylineEmphasis
} from './storyline-emphasis';
import type { StorylineGeometry } from './storyline-geometry';

/** A 2D context of a canvas on the page or of an `OffscreenCanvas` in a worker. */
export type StorylineContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A font as the canvas wants it, in the app's stack. */
const font = (size: number, bold: boolean, family: string) =>
	`${bold ? 'bold ' : ''}${size}px ${family}`;

/**
 * Paints the storyline's geometry on a canvas, as the explorer's SVG draws it: bands, ribbons,
 * each person's line in the styles of their Politburo status (with a paper halo), then names,
 * under `emphasis` (see `lineEmphasis`). `path` turns SVG path data into a `Path2D`; a worker
 * passes one that keeps them, so that a redraw for another selection parses nothing again.
 * The cursor is not painted: the page moves it over the canvas.
 */
export function paintStoryline(
	context: StorylineContext,
	geometry: StorylineGeometry,
	emphasis: StorylineEmphasis,
	path: (d: string) => Path2D,
	fontFamily: string
): void {
	const { widths } = geometry;
	const s = geometry.frame.scale;
	const faded = backgroundOpacity(emphasis);
	context.lineJoin = 'round';
	context.lineCap = 'butt';

	for (const band of geometry.bands) {
		if (!band.d) continue;
		const area = path(band.d);
		context.setLineDash([]);
		context.globalAlpha = STORYLINE.bandFillOpacity * faded;
		context.fillStyle = band.colour;
		context.fill(area);
		context.globalAlpha = STORYLINE.bandStrokeOpacity * faded;
		context.strokeStyle = band.colour;
		context.lineWidth = STORYLINE.bandStrokeWidth * s;
		context.stroke(area);
	}

	for (const ribbon of geometry.ribbons) {
		const area = path(ribbon.d);
		context.setLineDash([]);
		context.globalAlpha = STORYLINE.ribbon.fillOpacity * faded;
		context.fillStyle = ribbon.colour;
		context.fill(area);
		context.globalAlpha = STORYLINE.ribbon.strokeOpacity * faded;
		context.strokeStyle = ribbon.colour;
		context.lineWidth = STORYLINE.ribbon.strokeWidth * s;
		context.setLineDash((ALLIANCE_LINE[ribbon.kind].dash ?? []).map((d) => d * s * 0.7));
		context.stroke(area);
	}

	for (const line of drawingOrder(geometry.lines, emphasis)) {
		const style = lineEmphasis(emphasis, line.person);
		if (line.person === emphasis.selected) {
			// The graph's glow of a selected person, along the whole line.
			context.setLineDash([]);
			context.globalAlpha = STORYLINE.emphasis.glowOpacity;
			context.strokeStyle = ATTENTION.selected.colour;
			context.lineWidth = widths.full * style.width + STORYLINE.emphasis.glowWidth * s;
			context.stroke(path(line.d));
		}
		context.globalAlpha = style.opacity;
		for (const piece of line.pieces) {
			const route = path(piece.d);
			const width = widths[piece.status] * style.width;
			context.setLineDash([]);
			if (piece.status !== 'outside') {
				context.strokeStyle = INK.paper;
				context.lineWidth = width + 2 * haloFor(width);
				context.stroke(route);
			}
			context.strokeStyle = piece.colour;
			context.lineWidth = width;
			if (piece.status === 'outside')
				context.setLineDash(STORYLINE.line.outside.dash.map((d) => d * s));
			context.stroke(route);
			if (piece.status === 'candidate') {
				const core = width - 2 * STORYLINE.line.candidate.stroke * s;
				if (core > 0.3) {
					context.strokeStyle = INK.paper;
					context.lineWidth = core;
					context.stroke(route);
				}
			}
		}
	}

	context.setLineDash([]);
	const labels = shownLabels(geometry, emphasis);
	context.strokeStyle = STORYLINE.label.leader.colour;
	context.lineWidth = STORYLINE.label.leader.width * s;
	for (const { kind, id, leader } of labels) {
		if (!leader) continue;
		context.globalAlpha = kind === 'person' ? lineEmphasis(emphasis, id).opacity : faded;
		context.beginPath();
		context.moveTo(leader.x1, leader.y1);
		context.lineTo(leader.x2, leader.y2);
		context.stroke();
	}
	context.textBaseline = 'alphabetic';
	context.textAlign = 'start';
	for (const label of labels) {
		const style =
			label.kind === 'person'
				? lineEmphasis(emphasis, label.id)
				: { opacity: faded, bold: label.bold };
		context.globalAlpha = style.opacity;
		context.font = font(label.size, label.bold || style.bold, fontFamily);
		context.strokeStyle = INK.paper;
		context.lineWidth = STORYLINE.label.haloWidth * s;
		context.globalAlpha = style.opacity * STORYLINE.label.haloOpacity;
		context.strokeText(label.text, label.x, label.y);
		context.globalAlpha = style.opacity;
		context.fillStyle = label.colour;
		context.fillText(label.text, label.x, label.y);
	}
	context.globalAlpha = 1;
}
