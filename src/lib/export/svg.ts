import { contentBox, factionBoxes, fitInto, union } from '../graph/boxes';
import { CSS_FONT_STACK, FIT, INK } from '../graph/encoding';
import type { LegendContent } from '../graph/legend';
import { pageLayout } from '../graph/page-layout';
import { graphMarkup, type SvgPanel } from './svg-graph';
import { legendMarkup } from './svg-legend';
import { escapeXml, formatNumber as n } from './xml';

/**
 * The SVG writer's page: lays out the title, the date, the legend, lines of text and a source
 * line around one or more graphs drawn in the visual vocabulary (graph/encoding.ts). It depends
 * only on positions, so it runs in the browser and in Node alike.
 */

export type { SvgPanel } from './svg-graph';

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

/** A page laid out by `svgPage`: its markup so far, and the area left for the drawing. */
export interface SvgPage {
	/** The opening `<svg>`, title, background, texts and legend; close with `</svg>`. */
	parts: string[];
	/** What the texts and the legend leave for the drawing, in pixels. */
	area: { x1: number; y1: number; x2: number; y2: number };
	/** The page's unit: sizes of texts and margins are multiples of it (1 at 1920 × 1080). */
	u: number;
	margin: number;
}

/**
 * The page every exported image shares: the `<svg>` element with its accessible title, the
 * background, the title and date at the top, the source line at the bottom, the legend on the
 * right and `notes` over the source line. Returns the markup and the area left for a drawing.
 */
export function svgPage(options: SvgImageOptions): SvgPage {
	const { width, height } = options;
	const layout = pageLayout({ ...options, legend: Boolean(options.legend) });
	const { u, margin } = layout;
	const parts: string[] = [];
	const heading = [options.title, options.subtitle].filter(Boolean).join(' — ');

	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CSS_FONT_STACK}" role="img"${heading ? ' aria-labelledby="image-title"' : ''}>`
	);
	if (heading) parts.push(`<title id="image-title">${escapeXml(heading)}</title>`);
	if (options.background === 'white')
		parts.push(`<rect id="background" width="${width}" height="${height}" fill="${INK.paper}"/>`);

	if (options.title && layout.title) {
		const { x, y, size } = layout.title;
		parts.push(
			`<text id="title" x="${n(x)}" y="${n(y)}" font-size="${n(size)}" font-weight="bold" fill="${INK.text}">${escapeXml(options.title)}</text>`
		);
	}
	if (options.subtitle && layout.subtitle) {
		const { x, y, size } = layout.subtitle;
		parts.push(
			`<text id="date" x="${n(x)}" y="${n(y)}" font-size="${n(size)}" fill="${INK.subtitle}">${escapeXml(options.subtitle)}</text>`
		);
	}
	if (options.source && layout.source) {
		const { x, y, size } = layout.source;
		parts.push(
			`<text id="source" x="${n(x)}" y="${n(y)}" font-size="${n(size)}" fill="${INK.quiet}">${escapeXml(options.source)}</text>`
		);
	}
	if (options.legend && layout.legend) {
		const { x, y, width: legendWidth } = layout.legend;
		parts.push(legendMarkup(options.legend, x, y, legendWidth, u).markup);
	}
	if (layout.notes) {
		const { x, size, lines } = layout.notes;
		parts.push(`<g id="notes" font-size="${n(size)}" fill="${INK.text}">`);
		for (const line of lines)
			parts.push(`<text x="${n(x)}" y="${n(line.y)}">${escapeXml(line.text)}</text>`);
		parts.push('</g>');
	}
	return { parts, area: layout.area, u, margin };
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
	const { parts, area, u, margin } = svgPage(options);
	const { y1: top, x2: right, y2: bottom } = area;
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
				`<text x="${n(left + share / 2)}" y="${n(areaTop + captionSize)}" text-anchor="middle" font-size="${n(captionSize)}" font-weight="bold" fill="${INK.text}">${escapeXml(panel.caption)}</text>`
			);
		// Every panel's area starts at the same height, so a shared frame lines up across them.
		if (hasCaption) areaTop += captionSize * 1.6;
		const area = { x1: left, y1: areaTop, x2: left + share, y2: Math.max(areaTop + 1, bottom) };
		const fit = fitInto(frame ?? contents[index]!, area, FIT.maxZoom * Math.max(1, u));
		parts.push(
			`<g class="graph" transform="translate(${n(fit.x)} ${n(fit.y)}) scale(${Math.round(fit.scale * 10000) / 10000})">`
		);
		parts.push(graphMarkup(panel, prefix));
		parts.push('</g></g>');
	});

	parts.push('</svg>');
	return parts.join('\n') + '\n';
}
