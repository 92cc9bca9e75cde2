import { bendControlPoint, edgeBends } from '../graph/edge-bends';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type PptxGenJS from 'pptxgenjs';
import type { Positions } from '../graph/arrange';
import { contentBox, factionBoxes, fitInto, type Box } from '../graph/boxes';
import { graphModelOf, hubPositions, withHubPositions, type GraphModel } from '../graph/elements';
import {
	ALLIANCE_LINE,
	EDGE,
	FACTION,
	HUB,
	FIT,
	INK,
	PERSON_LABEL,
	STATUS_GLYPH,
	isCrowded,
	personGlyph,
	selectedHalo
} from '../graph/encoding';
import { legendOf, type Shape } from '../graph/legend';
import { legendLayout, type LegendText } from '../graph/legend-layout';
import { pageLayout } from '../graph/page-layout';
import { estimateTextWidth } from '../graph/text';
import type { Dataset } from '../model/schema';
import { filterSnapshot, snapshotAt } from '../model/snapshot';
import { formatDate } from '../model/time';
import { slideNotes, type DeckPlan, type PositionsAt } from './deck';
import { sourceLineOf } from './image';
import { withoutXmlForbidden } from './xml';

/**
 * The slide deck writer: a 16:9 PowerPoint deck (`.pptx`) of a `DeckPlan`, each slide the page
 * the SVG writer draws (the same layout, geometry and visual vocabulary), but as native shapes a
 * teacher can edit: faction boxes named `faction-<id>`, one glyph per person named
 * `person-<id>`, one line per alliance edge named `edge-<alliance>-<a>-<b>`, text boxes for
 * names, title, date, caption, legend and source line, and speaker notes (`slideNotes`).
 */

/** The page each slide is laid out on, in the SVG writer's pixels: a 16:9 image. */
export const DECK_PAGE = { width: 1920, height: 1080 } as const;

/** PowerPoint's widescreen slide, in inches; one page pixel is 1/144 inch, half a point. */
const SLIDE = { width: 13.333, height: 7.5, layout: 'LAYOUT_WIDE' } as const;
const INCH_PER_PX = SLIDE.width / DECK_PAGE.width;
const POINT_PER_PX = INCH_PER_PX * 72;

/**
 * One face for every text: Arial is in the app's font stack and every slide program has it
 * (LibreOffice reads it as the metric-equal Liberation Sans).
 */
const FONT_FACE = 'Arial';

const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();
const inches = (px: number) => Math.round(px * INCH_PER_PX * 10000) / 10000;
const points = (px: number) => Math.round(px * POINT_PER_PX * 100) / 100;
const transparency = (opacity: number) => Math.round((1 - opacity) * 100);
const clean = (text: string) => withoutXmlForbidden(text);

/** The slide program's dash closest to an SVG dash pattern (patterns scale with the line). */
function dashTypeOf(
	pattern: readonly number[] | undefined
): 'solid' | 'dash' | 'sysDot' | 'lgDashDot' {
	if (!pattern || pattern.length === 0) return 'solid';
	if (pattern.length >= 4) return 'lgDashDot';
	return pattern[0]! <= 1 ? 'sysDot' : 'dash';
}

/** Maps model units of a graph to page pixels: the SVG writer's fit of the graph's area. */
interface Frame {
	x: (mx: number) => number;
	y: (my: number) => number;
	scale: number;
}

type Slide = PptxGenJS.Slide;

/** Text placed by its baseline, as SVG places it, in a box the slide program fills from the top. */
function addText(
	slide: Slide,
	text: string,
	at: { x: number; y: number; size: number },
	options: {
		name?: string;
		bold?: boolean;
		colour?: string;
		align?: 'left' | 'center';
		width?: number;
		halo?: { width: number; opacity: number };
	} = {}
) {
	const width = options.width ?? estimateTextWidth(text, at.size, options.bold) * 1.15 + at.size;
	const left = options.align === 'center' ? at.x - width / 2 : at.x;
	slide.addText(clean(text), {
		x: inches(left),
		y: inches(at.y - at.size * 1.05),
		w: inches(width),
		h: inches(at.size * 1.35),
		margin: 0,
		valign: 'bottom',
		align: options.align ?? 'left',
		fontFace: FONT_FACE,
		fontSize: points(at.size),
		bold: options.bold ?? false,
		color: hex(options.colour ?? INK.text),
		wrap: false,
		...(options.name ? { objectName: options.name } : {}),
		...(options.halo
			? {
					glow: {
						size: points(options.halo.width / 2),
						opacity: options.halo.opacity,
						color: hex(INK.paper)
					}
				}
			: {})
	});
}

/** A straight line from `a` to `b` in page pixels, as a line shape (flipped to run either way). */
function addLine(
	slide: Slide,
	a: readonly [number, number],
	b: readonly [number, number],
	line: PptxGenJS.ShapeLineProps,
	name?: string
) {
	slide.addShape('line', {
		x: inches(Math.min(a[0], b[0])),
		y: inches(Math.min(a[1], b[1])),
		w: inches(Math.abs(b[0] - a[0])),
		h: inches(Math.abs(b[1] - a[1])),
		flipH: b[0] < a[0] !== b[1] < a[1] && a[0] !== b[0] && a[1] !== b[1],
		line,
		...(name ? { objectName: name } : {})
	});
}

function addFactions(slide: Slide, model: GraphModel, boxes: Map<string, Box>, f: Frame) {
	for (const faction of model.factions) {
		const box = boxes.get(faction.id);
		if (!box) continue;
		const [x1, y1, x2, y2] = [f.x(box.x1), f.y(box.y1), f.x(box.x2), f.y(box.y2)];
		slide.addShape('roundRect', {
			x: inches(x1),
			y: inches(y1),
			w: inches(x2 - x1),
			h: inches(y2 - y1),
			rectRadius: inches(FACTION.radius * f.scale),
			fill: { color: hex(faction.colour), transparency: transparency(FACTION.fillOpacity) },
			line: {
				color: hex(faction.colour),
				transparency: transparency(FACTION.strokeOpacity),
				width: points(FACTION.strokeWidth * f.scale)
			},
			objectName: `faction-${faction.id}`
		});
		addText(
			slide,
			faction.label,
			{ x: (x1 + x2) / 2, y: y1 - FACTION.labelGap * f.scale, size: FACTION.labelSize * f.scale },
			{
				name: `faction-${faction.id}-name`,
				bold: true,
				colour: faction.textColour,
				align: 'center'
			}
		);
	}
}

function addAlliances(slide: Slide, model: GraphModel, people: Positions, f: Frame) {
	const bends = edgeBends(model.edges);
	// Spokes start at their alliance's hub.
	const positions = withHubPositions(model, people);
	for (const edge of model.edges) {
		const from = positions[edge.source];
		const to = positions[edge.target];
		if (!from || !to) continue;
		const a = [f.x(from[0]), f.y(from[1])] as const;
		const b = [f.x(to[0]), f.y(to[1])] as const;
		const crowded = isCrowded(edge.members);
		const line: PptxGenJS.ShapeLineProps = {
			color: hex(edge.colour),
			width: points((crowded ? EDGE.crowdedWidth : EDGE.width) * f.scale),
			transparency: transparency(crowded ? EDGE.crowdedOpacity : EDGE.opacity),
			dashType: dashTypeOf(ALLIANCE_LINE[edge.kind].dash)
		};
		const name = `edge-${edge.alliance}-${edge.source}-${edge.target}`;
		// Parallel edges of one pair bend apart as the SVG writer bends them.
		const offset = (bends.get(edge.id) ?? 0) * f.scale;
		if (offset === 0) {
			addLine(slide, a, b, line, name);
			continue;
		}
		const c = bendControlPoint(a, b, edge.source < edge.target, offset);
		const x0 = Math.min(a[0], b[0], c[0]!);
		const y0 = Math.min(a[1], b[1], c[1]!);
		const x1 = Math.max(a[0], b[0], c[0]!);
		const y1 = Math.max(a[1], b[1], c[1]!);
		slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
			x: inches(x0),
			y: inches(y0),
			w: inches(Math.max(1, x1 - x0)),
			h: inches(Math.max(1, y1 - y0)),
			points: [
				{ x: inches(a[0] - x0), y: inches(a[1] - y0), moveTo: true },
				{
					x: inches(b[0] - x0),
					y: inches(b[1] - y0),
					curve: { type: 'quadratic', x1: inches(c[0]! - x0), y1: inches(c[1]! - y0) }
				}
			],
			line,
			objectName: name
		});
	}
}

/** Alliances drawn as stars: a diamond at each hub, named under it, as the SVG writer draws them. */
function addHubs(slide: Slide, model: GraphModel, positions: Positions, f: Frame) {
	const at = hubPositions(model, positions);
	for (const hub of model.hubs) {
		const point = at[hub.id];
		if (!point) continue;
		const [x, y] = [f.x(point[0]), f.y(point[1])];
		const r = (HUB.size / 2) * f.scale;
		slide.addShape('diamond' as PptxGenJS.SHAPE_NAME, {
			x: inches(x - r),
			y: inches(y - r),
			w: inches(2 * r),
			h: inches(2 * r),
			fill: { color: hex(hub.colour) },
			line: {
				color: hex(hub.textColour),
				width: points(HUB.strokeWidth * f.scale),
				dashType: dashTypeOf(ALLIANCE_LINE[hub.kind].dash)
			},
			objectName: `hub-${hub.alliance}`
		});
		addText(
			slide,
			hub.label,
			{
				x,
				y: y + r + (HUB.labelGap + HUB.labelSize * 0.95) * f.scale,
				size: HUB.labelSize * f.scale
			},
			{
				name: `hub-${hub.alliance}-name`,
				bold: true,
				colour: hub.textColour,
				align: 'center',
				halo: { width: PERSON_LABEL.haloWidth * f.scale, opacity: PERSON_LABEL.haloOpacity }
			}
		);
	}
}

/**
 * People: a glyph and a name each, and behind the glyph of `focus` (a story step's person) the
 * glow of the graph's selection, named `person-<id>-focus`.
 */
function addPeople(
	slide: Slide,
	model: GraphModel,
	positions: Positions,
	f: Frame,
	focus: string | undefined
) {
	for (const person of model.people) {
		const at = positions[person.id];
		if (!at) continue;
		const [x, y] = [f.x(at[0]), f.y(at[1])];
		const r = (person.size / 2) * f.scale;
		const glyph = personGlyph(person.status, person.colour);
		if (person.id === focus) {
			const halo = selectedHalo(person.size / 2);
			const radius = halo.radius * f.scale;
			slide.addShape('ellipse', {
				x: inches(x - radius),
				y: inches(y - radius),
				w: inches(2 * radius),
				h: inches(2 * radius),
				fill: { color: hex(halo.colour), transparency: transparency(halo.opacity) },
				line: { type: 'none' },
				objectName: `person-${person.id}-focus`
			});
		}
		slide.addShape('ellipse', {
			x: inches(x - r),
			y: inches(y - r),
			w: inches(2 * r),
			h: inches(2 * r),
			fill: { color: hex(glyph.fill) },
			line: {
				color: hex(glyph.stroke),
				width: points(glyph.strokeWidth * f.scale),
				dashType: dashTypeOf(glyph.dash)
			},
			objectName: `person-${person.id}`
		});
		const size = PERSON_LABEL.size * f.scale;
		addText(
			slide,
			person.label,
			{ x, y: y + r + (PERSON_LABEL.gap + PERSON_LABEL.size * 0.95) * f.scale, size },
			{
				name: `person-${person.id}-name`,
				colour: STATUS_GLYPH[person.status].labelColour,
				align: 'center',
				halo: { width: PERSON_LABEL.haloWidth * f.scale, opacity: PERSON_LABEL.haloOpacity }
			}
		);
	}
}

/** A legend glyph's primitive as a shape, moved by `x`, `y` and scaled by `scale` (page px). */
function addGlyphShape(
	slide: Slide,
	shape: Shape,
	place: { x: number; y: number; scale: number },
	name: string
) {
	const a = shape.attributes;
	const num = (key: string) => Number(a[key] ?? 0);
	const px = (v: number) => place.x + v * place.scale;
	const py = (v: number) => place.y + v * place.scale;
	const fillColour = typeof a.fill === 'string' && a.fill !== 'none' ? a.fill : undefined;
	const fill: PptxGenJS.ShapeFillProps = fillColour
		? {
				color: hex(fillColour),
				transparency: transparency(Number(a['fill-opacity'] ?? a.opacity ?? 1))
			}
		: { type: 'none' };
	const dash =
		typeof a['stroke-dasharray'] === 'string'
			? a['stroke-dasharray'].split(' ').map(Number)
			: undefined;
	const line: PptxGenJS.ShapeLineProps =
		typeof a.stroke === 'string'
			? {
					color: hex(a.stroke),
					width: points(num('stroke-width') * place.scale),
					transparency: transparency(Number(a.opacity ?? 1)),
					dashType: dashTypeOf(dash)
				}
			: { type: 'none' };
	switch (shape.tag) {
		case 'rect':
			slide.addShape(a.rx ? 'roundRect' : 'rect', {
				x: inches(px(num('x'))),
				y: inches(py(num('y'))),
				w: inches(num('width') * place.scale),
				h: inches(num('height') * place.scale),
				...(a.rx ? { rectRadius: inches(num('rx') * place.scale) } : {}),
				fill,
				line,
				objectName: name
			});
			return;
		case 'circle': {
			const r = num('r') * place.scale;
			slide.addShape('ellipse', {
				x: inches(px(num('cx')) - r),
				y: inches(py(num('cy')) - r),
				w: inches(2 * r),
				h: inches(2 * r),
				fill,
				line,
				objectName: name
			});
			return;
		}
		case 'line':
			addLine(slide, [px(num('x1')), py(num('y1'))], [px(num('x2')), py(num('y2'))], line, name);
			return;
		case 'path': {
			// Paths of the legend are closed polygons (`M x y L x y … Z`): the hub's diamond, the
			// comparison's arrowhead.
			const numbers = String(a.d ?? '')
				.split(/[^0-9.-]+/)
				.filter(Boolean)
				.map(Number);
			const corners = Array.from({ length: Math.floor(numbers.length / 2) }, (_, i) => [
				px(numbers[2 * i]!),
				py(numbers[2 * i + 1]!)
			]);
			if (corners.length < 3) return;
			const x0 = Math.min(...corners.map((c) => c[0]!));
			const y0 = Math.min(...corners.map((c) => c[1]!));
			const x1 = Math.max(...corners.map((c) => c[0]!));
			const y1 = Math.max(...corners.map((c) => c[1]!));
			slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
				x: inches(x0),
				y: inches(y0),
				w: inches(Math.max(0.01, x1 - x0)),
				h: inches(Math.max(0.01, y1 - y0)),
				points: [
					...corners.map(([x, y], i) => ({
						x: inches(x! - x0),
						y: inches(y! - y0),
						...(i === 0 ? { moveTo: true } : {})
					})),
					{ close: true }
				],
				fill,
				line,
				objectName: name
			});
			return;
		}
	}
}

function addLegend(
	slide: Slide,
	dataset: Dataset,
	alliances: Parameters<typeof legendOf>[1],
	place: { x: number; y: number; width: number },
	u: number
) {
	const content = legendOf(dataset, alliances, { alliancesHeading: 'Alliances this month' });
	const { pieces } = legendLayout(content, place.x, place.y, place.width, u);
	const text = (piece: LegendText, name?: string) =>
		addText(slide, piece.text, piece, {
			...(name ? { name } : {}),
			bold: piece.bold ?? false,
			colour: piece.colour ?? INK.text,
			width: place.x + place.width - piece.x
		});
	for (const piece of pieces) {
		if (piece.kind === 'text') {
			text(piece, piece.id);
			continue;
		}
		piece.glyph.shapes.forEach((shape, i) =>
			addGlyphShape(slide, shape, piece.glyph, `${piece.id}-glyph${i ? `-${i + 1}` : ''}`)
		);
		piece.texts.forEach((line, i) => text(line, `${piece.id}-${line.role}${i ? `-${i + 1}` : ''}`));
	}
}

/** Adds one slide of the graph at `month`: page texts, legend, then factions, edges, people. */
function addGraphSlide(
	deck: PptxGenJS,
	dataset: Dataset,
	plan: DeckPlan,
	index: number,
	positionsAt: PositionsAt
) {
	const step = plan.slides[index]!;
	const snapshot = filterSnapshot(snapshotAt(dataset, step.month), step.show);
	const model = graphModelOf(snapshot, dataset.factions);
	const positions = positionsAt(snapshot.at);
	const source = sourceLineOf(dataset);
	const date = formatDate(step.at);
	const layout = pageLayout({
		...DECK_PAGE,
		title: plan.title,
		subtitle: date,
		legend: true,
		...(step.caption ? { notes: [step.caption] } : {}),
		source
	});
	const slide = deck.addSlide();
	slide.background = { color: hex(INK.paper) };
	if (layout.title)
		addText(slide, plan.title, layout.title, { name: 'title', bold: true, width: DECK_PAGE.width });
	if (layout.subtitle)
		addText(slide, date, layout.subtitle, { name: 'date', colour: INK.subtitle });
	if (layout.source)
		addText(slide, source, layout.source, {
			name: 'source',
			colour: INK.quiet,
			width: DECK_PAGE.width
		});
	layout.notes?.lines.forEach((line, i) =>
		addText(
			slide,
			line.text,
			{ x: layout.notes!.x, y: line.y, size: layout.notes!.size },
			{ name: `caption${i ? `-${i + 1}` : ''}`, width: layout.area.x2 - layout.notes!.x }
		)
	);
	if (layout.legend) addLegend(slide, dataset, snapshot.alliances, layout.legend, layout.u);

	const boxes = factionBoxes(model, positions);
	const fit = fitInto(
		contentBox(model, positions, boxes),
		layout.area,
		FIT.maxZoom * Math.max(1, layout.u)
	);
	const frame: Frame = {
		x: (mx) => fit.x + mx * fit.scale,
		y: (my) => fit.y + my * fit.scale,
		scale: fit.scale
	};
	addFactions(slide, model, boxes, frame);
	addAlliances(slide, model, positions, frame);
	addHubs(slide, model, positions, frame);
	addPeople(slide, model, positions, frame, step.focus);
	slide.addNotes(slideNotes(dataset, snapshot, step));
}

/**
 * The deck of `plan` as `.pptx` bytes: a title slide (title, subtitle, source line), then one
 * slide per step or date at the positions `positionsAt` gives (the explorer's). pptxgenjs is
 * loaded on first use, so the app only fetches it when a deck is asked for. `onSlide` is awaited
 * after each slide with how many are drawn of how many: the app shows progress and lets the page
 * breathe there, and stops the deck by throwing from it.
 */
export async function writeDeck(
	dataset: Dataset,
	plan: DeckPlan,
	positionsAt: PositionsAt,
	onSlide?: (done: number, total: number) => Promise<void> | void
): Promise<Uint8Array> {
	const { default: Pptx } = await import('pptxgenjs');
	const deck = new Pptx();
	deck.layout = SLIDE.layout;
	deck.title = clean(plan.title);
	deck.subject = clean(plan.subtitle);
	const layout = pageLayout({ ...DECK_PAGE, source: sourceLineOf(dataset) });
	const first = deck.addSlide();
	first.background = { color: hex(INK.paper) };
	addText(
		first,
		plan.title,
		{ x: layout.margin * 3, y: DECK_PAGE.height * 0.42, size: 72 * layout.u },
		{ name: 'title', bold: true, width: DECK_PAGE.width - 6 * layout.margin }
	);
	first.addText(clean(plan.subtitle), {
		x: inches(layout.margin * 3),
		y: inches(DECK_PAGE.height * 0.47),
		w: inches(DECK_PAGE.width - 6 * layout.margin),
		h: inches(DECK_PAGE.height * 0.3),
		margin: 0,
		valign: 'top',
		fontFace: FONT_FACE,
		fontSize: points(30 * layout.u),
		color: hex(INK.subtitle),
		objectName: 'subtitle'
	});
	if (layout.source)
		addText(first, sourceLineOf(dataset), layout.source, {
			name: 'source',
			colour: INK.quiet,
			width: DECK_PAGE.width
		});
	for (const index of plan.slides.keys()) {
		addGraphSlide(deck, dataset, plan, index, positionsAt);
		await onSlide?.(index + 1, plan.slides.length);
	}
	// pptxgenjs leaves its zip uncompressed when asked for bytes: deflate it once more, keeping
	// the order of the parts ([Content_Types].xml first).
	const stored = (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
	const parts: Zippable = {};
	for (const [name, data] of Object.entries(unzipSync(stored))) parts[name] = [data, { level: 6 }];
	return zipSync(parts, { mtime: new Date(Date.UTC(2000, 0, 1)) });
}
