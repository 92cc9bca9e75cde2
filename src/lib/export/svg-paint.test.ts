import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinDataset } from '../data/builtin';
import { computeFlipbook } from '../graph/flipbook';
import { planAnimation, rangeKeys, storyKeys } from './animation';
import { DEFAULT_IMAGE_CHOICES } from './image';
import { pathBox, paintSvg, parseSvg, unescapeXml, type LayerSource } from './svg-paint';

describe('parseSvg', () => {
	it('reads elements, the attributes that paint, and texts with their entities read back', () => {
		const svg = parseSvg(
			'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img"><title>T</title>' +
				'<g id="a" class="b" fill="#123456"><text x="1" y="2">Ben &lt;B&gt; &amp; &#x41;&#66;</text>' +
				'<circle cx="1" cy="2" r="3"/></g></svg>'
		);
		expect(svg.attributes).toEqual({ width: '10', height: '10' });
		const [group] = svg.children;
		expect(group!.attributes).toEqual({ fill: '#123456' });
		expect(group!.children.map((c) => c.name)).toEqual(['text', 'circle']);
		expect(group!.children[0]!.text).toBe('Ben <B> & AB');
	});

	it('names what it cannot paint rather than painting something else', () => {
		expect(() => parseSvg('<svg><ellipse rx="1"/></svg>')).toThrow('cannot paint <ellipse>');
		expect(() => parseSvg('<svg><g filter="url(#f)"></g></svg>')).toThrow(
			'cannot paint the attribute filter of <g>'
		);
		expect(() => parseSvg('<svg><text>a<tspan>b</tspan></text></svg>')).toThrow(
			'a <text> holds an element'
		);
		expect(() => parseSvg('<svg><g></svg>')).toThrow('</svg> closes <g>');
	});

	it('reads every frame our writer makes: the built-in data month by month, and a story', () => {
		const flipbook = computeFlipbook(builtinDataset);
		const image = { ...DEFAULT_IMAGE_CHOICES, width: 1280, height: 720 };
		const positions = (month: string) => flipbook.positions[month] ?? {};
		const story = builtinDataset.stories![0]!;
		for (const keys of [
			rangeKeys(builtinDataset, builtinDataset.meta.start, builtinDataset.meta.end, 'month'),
			storyKeys(builtinDataset, story.id)!
		]) {
			const animation = planAnimation(builtinDataset, keys, positions, image);
			for (let i = 0; i < animation.frames.length; i++)
				expect(() => parseSvg(animation.svgOf(i)), `frame ${i}`).not.toThrow();
		}
	}, 60_000);
});

describe('unescapeXml', () => {
	it('reads back the five entities and character references, and leaves others', () => {
		expect(unescapeXml('&quot;&apos;&lt;&gt;&amp;lt; &#233; &#x1F600; &nbsp;')).toBe(
			`"'<>&lt; é 😀 &nbsp;`
		);
	});
});

describe('pathBox', () => {
	it('bounds absolute lines and curves by their points', () => {
		expect(pathBox('M-414.35 71.21L-347.89 -95.38')).toEqual([-414.35, -95.38, -347.89, 71.21]);
		expect(pathBox('M0 0Q10 -20 20 0Z')).toEqual([0, -20, 20, 0]);
		expect(pathBox('M1e1,2 L3,4')).toEqual([3, 2, 10, 4]);
	});

	it('gives up on relative commands, arcs and single-number commands', () => {
		expect(pathBox('m0 0l10 10')).toBeNull();
		expect(pathBox('M0 0A5 5 0 0 1 10 0')).toBeNull();
		expect(pathBox('M0 0H10')).toBeNull();
	});
});

/** A 2D context that records what is painted on it, with its transform as a canvas keeps it. */
class RecordingContext {
	calls: string[] = [];
	private matrix = [1, 0, 0, 1, 0, 0];
	private stack: number[][] = [];
	globalAlpha = 1;
	fillStyle = '';
	strokeStyle = '';
	lineWidth = 1;
	lineJoin = '';
	lineCap = '';
	font = '';
	textAlign = '';
	textBaseline = '';

	constructor(
		readonly name: string,
		readonly canvas = { width: 200, height: 100 }
	) {}

	save() {
		this.stack.push([...this.matrix, this.globalAlpha]);
	}
	restore() {
		const saved = this.stack.pop()!;
		this.matrix = saved.slice(0, 6);
		this.globalAlpha = saved[6]!;
	}
	getTransform() {
		const [a, b, c, d, e, f] = this.matrix;
		return { a, b, c, d, e, f };
	}
	setTransform(...m: [number, number, number, number, number, number] | [{ a: number }]) {
		if (m.length === 1) {
			const { a, b, c, d, e, f } = m[0] as ReturnType<RecordingContext['getTransform']>;
			this.matrix = [a!, b!, c!, d!, e!, f!];
		} else this.matrix = [...m];
	}
	transform(a: number, b: number, c: number, d: number, e: number, f: number) {
		const [A, B, C, D, E, F] = this.matrix as [number, number, number, number, number, number];
		this.matrix = [
			A * a + C * b,
			B * a + D * b,
			A * c + C * d,
			B * c + D * d,
			A * e + C * f + E,
			B * e + D * f + F
		];
	}
	translate(x: number, y: number) {
		this.transform(1, 0, 0, 1, x, y);
	}
	scale(x: number, y: number) {
		this.transform(x, 0, 0, y, 0, 0);
	}
	private record(what: string) {
		this.calls.push(`${what} alpha=${+this.globalAlpha.toFixed(3)} at=${this.matrix.join(',')}`);
	}
	fillRect(x: number, y: number, w: number, h: number) {
		this.record(`fillRect ${this.fillStyle} ${x},${y},${w},${h}`);
	}
	clearRect(x: number, y: number, w: number, h: number) {
		this.record(`clearRect ${x},${y},${w},${h}`);
	}
	fill(path: { what: string }) {
		this.record(`fill ${this.fillStyle} ${path.what}`);
	}
	stroke(path: { what: string }) {
		this.record(`stroke ${this.strokeStyle} ${path.what}`);
	}
	setLineDash(dash: number[]) {
		void dash;
	}
	measureText(text: string) {
		return { width: text.length * 10 };
	}
	fillText(text: string, x: number, y: number) {
		this.record(`fillText ${this.fillStyle} ${this.textAlign} ${text} ${x},${y}`);
	}
	strokeText(text: string, x: number, y: number) {
		this.record(`strokeText ${this.strokeStyle} ${text} ${x},${y}`);
	}
	drawImage(source: { name?: string }, ...box: number[]) {
		void source;
		this.record(`drawImage ${box.join(',')}`);
	}
}

/** Path2D as the painter builds it, written out. */
class RecordingPath {
	what: string;
	constructor(d?: string) {
		this.what = d ?? '';
	}
	arc(x: number, y: number, r: number) {
		this.what += `arc ${x},${y},${r}`;
	}
	rect(x: number, y: number, w: number, h: number) {
		this.what += `rect ${x},${y},${w},${h}`;
	}
	roundRect(x: number, y: number, w: number, h: number, r: number) {
		this.what += `roundRect ${x},${y},${w},${h},${r}`;
	}
	moveTo(x: number, y: number) {
		this.what += `M${x},${y}`;
	}
	lineTo(x: number, y: number) {
		this.what += `L${x},${y}`;
	}
}

describe('paintSvg', () => {
	const real = globalThis.Path2D;
	beforeAll(() => {
		globalThis.Path2D = RecordingPath as unknown as typeof Path2D;
	});
	afterAll(() => {
		globalThis.Path2D = real;
	});

	const paint = (svg: string) => {
		const picture = new RecordingContext('picture');
		const layer = new RecordingContext('layer');
		const layers: LayerSource = { layer: () => layer as unknown as CanvasRenderingContext2D };
		paintSvg(picture as unknown as CanvasRenderingContext2D, parseSvg(svg), layers);
		return { picture: picture.calls, layer: layer.calls };
	};

	it('starts white, scales the view box to the canvas, and paints in document order', () => {
		const { picture } = paint(
			'<svg viewBox="0 0 100 50"><rect x="1" y="2" width="3" height="4" rx="1" fill="#f00" stroke="#00f" stroke-width="2"/>' +
				'<g transform="translate(10 5) scale(2)"><line x1="0" y1="0" x2="1" y2="1" stroke="#0f0"/></g></svg>'
		);
		expect(picture).toEqual([
			'fillRect #ffffff 0,0,200,100 alpha=1 at=1,0,0,1,0,0',
			'fill #f00 roundRect 1,2,3,4,1 alpha=1 at=2,0,0,2,0,0',
			'stroke #00f roundRect 1,2,3,4,1 alpha=1 at=2,0,0,2,0,0',
			'stroke #0f0 M0,0L1,1 alpha=1 at=4,0,0,4,20,10'
		]);
	});

	it('inherits fill and font from groups, writes a halo under its text, and fills paths black by default as SVG does', () => {
		const { picture } = paint(
			'<svg width="200" height="100"><g fill="#333" font-size="12"><text x="5" y="6" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">Ann</text></g>' +
				'<path d="M0 0L1 1"/><g fill="none"><path d="M0 0L2 2" stroke="#f00" stroke-opacity="0.5"/></g></svg>'
		);
		expect(picture.slice(1)).toEqual([
			'strokeText #fff Ann 5,6 alpha=1 at=1,0,0,1,0,0',
			'fillText #333 center Ann 5,6 alpha=1 at=1,0,0,1,0,0',
			'fill #000000 M0 0L1 1 alpha=1 at=1,0,0,1,0,0',
			'stroke #f00 M0 0L2 2 alpha=0.5 at=1,0,0,1,0,0'
		]);
	});

	it('paints a faded group on a layer and lays on only what it covers, at its opacity', () => {
		const { picture, layer } = paint(
			'<svg width="200" height="100"><g transform="translate(50 20)" opacity="0.4">' +
				'<circle cx="0" cy="0" r="10" fill="#f00"/><circle cx="5" cy="0" r="10" fill="#00f"/></g>' +
				'<circle cx="1" cy="1" r="1" opacity="0.5" fill="#0f0"/></svg>'
		);
		// On the layer, at full strength: the second circle covers the first where they overlap.
		expect(layer).toEqual([
			'fill #f00 arc 0,0,10 alpha=1 at=1,0,0,1,50,20',
			'fill #00f arc 5,0,10 alpha=1 at=1,0,0,1,50,20',
			// 40 - 1 (stroke width) - 2 (antialiasing) to 65 + 1 + 2, 10 - 3 to 30 + 3.
			'clearRect 37,7,31,26 alpha=1 at=1,0,0,1,0,0'
		]);
		expect(picture.slice(1)).toEqual([
			'drawImage 37,7,31,26,37,7,31,26 alpha=0.4 at=1,0,0,1,0,0',
			// A single shape takes its opacity directly.
			'fill #0f0 arc 1,1,1 alpha=0.5 at=1,0,0,1,0,0'
		]);
	});
});
