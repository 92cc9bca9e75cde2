import type { AllianceKind } from '../model/schema';

/**
 * The visual vocabulary: every decision of how Factions draws people, factions and alliances,
 * as plain data. The cytoscape stylesheet (`style.ts`), the SVG writer (`export/svg-*.ts`) and
 * every legend (`legend.ts`) derive from these values, so the screen, the exported images and
 * any later medium cannot drift apart. Pure: no cytoscape, no DOM.
 */

/** Ink for text and marks, chosen for at least 4.5:1 against white. */
export const INK = {
	text: '#1d1d1f',
	/** Secondary text: dates, people outside the Politburo. */
	muted: '#444444',
	/** Source lines and the comparison's ghost marks. */
	quiet: '#555555',
	/** The date under an image's title. */
	subtitle: '#333333',
	paper: '#ffffff',
	/** A person whose faction is unknown at the moment. */
	unknownFaction: '#808080'
} as const;

/** Font families, tried in order. */
const FONT_FAMILIES = [
	'system-ui',
	'-apple-system',
	'Segoe UI',
	'Roboto',
	'Helvetica Neue',
	'Arial',
	'Noto Sans',
	'DejaVu Sans',
	'sans-serif'
] as const;

/** The font stack as CSS and SVG want it: names with spaces quoted. */
export const CSS_FONT_STACK = FONT_FAMILIES.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');

/** The font stack unquoted: cytoscape rejects quoted family names. */
export const CYTOSCAPE_FONT_STACK = FONT_FAMILIES.join(', ');

/** Politburo status of a person at a moment, as drawn. */
export type StatusClass = 'full' | 'candidate' | 'outside';

/** How a faction's group is drawn: a tinted rounded box with its name above it. */
export const FACTION = {
	padding: 22,
	radius: 8,
	fillOpacity: 0.07,
	strokeOpacity: 0.55,
	strokeWidth: 1.5,
	labelSize: 18,
	/** Between the box's top and the name's baseline. */
	labelGap: 6,
	/** How far a faction's colour is darkened for its name to read on white. */
	textDarken: 0.35,
	/** A legend swatch is tinted a little more than the box, to read at its small size. */
	swatchFillOpacity: 0.12
} as const;

/** A glyph's outline: a stroke colour, width and optional dash pattern (in model units). */
export interface Stroke {
	width: number;
	dash?: readonly [number, number];
}

/**
 * How a person is drawn per Politburo status, so that status reads without colour: a full
 * member is a filled disc, a candidate a ring, someone outside the Politburo a smaller dashed ring.
 */
export const STATUS_GLYPH: Record<
	StatusClass,
	{ size: number; filled: boolean; stroke: Stroke; labelColour: string; legend: string }
> = {
	full: {
		size: 46,
		filled: true,
		stroke: { width: 2 },
		labelColour: INK.text,
		legend: 'Full member (filled)'
	},
	candidate: {
		size: 36,
		filled: false,
		stroke: { width: 5 },
		labelColour: INK.text,
		legend: 'Candidate member (ring)'
	},
	outside: {
		size: 28,
		filled: false,
		stroke: { width: 3, dash: [6, 4] },
		labelColour: INK.muted,
		legend: 'Outside the Politburo (dashed)'
	}
};

export const STATUS_ORDER: readonly StatusClass[] = ['full', 'candidate', 'outside'];

/** A person's name under their glyph. */
export const PERSON_LABEL = {
	size: 13,
	/** Between the glyph's bottom and the top of the name. */
	gap: 4,
	/** A halo of paper behind the name, so it reads over lines. */
	haloOpacity: 0.85,
	haloWidth: 4,
	/** Labels smaller than this on screen are not drawn (zoom in to bring them back). */
	minZoomedSize: 6,
	/**
	 * Names in the style are left out only below this part of `minZoomedSize` on screen (see
	 * `personLabelsShownAt`).
	 */
	keepAbove: 0.7
} as const;

export type { AllianceKind } from '../model/schema';

/**
 * How an alliance's edges are drawn: solid between leaders, dashed for an opposition bloc,
 * dash-dotted for a "centre" charged at a trial, so an accusation never looks like a real tie,
 * in colour or in greyscale.
 */
export const ALLIANCE_LINE: Record<AllianceKind, { dash?: readonly number[] }> = {
	alliance: {},
	opposition: { dash: [9, 5] },
	alleged: { dash: [12, 4, 2, 4] }
};

export const EDGE = {
	width: 3.5,
	opacity: 0.9,
	/** A bloc of more members than this draws many pairs: thinner, fainter lines keep it readable. */
	crowdedAbove: 4,
	crowdedWidth: 2,
	crowdedOpacity: 0.6,
	/** Parallel edges of one pair bend apart by this step. */
	controlPointStep: 16,
	/** A highlighted (selected) alliance. */
	highlightedWidth: 6,
	/** What everything but the selection fades to. */
	dimmedOpacity: 0.15
} as const;

/** Whether an alliance of this many members is drawn with the crowded style. */
export const isCrowded = (members: number) => members > EDGE.crowdedAbove;

export const EDGE_KINDS_NOTE =
	'Solid: alliance between leaders. Dashed: opposition bloc. Dash-dot: charged at trial (alleged), not a real alliance.';

/**
 * Marks of a comparison: shapes and line styles, so they read in greyscale too. Offsets and
 * widths are in model units; a ring is drawn `offset + width / 2` outside the glyph.
 */
export const COMPARISON_MARK = {
	arrived: { colour: INK.text, width: 3, offset: 3, dash: undefined },
	departed: {
		colour: INK.text,
		width: 2.5,
		offset: 3,
		dash: [1, 4] as const,
		/** The person is faded: they are gone by the other date. */
		opacity: 0.55
	},
	formed: { casing: INK.text, casingWidth: 1.5 },
	dissolved: { dash: [1, 7] as const, opacity: 0.45 },
	ghost: {
		size: 22,
		stroke: { width: 2, dash: [4, 3] as const },
		colour: '#777777',
		labelSize: 11,
		labelColour: INK.quiet,
		arrowColour: INK.quiet,
		arrowWidth: 2,
		arrowDash: [2, 3] as const
	}
} as const;

/**
 * What the user is pointing at: the selected person (a soft glow, as in the legend and details),
 * and the person the keyboard is on (a ring in the colour of the page's focus outlines).
 */
export const ATTENTION = {
	selected: { colour: '#f1c40f', opacity: 0.35, padding: 6 },
	keyboard: { colour: '#1a5fb4', width: 3, offset: 5 }
} as const;

/**
 * The selected person's glow in the exports (a story step's focus), as the graph draws the
 * selection: a disc of `ATTENTION.selected`'s colour and opacity reaching `padding` past the
 * glyph of radius `radius`, drawn behind it so the status glyph stays readable.
 */
export function selectedHalo(radius: number) {
	const { colour, opacity, padding } = ATTENTION.selected;
	return { radius: radius + padding, colour, opacity };
}

/** The camera: never zoom past this when fitting, so a month of few people has no giant discs. */
export const FIT = {
	maxZoom: 1.6,
	/** Screen pixels kept free around the fitted box. */
	padding: 30,
	/** Room kept around each person for their label when fitting, in model units. */
	labelRoom: { x: 60, top: 70, bottom: 50 }
} as const;

/**
 * A view as narrow as a phone held upright: fitting the whole graph into it would shrink the
 * names past reading, so the camera keeps them at least `personLabelPx` CSS pixels on screen
 * and the user pans to the rest.
 */
export const NARROW = {
	/** Views at most this wide, in CSS pixels, are narrow. */
	maxWidth: 600,
	personLabelPx: 11
} as const;

/**
 * Present mode: type that reads from the back of a classroom. On a 1920×1080 screen, labels are
 * drawn at least this large, in CSS pixels, whatever the zoom (see `labelScaleFor`); a smaller
 * screen shows the same picture smaller (a 1280×720 projector fills the same wall), down to a
 * size still legible on a phone held sideways.
 */
export const PRESENTATION = {
	personLabelPx: 26,
	factionLabelPx: 30,
	/** The screen the sizes above are for. */
	screen: { width: 1920, height: 1080 },
	/** The least a label is drawn at on any screen. */
	smallestPersonLabelPx: 11,
	smallestFactionLabelPx: 13,
	/**
	 * What everything but the step's person and allies fades to: lighter than the explorer's
	 * fade, since the rest of the picture is still part of the story told from a projector.
	 */
	dimmedOpacity: 0.35
} as const;

/** The least size, in CSS pixels, of person and faction labels in present mode on a screen. */
export function presentationLabelFloor(screen: { width: number; height: number }): {
	person: number;
	faction: number;
} {
	const scale = Math.min(
		screen.width / PRESENTATION.screen.width,
		screen.height / PRESENTATION.screen.height
	);
	return {
		person: Math.max(PRESENTATION.smallestPersonLabelPx, PRESENTATION.personLabelPx * scale),
		faction: Math.max(PRESENTATION.smallestFactionLabelPx, PRESENTATION.factionLabelPx * scale)
	};
}

/**
 * How much to enlarge labels of `size` model units so that at `zoom` they are at least `px`
 * CSS pixels on screen: 1 (no change) when they already are.
 */
export function labelScaleFor(zoom: number, size: number, px: number): number {
	if (!(zoom > 0) || !(size > 0)) return 1;
	return Math.max(1, px / (size * zoom));
}

/**
 * Whether people's names are drawn at `zoom`, their size enlarged `scale` times: not when they
 * would be smaller on screen than `PERSON_LABEL.minZoomedSize`, where cytoscape's
 * `min-zoomed-font-size` would skip drawing them anyway. Left out of the style altogether, they
 * cost nothing: with thousands of people on stage, measuring and placing every unreadable name
 * again on each step of the slider was a large part of each frame.
 */
export function personLabelsShownAt(zoom: number, scale = 1, shownNow = false): boolean {
	const onScreen = PERSON_LABEL.size * scale * zoom;
	// Names already in the style stay there a little below the size where they are read (not
	// drawn there anyway): a camera fitted to months whose zoom hovers around it would otherwise
	// restyle every person on every step.
	return onScreen >= PERSON_LABEL.minZoomedSize * (shownNow ? PERSON_LABEL.keepAbove : 1);
}

/** How the picture changes with the number of people on stage. */
export const SCALE = {
	/**
	 * Past this many people a month is shown at once rather than glided to: redrawing over a
	 * thousand labelled nodes on every animation frame would freeze the page.
	 */
	glideUpTo: 300,
	/**
	 * Past this many people on stage the graph is drawn in tasks of its own, ahead of the frame
	 * that shows it (see `DrawingApart`): at 2,000 people drawing and then rasterising in one
	 * frame was a task of 55 to 80 ms on each step of the slider.
	 */
	drawnApartAbove: 300,
	/**
	 * Past this many people (lines) the explorer's storyline is painted on a canvas by its
	 * worker rather than written as SVG: thousands of long paths in the page's DOM make opening
	 * and every redraw slow.
	 */
	storylineSvgUpTo: 300,
	/**
	 * The text view lists this many people of a faction, and this many more each time the
	 * reader asks (see `listedRows`): a table of thousands of rows is laid out again on every
	 * step of the slider, half a second and more at 9,000 people.
	 */
	textRowsPerGroup: 100,
	textRowsMore: 500,
	/**
	 * The storyline's key (the alliances with no room for their names) writes at most this many
	 * on its line, which holds about ten, and lists at most `storylineKeyListed` when opened
	 * whole: thousands of alliances (10,000 people) made opening a task of 300 ms.
	 */
	storylineKeyOnLine: 20,
	storylineKeyListed: 200,
	/** The compare view writes another dataset's changes this many a task (see `ComparisonText`). */
	changesPerTask: 40,
	/**
	 * An alliance of more members than this is drawn as a hub with one spoke per member rather
	 * than one line per pair (see `allianceLines`): pairs grow as the square of the members (a
	 * bloc of 20 is 190 lines, of 1,000 is 499,500, which freezes the page), spokes as the
	 * members. Twelve members are 66 pairs, still readable in the crowded style; the built-in
	 * data's largest bloc (the United Opposition, 11 members) keeps its pairs.
	 */
	hubAbove: 12,
	/**
	 * Past this many people on stage in a month, the graph draws each faction as one group with
	 * its count rather than each person (see `crowdedModel`): cytoscape takes seconds to place
	 * and draw ten thousand nodes, on every step. The text view and the storyline still show
	 * everyone; the "Politburo members only" filter brings a month under it.
	 */
	drawnUpTo: 2_000,
	/**
	 * A month shown at once adds at most this many new people, groups and lines to the graph in
	 * one frame, the rest in the frames after: cytoscape's first drawing of an element (its style,
	 * its texture, its name measured) costs about a millisecond on a 2-core laptop, and the first
	 * month of 10,000 people (672 newcomers) was one frame of 735 ms. At 250 a frame the longest
	 * frames were still over 200 ms; at 100, playing 2,000 people had 19 frames over 50 ms in 5 s,
	 * at 40 it has 9 (the rest is cytoscape redrawing 1,400 people and their lines).
	 */
	addedPerFrame: 40
} as const;

/**
 * A faction drawn as one group when a month has more people than `SCALE.drawnUpTo`: a square
 * whose area grows with its people, named with their count.
 */
export const CROWD = {
	/** The side of a group of one person; a group of n has `sqrt(n)` times that. */
	sizePerRootPerson: 12,
	/** Its least side, so a small faction's name still fits. */
	minSize: 240,
	/** Between two groups. */
	gap: 60,
	labelSize: 28,
	/** The name is at least this share of the side. */
	labelShare: 0.08
} as const;

/**
 * The hub of an alliance drawn as a star (past `SCALE.hubAbove` members): a small diamond in the
 * alliance's colour, its outline in the alliance's line style, named beside it; its spokes are
 * drawn as the alliance's lines are.
 */
export const HUB = {
	size: 30,
	strokeWidth: 2,
	/** The outline is the alliance's colour darkened, so the diamond reads on its own spokes. */
	strokeDarken: 0.35,
	labelSize: 15,
	/** Between the diamond's bottom and the top of the name. */
	labelGap: 3,
	/** The alliance's dash pattern is drawn this much smaller around the diamond. */
	dashScale: 0.5,
	legend: `Diamond: an alliance of more than ${SCALE.hubAbove} members, one line from it to each member`
} as const;

/**
 * How the storyline (`storyline-geometry.ts`) draws: bands in the faction's colour, one line per
 * person whose style follows `STATUS_GLYPH` (full: a solid line, as the filled disc; candidate: a
 * hollow line, as the ring; outside the Politburo: a thin dashed line, as the dashed ring), and
 * alliances as ribbons behind their members' lines, edged solid or dashed as `ALLIANCE_LINE`.
 * Lengths are in pixels at scale 1; a storyline drawn bigger (an export) multiplies them.
 */
export const STORYLINE = {
	/** The most and least room one line gets across; crowded months shrink it towards the least. */
	slot: { max: 30, min: 0.05 },
	/** Between two bands of one month, at least; never less than the room of one line. */
	bandGap: 16,
	/** Inside a band, above its first line and below its last. */
	bandPadding: 4,
	bandFillOpacity: 0.13,
	bandStrokeOpacity: 0.5,
	bandStrokeWidth: 1,
	/** Share of a month's step each month's line is flat for; the rest is the move to the next. */
	flat: 0.5,
	line: {
		full: { width: 3.2, legend: 'Full member (solid line)' },
		/** A hollow line: the colour as an outline `stroke` wide each side, paper inside. */
		candidate: { width: 3.6, stroke: 1.1, legend: 'Candidate member (hollow line)' },
		outside: { width: 1.6, dash: [4, 3] as const, legend: 'Outside the Politburo (dashed line)' }
	},
	/** A paper edge around solid and hollow lines, so lines read where they cross. */
	halo: 1.4,
	/** A line is at most this share of its slot wide, so crowded months stay readable. */
	maxSlotShare: 0.7,
	ribbon: {
		fillOpacity: 0.3,
		strokeWidth: 1.2,
		strokeOpacity: 0.85,
		/** How far a ribbon reaches past its outer members' lines, as a share of a slot. */
		reach: 0.5,
		note: 'Allies run side by side on a ribbon, edged solid for an alliance between leaders, dashed for an opposition bloc.'
	},
	label: {
		size: 12,
		haloWidth: 3,
		haloOpacity: 0.9,
		/** Between any two names' boxes (each round its ink and halo), at least. */
		apart: 2,
		/** Between a line's start and its name. */
		gap: 2,
		/**
		 * How far from its line's start a name may go when the start is too crowded for it
		 * (along the line, or set off it with a leader line), and an alliance's name from where its
		 * ribbon starts; further, it is left out.
		 */
		reach: 150,
		/** A leader line from a line's start to its name set off it. */
		leader: { width: 0.8, colour: '#8a8f96' },
		/** Room an image keeps right of the last month for the names at the lines' ends. */
		endRoom: 80,
		/**
		 * On screen, people's names are written only where each line gets this much room across
		 * (the built-in data's 58 people in a storyline 136 pixels high get 2.3); in a denser
		 * drawing (hundreds of people) only the names of those brought forward.
		 */
		minSlot: 2
	},
	allianceLabel: { size: 12, darken: 0.3 },
	bandLabel: { size: 13 },
	axis: {
		labelSize: 12,
		/** Room one year label needs, as on the time bar. */
		yearLabelRoom: 46,
		tick: 5,
		labelledTick: 8,
		tickColour: '#7d8288',
		eventTick: 7,
		eventColour: '#a0522d'
	},
	cursor: { colour: '#1a5fb4', width: 2 },
	/**
	 * Who stands out on screen: a selected person's line and their allies' lines over time at
	 * full strength, the rest faded; with nobody selected, the dataset's featured people a little
	 * wider and named in bold. Widths are multiplied by these.
	 */
	emphasis: {
		dimmedOpacity: 0.18,
		selectedWidth: 1.8,
		alliedWidth: 1.25,
		featuredWidth: 1.45,
		/** The selected line's glow, as the graph's (`ATTENTION.selected`): this much wider. */
		glowWidth: 8,
		glowOpacity: 0.55
	}
} as const;

/** `#rrggbb` moved towards black by `amount` (0 to 1). */
export function darken(colour: string, amount: number): string {
	const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
	return `#${channels
		.map((c) =>
			Math.round(c * (1 - amount))
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}

/** The colour a faction's name is written in. */
export const factionTextColour = (colour: string) => darken(colour, FACTION.textDarken);

/** The fill and stroke of a person's glyph in their faction's colour. */
export function personGlyph(status: StatusClass, colour: string) {
	const glyph = STATUS_GLYPH[status];
	return {
		fill: glyph.filled ? colour : INK.paper,
		stroke: glyph.filled ? INK.paper : colour,
		strokeWidth: glyph.stroke.width,
		dash: glyph.stroke.dash
	};
}

/**
 * How the graph moves from one month to the next (see `model/transition.ts`): first who leaves
 * fades out, then people glide, then who arrives fades in, each stage this many milliseconds
 * when it has something in it. With reduced motion, one short cross-fade instead, people jumping
 * halfway through it. The explorer, present mode and the animated exports all use these.
 */
export const TRANSITION = {
	stages: { leave: 250, move: 450, arrive: 250 },
	reducedMotion: { reduced: true, ms: 150 }
} as const;
