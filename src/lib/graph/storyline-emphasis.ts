import { STORYLINE } from './encoding';
import type { LabelGeometry, StorylineGeometry } from './storyline-geometry';
import { estimateTextWidth } from './text';

/** Who the storyline brings forward: a selection and its allies, or the featured people. */
export interface StorylineEmphasis {
	/** The selected person, or `null`. */
	selected: string | null;
	/** Everyone allied with them at some month (`alliesOverTime`). */
	allies: readonly string[];
	/** The dataset's featured people (`meta.featured`), brought forward while nobody is selected. */
	featured: readonly string[];
}

/** How one line is drawn under an emphasis: its opacity, width factor, and whether its name is bold. */
export interface LineEmphasis {
	opacity: number;
	width: number;
	bold: boolean;
	/** Whether it is drawn over the others (after them). */
	front: boolean;
}

const PLAIN: LineEmphasis = { opacity: 1, width: 1, bold: false, front: false };

/**
 * How a person's line is drawn (see `STORYLINE.emphasis`): with someone selected, their line
 * widest and in front, their allies' lines a little wider, everyone else's faded; with nobody
 * selected, featured people wider and named in bold, everyone else as usual.
 */
export function lineEmphasis(emphasis: StorylineEmphasis, person: string): LineEmphasis {
	const style = STORYLINE.emphasis;
	if (emphasis.selected !== null) {
		if (person === emphasis.selected)
			return { opacity: 1, width: style.selectedWidth, bold: true, front: true };
		if (emphasis.allies.includes(person))
			return { opacity: 1, width: style.alliedWidth, bold: false, front: true };
		return { opacity: style.dimmedOpacity, width: 1, bold: false, front: false };
	}
	if (emphasis.featured.includes(person))
		return { opacity: 1, width: style.featuredWidth, bold: true, front: true };
	return PLAIN;
}

/** Whether anything but people's lines (bands, ribbons) is faded: while someone is selected. */
export const backgroundOpacity = (emphasis: StorylineEmphasis) =>
	emphasis.selected === null ? 1 : 0.5;

/** The lines' drawing order: those in front last, otherwise as given. */
export function drawingOrder<T extends { person: string }>(
	lines: readonly T[],
	emphasis: StorylineEmphasis
): T[] {
	const back = lines.filter((l) => !lineEmphasis(emphasis, l.person).front);
	const front = lines.filter((l) => lineEmphasis(emphasis, l.person).front);
	// The selected line over its allies'.
	front.sort(
		(a, b) => Number(a.person === emphasis.selected) - Number(b.person === emphasis.selected)
	);
	return [...back, ...front];
}

/**
 * The names a screen drawing writes: all of them where lines have room for a name
 * (`STORYLINE.label.minSlot`), else those of bands and alliances and of the people brought
 * forward, so that a storyline of thousands is not a wall of names. The names of faded lines
 * (someone else is selected) are never written: faded text cannot be read (WCAG 1.4.3); hovering
 * or focusing a line still names it. The selected person's name is written bold: where the
 * geometry kept room for it in regular weight (they are not featured), the names it would then
 * come within `STORYLINE.label.apart` of are left out too.
 */
export function shownLabels(
	geometry: StorylineGeometry,
	emphasis: StorylineEmphasis
): LabelGeometry[] {
	const roomy = geometry.slot >= STORYLINE.label.minSlot;
	if (roomy && emphasis.selected === null) return geometry.labels;
	const shown = geometry.labels.filter((label) => {
		if (label.kind !== 'person') return true;
		const line = lineEmphasis(emphasis, label.id);
		return line.opacity >= 1 && (roomy || line.front);
	});
	const selected = emphasis.selected;
	if (selected === null || emphasis.featured.includes(selected)) return shown;
	const isSelected = (label: LabelGeometry) => label.kind === 'person' && label.id === selected;
	const bold = shown.filter(isSelected).map(({ box, text, size }) => ({
		...box,
		x2: box.x2 + estimateTextWidth(text, size, true) - estimateTextWidth(text, size)
	}));
	const apart = STORYLINE.label.apart * geometry.frame.scale;
	return shown.filter(
		(label) =>
			isSelected(label) ||
			bold.every(
				(b) =>
					!(
						b.x1 < label.box.x2 + apart &&
						label.box.x1 < b.x2 + apart &&
						b.y1 < label.box.y2 + apart &&
						label.box.y1 < b.y2 + apart
					)
			)
	);
}

/**
 * The paper edge around a line `width` wide on screen: `STORYLINE.halo`, but never wider than
 * half the line, so that in a dense drawing the edges do not paint the bands white.
 */
export const haloFor = (width: number) => Math.min(STORYLINE.halo, width / 2);
