import { ALLIANCE_LINE, INK, STORYLINE } from '../graph/encoding';
import { legendOf } from '../graph/legend';
import { storylineGeometry, type StorylineGeometry } from '../graph/storyline-geometry';
import type { Dataset } from '../model/schema';
import { allianceNumbers, type Storyline } from '../model/storyline';
import { formatDate } from '../model/time';
import { sourceLineOf, type ImageChoices } from './image';
import { svgPage } from './svg';
import { escapeXml, formatNumber as n, idFragment } from './xml';

/**
 * The storyline as an SVG image, on the same page as the graph's images (title, dates, legend,
 * source line; see `svgPage`): bands (`<g id="band-left">`), alliance ribbons
 * (`<g id="ribbon-troika">`), one line per person (`<g id="person-stalin">` holding the route as
 * `<path id="line-stalin">`, drawn as a paper halo, and the route's pieces in the styles of
 * Politburo status over it), names, and a time axis with one `<text>` per labelled year whose
 * content is the year. The app and `npm run export -- --view storyline` both write through this.
 */

/** What a storyline image shows besides the choices of every image. */
export interface StorylineImageOptions {
	/** A month to mark with a cursor, `YYYY-MM` (the explorer's month); none if absent. */
	cursor?: string;
}

/** The page texts and the drawing's frame, for a storyline of `dataset`. */
export function storylineSvg(
	dataset: Dataset,
	storyline: Storyline,
	choices: ImageChoices,
	options: StorylineImageOptions = {}
): string {
	const page = (numbered: boolean) => storylinePage(dataset, storyline, choices, numbered);
	let { parts, geometry } = page(false);
	// Alliances marked by their number where their names had no room are named in the legend,
	// which then numbers each; its new widths may move the marks, not their numbers.
	if (choices.legend && geometry.labels.some((label) => label.kind === 'mark'))
		({ parts, geometry } = page(true));
	// Without a legend nothing would say what a number stands for.
	if (!choices.legend)
		geometry = { ...geometry, labels: geometry.labels.filter((label) => label.kind !== 'mark') };
	parts.push(storylineMarkup(geometry, storyline, options));
	parts.push('</svg>');
	return parts.join('\n') + '\n';
}

/** The page of a storyline image, its legend's alliances `numbered` or not, and its drawing. */
function storylinePage(
	dataset: Dataset,
	storyline: Storyline,
	choices: ImageChoices,
	numbered: boolean
) {
	const numbers = allianceNumbers(storyline);
	const alliances = dataset.alliances
		.filter((a) => numbers.has(a.id))
		.sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!)
		.map(({ id, name, kind, colour }) => ({
			id,
			name: numbered ? `${numbers.get(id)} ${name}` : name,
			kind,
			colour,
			members: []
		}));
	const first = storyline.months[0];
	const last = storyline.months[storyline.months.length - 1];
	const { parts, area, u } = svgPage({
		width: choices.width,
		height: choices.height,
		background: choices.background,
		...(choices.title ? { title: dataset.meta.title } : {}),
		...(choices.date && first && last
			? { subtitle: `Storyline, ${formatDate(first)} – ${formatDate(last)}` }
			: {}),
		...(choices.legend
			? {
					legend: legendOf(dataset, alliances, {
						medium: 'storyline',
						alliancesHeading: 'Alliances',
						withoutSpans: true
					})
				}
			: {}),
		...(choices.source ? { source: sourceLineOf(dataset) } : {})
	});
	const { axis } = STORYLINE;
	const axisRoom = (axis.labelledTick + axis.labelSize * 1.6 + 6) * u;
	const geometry = storylineGeometry(dataset, storyline, {
		x0: area.x1 + 4 * u,
		// Room on the right for the names of the lines that run to the end.
		x1: area.x2 - STORYLINE.label.endRoom * u,
		labelRight: area.x2,
		// Room above the first band for its name.
		y0: area.y1 + STORYLINE.bandLabel.size * u * 1.2,
		y1: Math.max(area.y1 + 10, area.y2 - axisRoom),
		scale: u
	});
	return { parts, geometry };
}

const dashOf = (dash: readonly number[] | undefined, scale: number) =>
	dash ? ` stroke-dasharray="${dash.map((d) => n(d * scale)).join(' ')}"` : '';

/** The storyline's drawing in pixels: bands, ribbons, lines, names, axis, cursor. */
export function storylineMarkup(
	geometry: StorylineGeometry,
	storyline: Storyline,
	options: StorylineImageOptions = {}
): string {
	const { frame, widths } = geometry;
	const s = frame.scale;
	const parts: string[] = ['<g id="storyline" class="storyline">'];

	parts.push('<g class="bands">');
	for (const band of geometry.bands) {
		if (!band.d) continue;
		const id = band.faction ?? 'unknown';
		parts.push(
			`<g id="band-${id}" class="band"><path d="${band.d}" fill="${band.colour}" fill-opacity="${STORYLINE.bandFillOpacity}" stroke="${band.colour}" stroke-opacity="${STORYLINE.bandStrokeOpacity}" stroke-width="${n(STORYLINE.bandStrokeWidth * s)}"/></g>`
		);
	}
	parts.push('</g>');

	parts.push('<g class="ribbons">');
	for (const ribbon of geometry.ribbons) {
		const { ribbon: style } = STORYLINE;
		const dash = dashOf(ALLIANCE_LINE[ribbon.kind].dash, s * 0.7);
		parts.push(
			`<g id="ribbon-${idFragment(ribbon.alliance)}" class="ribbon ${ribbon.kind}"><path d="${ribbon.d}" fill="${ribbon.colour}" fill-opacity="${style.fillOpacity}" stroke="${ribbon.colour}" stroke-opacity="${style.strokeOpacity}" stroke-width="${n(style.strokeWidth * s)}"${dash}/></g>`
		);
	}
	parts.push('</g>');

	parts.push('<g class="lines" fill="none" stroke-linejoin="round">');
	const halo = STORYLINE.halo * s;
	for (const line of geometry.lines) {
		parts.push(`<g id="person-${line.person}" class="person">`);
		// The whole route, for what reads the image (ids, hit areas); the pieces draw it.
		parts.push(`<path id="line-${line.person}" class="route" d="${line.d}" stroke="none"/>`);
		for (const piece of line.pieces) {
			const width = widths[piece.status];
			if (piece.status !== 'outside')
				parts.push(
					`<path class="halo" d="${piece.d}" stroke="${INK.paper}" stroke-width="${n(width + 2 * halo)}"/>`
				);
			if (piece.status === 'candidate') {
				const core = Math.max(0, width - 2 * STORYLINE.line.candidate.stroke * s);
				parts.push(
					`<path class="piece candidate" d="${piece.d}" stroke="${piece.colour}" stroke-width="${n(width)}"/>` +
						(core > 0.3
							? `<path class="piece-core" d="${piece.d}" stroke="${INK.paper}" stroke-width="${n(core)}"/>`
							: '')
				);
			} else
				parts.push(
					`<path class="piece ${piece.status}" d="${piece.d}" stroke="${piece.colour}" stroke-width="${n(width)}"${piece.status === 'outside' ? dashOf(STORYLINE.line.outside.dash, s) : ''}/>`
				);
		}
		parts.push('</g>');
	}
	parts.push('</g>');

	const { label } = STORYLINE;
	parts.push('<g class="labels">');
	// Leaders first, so that no name is drawn under one.
	for (const text of geometry.labels)
		if (text.leader)
			parts.push(
				`<line class="leader" x1="${n(text.leader.x1)}" y1="${n(text.leader.y1)}" x2="${n(text.leader.x2)}" y2="${n(text.leader.y2)}" stroke="${label.leader.colour}" stroke-width="${n(label.leader.width * s)}"/>`
			);
	for (const text of geometry.labels) {
		const halo = ` stroke="${INK.paper}" stroke-width="${n(label.haloWidth * s)}" stroke-opacity="${label.haloOpacity}" stroke-linejoin="round" paint-order="stroke"`;
		parts.push(
			`<text class="label ${text.kind}-label" x="${n(text.x)}" y="${n(text.y)}" font-size="${n(text.size)}"${text.bold ? ' font-weight="bold"' : ''} fill="${text.colour}"${halo}>${escapeXml(text.text)}</text>`
		);
	}
	parts.push('</g>');

	parts.push(axisMarkup(geometry));
	if (options.cursor) {
		const index = storyline.months.indexOf(options.cursor);
		if (index >= 0) {
			const x = geometry.xs[index]!;
			parts.push(
				`<line id="cursor" x1="${n(x)}" y1="${n(frame.y0)}" x2="${n(x)}" y2="${n(geometry.bottom)}" stroke="${STORYLINE.cursor.colour}" stroke-width="${n(STORYLINE.cursor.width * s)}"/>`
			);
		}
	}
	parts.push('</g>');
	return parts.join('\n');
}

/** The time axis under the bands: a tick per year and per month with events, year numbers. */
function axisMarkup(geometry: StorylineGeometry): string {
	const { axis } = STORYLINE;
	const s = geometry.frame.scale;
	const y = geometry.bottom + 6 * s;
	const parts = [
		`<g id="time-axis" class="axis" font-size="${n(axis.labelSize * s)}" fill="${INK.muted}">`
	];
	parts.push(
		`<line x1="${n(geometry.frame.x0)}" y1="${n(y)}" x2="${n(geometry.frame.x1)}" y2="${n(y)}" stroke="${axis.tickColour}" stroke-width="${n(s)}"/>`
	);
	for (const event of geometry.events)
		parts.push(
			`<line class="event-tick" x1="${n(event.x)}" y1="${n(y)}" x2="${n(event.x)}" y2="${n(y - axis.eventTick * s)}" stroke="${axis.eventColour}" stroke-width="${n(1.5 * s)}"><title>${escapeXml(event.name)}</title></line>`
		);
	for (const year of geometry.years) {
		const length = (year.labelled ? axis.labelledTick : axis.tick) * s;
		parts.push(
			`<line class="year-tick" x1="${n(year.x)}" y1="${n(y)}" x2="${n(year.x)}" y2="${n(y + length)}" stroke="${axis.tickColour}" stroke-width="${n(s)}"/>`
		);
		if (year.labelled)
			parts.push(
				`<text class="year" x="${n(year.x)}" y="${n(y + length + axis.labelSize * s * 1.1)}" text-anchor="middle">${year.year}</text>`
			);
	}
	parts.push('</g>');
	return parts.join('\n');
}
