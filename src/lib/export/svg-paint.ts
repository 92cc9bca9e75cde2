/**
 * Paints the SVG our writers make (`svg.ts` and the writers it calls) on a 2D canvas, without the
 * browser's SVG image decoder: the frames of an animation are drawn in a few milliseconds each,
 * in small tasks, instead of one SVG document per frame parsed, styled and rasterised at once on
 * the page's main thread.
 *
 * It reads only what those writers write: `svg`, `g`, `rect`, `circle`, `line`, `path` and
 * `text`, with presentation attributes (`PAINTED_ATTRIBUTES`); a unit test checks every frame of
 * the built-in data against that list, so a writer that starts using anything else fails there
 * rather than drawing something else here.
 */

/** One element of the SVG, with its attributes and, for a text, its characters. */
export interface SvgNode {
	name: string;
	attributes: Record<string, string>;
	children: SvgNode[];
	text: string;
}

/** The elements painted; `title` and `desc` are read and skipped. */
export const PAINTED_ELEMENTS = new Set(['svg', 'g', 'rect', 'circle', 'line', 'path', 'text']);
const SKIPPED_ELEMENTS = new Set(['title', 'desc']);

/** The attributes that change what is painted; others (`id`, `class`, ARIA) change nothing. */
export const PAINTED_ATTRIBUTES = new Set([
	'width',
	'height',
	'viewBox',
	'x',
	'y',
	'rx',
	'cx',
	'cy',
	'r',
	'x1',
	'y1',
	'x2',
	'y2',
	'd',
	'transform',
	'opacity',
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linejoin',
	'stroke-linecap',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor'
]);
const IGNORED_ATTRIBUTES = /^(id|class|role|xmlns(:\w+)?|aria-[\w-]+)$/;

const TAG = /<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML's five entities and character references read back. */
export function unescapeXml(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
		if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
		return ENTITIES[name] ?? whole;
	});
}

/**
 * The tree of an SVG our writers made.
 * @throws Error naming the element or attribute if it holds anything this painter cannot draw.
 */
export function parseSvg(svg: string): SvgNode {
	const root: SvgNode = { name: '#document', attributes: {}, children: [], text: '' };
	const open: SvgNode[] = [root];
	let textFrom = -1;
	TAG.lastIndex = 0;
	for (let match = TAG.exec(svg); match; match = TAG.exec(svg)) {
		const [whole, closing, name, attributeSource, selfClosing] = match;
		if (!name) continue;
		const parent = open[open.length - 1]!;
		if (closing) {
			if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
			if (name === 'text') parent.text = unescapeXml(svg.slice(textFrom, match.index));
			open.pop();
			continue;
		}
		if (parent.name === 'text') throw new Error('a <text> holds an element: cannot paint it');
		const skipped = SKIPPED_ELEMENTS.has(name);
		if (!skipped && !PAINTED_ELEMENTS.has(name)) throw new Error(`cannot paint <${name}>`);
		const attributes: Record<string, string> = {};
		for (const [, key, value] of attributeSource!.matchAll(ATTRIBUTE)) {
			if (IGNORED_ATTRIBUTES.test(key!)) continue;
			if (!skipped && !PAINTED_ATTRIBUTES.has(key!))
				throw new Error(`cannot paint the attribute ${key} of <${name}>`);
			attributes[key!] = unescapeXml(value!);
		}
		const node: SvgNode = { name, attributes, children: [], text: '' };
		if (!skipped) parent.children.push(node);
		if (!selfClosing) {
			open.push(node);
			textFrom = match.index + whole.length;
		}
	}
	if (open.length !== 1) throw new Error(`<${open[open.length - 1]!.name}> is not closed`);
	const svgRoot = root.children[0];
	if (!svgRoot || svgRoot.name !== 'svg') throw new Error('not an SVG');
	return svgRoot;
}

/** What an element inherits from its parents (SVG's inherited presentation properties). */
interface Inherited {
	fill: string;
	fillOpacity: number;
	stroke: string;
	strokeWidth: number;
	strokeOpacity: number;
	dash: number[];
	lineJoin: CanvasLineJoin;
	lineCap: CanvasLineCap;
	strokeFirst: boolean;
	fontFamily: string;
	fontSize: number;
	fontWeight: string;
	fontStyle: string;
	anchor: CanvasTextAlign;
}

const INITIAL: Inherited = {
	fill: '#000000',
	fillOpacity: 1,
	stroke: 'none',
	strokeWidth: 1,
	strokeOpacity: 1,
	dash: [],
	lineJoin: 'miter',
	lineCap: 'butt',
	strokeFirst: false,
	fontFamily: 'sans-serif',
	fontSize: 16,
	fontWeight: 'normal',
	fontStyle: 'normal',
	anchor: 'left'
};

const ANCHORS: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };

function inherit(parent: Inherited, a: Record<string, string>): Inherited {
	const number = (key: string, fallback: number) => (key in a ? Number(a[key]) : fallback);
	return {
		fill: a.fill ?? parent.fill,
		fillOpacity: number('fill-opacity', parent.fillOpacity),
		stroke: a.stroke ?? parent.stroke,
		strokeWidth: number('stroke-width', parent.strokeWidth),
		strokeOpacity: number('stroke-opacity', parent.strokeOpacity),
		dash:
			a['stroke-dasharray'] === undefined
				? parent.dash
				: a['stroke-dasharray'] === 'none'
					? []
					: a['stroke-dasharray'].split(/[\s,]+/).map(Number),
		lineJoin: (a['stroke-linejoin'] as CanvasLineJoin | undefined) ?? parent.lineJoin,
		lineCap: (a['stroke-linecap'] as CanvasLineCap | undefined) ?? parent.lineCap,
		strokeFirst:
			a['paint-order'] === undefined ? parent.strokeFirst : a['paint-order'].startsWith('stroke'),
		fontFamily: a['font-family'] ?? parent.fontFamily,
		fontSize: number('font-size', parent.fontSize),
		fontWeight: a['font-weight'] ?? parent.fontWeight,
		fontStyle: a['font-style'] ?? parent.fontStyle,
		anchor: ANCHORS[a['text-anchor'] ?? ''] ?? parent.anchor
	};
}

/** A `transform` of translations and scalings, as the writers write it, applied to `context`. */
function applyTransform(context: Context, transform: string) {
	for (const [, kind, args] of transform.matchAll(/(\w+)\(([^)]*)\)/g)) {
		const values = args!
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number);
		if (kind === 'translate') context.translate(values[0] ?? 0, values[1] ?? 0);
		else if (kind === 'scale') context.scale(values[0] ?? 1, values[1] ?? values[0] ?? 1);
		else if (kind === 'matrix' && values.length === 6)
			context.transform(values[0]!, values[1]!, values[2]!, values[3]!, values[4]!, values[5]!);
		else throw new Error(`cannot paint the transform ${kind}()`);
	}
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A canvas to paint a group with an `opacity` on, before it is laid on the picture at once. */
export interface LayerSource {
	/** A canvas of the picture's size, transparent, for groups nested `depth` deep. */
	layer(depth: number): Context;
}

/**
 * The device pixels a layer's painting has touched so far, so that laying it on the picture
 * and clearing it after cost what the group covers, not the whole canvas.
 */
class Extent {
	x1 = Infinity;
	y1 = Infinity;
	x2 = -Infinity;
	y2 = -Infinity;

	/** Adds a box in `context`'s user space, widened by `pad` user units (strokes, halos). */
	add(context: Context, x1: number, y1: number, x2: number, y2: number, pad: number) {
		const m = context.getTransform();
		for (const [x, y] of [
			[x1 - pad, y1 - pad],
			[x2 + pad, y1 - pad],
			[x1 - pad, y2 + pad],
			[x2 + pad, y2 + pad]
		] as const) {
			const dx = m.a * x + m.c * y + m.e;
			const dy = m.b * x + m.d * y + m.f;
			this.x1 = Math.min(this.x1, dx);
			this.y1 = Math.min(this.y1, dy);
			this.x2 = Math.max(this.x2, dx);
			this.y2 = Math.max(this.y2, dy);
		}
	}

	/** The whole canvas: for shapes whose box is not worked out. */
	addAll() {
		this.x1 = this.y1 = -Infinity;
		this.x2 = this.y2 = Infinity;
	}

	/** Adds a box already in device pixels. */
	addPixels(x: number, y: number, width: number, height: number) {
		this.x1 = Math.min(this.x1, x);
		this.y1 = Math.min(this.y1, y);
		this.x2 = Math.max(this.x2, x + width);
		this.y2 = Math.max(this.y2, y + height);
	}

	/** The touched pixels within a canvas of `width` × `height`, widened for antialiasing. */
	pixels(width: number, height: number) {
		const x = Math.max(0, Math.floor(this.x1) - 2);
		const y = Math.max(0, Math.floor(this.y1) - 2);
		return {
			x,
			y,
			width: Math.min(width, Math.ceil(this.x2) + 2) - x,
			height: Math.min(height, Math.ceil(this.y2) + 2) - y
		};
	}
}

/** What painting carries down the tree: where layers come from, and the extent being tracked. */
interface Painting {
	layers: LayerSource;
	/** The extent of the layer being painted, or null on the picture itself. */
	extent: Extent | null;
	depth: number;
}

/**
 * Paints `svg` (our writers' SVG) on `context`, filling its canvas; the picture starts white.
 * Groups with an `opacity` are painted on a layer from `layers` and laid on at that opacity, as
 * SVG composites them.
 */
export function paintSvg(context: Context, svg: SvgNode, layers: LayerSource) {
	const { width, height } = context.canvas;
	context.save();
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.globalAlpha = 1;
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, width, height);
	const viewBox = (svg.attributes.viewBox ?? `0 0 ${width} ${height}`).split(/[\s,]+/).map(Number);
	const [minX = 0, minY = 0, boxWidth = width, boxHeight = height] = viewBox;
	context.scale(width / boxWidth, height / boxHeight);
	context.translate(-minX, -minY);
	const style = inherit(INITIAL, svg.attributes);
	for (const child of svg.children)
		paintNode(context, child, style, { layers, extent: null, depth: 0 });
	context.restore();
}

function paintNode(context: Context, node: SvgNode, parentStyle: Inherited, painting: Painting) {
	const a = node.attributes;
	const style = inherit(parentStyle, a);
	const opacity = a.opacity === undefined ? 1 : Math.max(0, Math.min(1, Number(a.opacity)));
	if (opacity <= 0) return;
	if (opacity < 1 && node.children.length > 0) {
		paintLayered(context, node, style, opacity, painting);
		return;
	}
	context.save();
	if (a.transform) applyTransform(context, a.transform);
	const { extent } = painting;
	const number = (key: string) => Number(a[key] ?? 0);
	switch (node.name) {
		case 'g':
		case 'svg':
			for (const child of node.children) paintNode(context, child, style, painting);
			break;
		case 'rect': {
			const [x, y, w, h, rx] = [
				number('x'),
				number('y'),
				number('width'),
				number('height'),
				number('rx')
			];
			extent?.add(context, x, y, x + w, y + h, style.strokeWidth);
			shape(context, style, opacity, true, (path) =>
				rx > 0 ? path.roundRect(x, y, w, h, rx) : path.rect(x, y, w, h)
			);
			break;
		}
		case 'circle': {
			const [cx, cy, r] = [number('cx'), number('cy'), number('r')];
			extent?.add(context, cx - r, cy - r, cx + r, cy + r, style.strokeWidth);
			shape(context, style, opacity, true, (path) => path.arc(cx, cy, r, 0, 2 * Math.PI));
			break;
		}
		case 'line': {
			const [x1, y1, x2, y2] = [number('x1'), number('y1'), number('x2'), number('y2')];
			extent?.add(
				context,
				Math.min(x1, x2),
				Math.min(y1, y2),
				Math.max(x1, x2),
				Math.max(y1, y2),
				style.strokeWidth
			);
			shape(context, style, opacity, false, (path) => {
				path.moveTo(x1, y1);
				path.lineTo(x2, y2);
			});
			break;
		}
		case 'path': {
			const d = a.d ?? '';
			if (extent) {
				const box = pathBox(d);
				if (box) extent.add(context, box[0], box[1], box[2], box[3], style.strokeWidth);
				else extent.addAll();
			}
			shape(context, style, opacity, true, undefined, d);
			break;
		}
		case 'text':
			text(context, style, opacity, number('x'), number('y'), node.text, extent);
			break;
	}
	context.restore();
}

/**
 * Paints a group with an `opacity` as SVG does: on a layer of its own, laid on at that opacity,
 * so that its shapes do not show through one another.
 */
function paintLayered(
	context: Context,
	node: SvgNode,
	style: Inherited,
	opacity: number,
	painting: Painting
) {
	const layer = painting.layers.layer(painting.depth);
	const extent = new Extent();
	layer.save();
	layer.setTransform(context.getTransform());
	if (node.attributes.transform) applyTransform(layer, node.attributes.transform);
	const inner = { ...painting, extent, depth: painting.depth + 1 };
	for (const child of node.children) paintNode(layer, child, style, inner);
	layer.restore();
	const { x, y, width, height } = extent.pixels(layer.canvas.width, layer.canvas.height);
	if (width <= 0 || height <= 0) return;
	context.save();
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.globalAlpha = opacity;
	context.drawImage(layer.canvas, x, y, width, height, x, y, width, height);
	context.restore();
	layer.clearRect(x, y, width, height);
	// The group's pixels now count towards the layer it was laid on, if any.
	painting.extent?.addPixels(x, y, width, height);
}

/**
 * The box of a path written with absolute moves, lines and curves only (`M`, `L`, `Q`, `C`,
 * `Z`): a curve stays within its points' box. Null for anything else.
 */
export function pathBox(d: string): [number, number, number, number] | null {
	if (/[^MLQCZ\d\s.,eE+-]/.test(d)) return null;
	const numbers = d.match(/[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/g)?.map(Number) ?? [];
	if (numbers.length < 2 || numbers.length % 2) return null;
	let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let i = 0; i < numbers.length; i += 2) {
		x1 = Math.min(x1, numbers[i]!);
		x2 = Math.max(x2, numbers[i]!);
		y1 = Math.min(y1, numbers[i + 1]!);
		y2 = Math.max(y2, numbers[i + 1]!);
	}
	return [x1, y1, x2, y2];
}

/** Fills then strokes (or the other way round, by `paint-order`) one shape. */
function shape(
	context: Context,
	style: Inherited,
	alpha: number,
	filled: boolean,
	build?: (path: Path2D) => void,
	d?: string
) {
	const path = new Path2D(d);
	build?.(path);
	const fill = () => {
		if (!filled || style.fill === 'none') return;
		context.globalAlpha = alpha * style.fillOpacity;
		context.fillStyle = style.fill;
		context.fill(path);
	};
	const stroke = () => {
		if (style.stroke === 'none' || style.strokeWidth <= 0) return;
		strokeStyle(context, style, alpha);
		context.stroke(path);
	};
	if (style.strokeFirst) {
		stroke();
		fill();
	} else {
		fill();
		stroke();
	}
}

function strokeStyle(context: Context, style: Inherited, alpha: number) {
	context.globalAlpha = alpha * style.strokeOpacity;
	context.strokeStyle = style.stroke;
	context.lineWidth = style.strokeWidth;
	context.lineJoin = style.lineJoin;
	context.lineCap = style.lineCap;
	context.setLineDash(style.dash);
}

function text(
	context: Context,
	style: Inherited,
	alpha: number,
	x: number,
	y: number,
	content: string,
	extent: Extent | null
) {
	context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize}px ${style.fontFamily}`;
	context.textAlign = style.anchor;
	context.textBaseline = 'alphabetic';
	if (extent) {
		const width = context.measureText(content).width;
		const left =
			style.anchor === 'center' ? x - width / 2 : style.anchor === 'right' ? x - width : x;
		const pad = style.stroke === 'none' ? 0 : style.strokeWidth;
		extent.add(context, left, y - style.fontSize, left + width, y + style.fontSize / 2, pad);
	}
	const fill = () => {
		if (style.fill === 'none') return;
		context.globalAlpha = alpha * style.fillOpacity;
		context.fillStyle = style.fill;
		context.fillText(content, x, y);
	};
	const stroke = () => {
		if (style.stroke === 'none' || style.strokeWidth <= 0) return;
		strokeStyle(context, style, alpha);
		context.strokeText(content, x, y);
	};
	if (style.strokeFirst) {
		stroke();
		fill();
	} else {
		fill();
		stroke();
	}
}
