import type { AllianceKind, Dataset } from '../model/schema';
import type { Storyline } from '../model/storyline';
import { eventMarks, trackPercent, yearLabelStep, yearStarts } from '../model/time-bar';
import { INK, STORYLINE, darken, factionTextColour, type StatusClass } from './encoding';
import { statusClass } from './elements';
import { estimateTextWidth } from './text';

/**
 * The storyline in pixels: where each band, line, ribbon, label and tick goes for a drawing of
 * a given size, in the visual vocabulary's `STORYLINE` styles. Pure data, so an SVG writer, a
 * canvas (`new Path2D(d)` reads every `d` here) and tests all draw the same thing.
 *
 * Time runs left to right in the time bar's frame: month `i` of `n` sits at
 * `x0 + (x1 − x0) × i / (n − 1)` (`trackPercent`), so a component that passes the time bar's
 * track ends as `x0` and `x1` lines each month up with the slider's thumb. Each month's line
 * is flat for `STORYLINE.flat` of a month's step around its x and moves to the next month's
 * place in the rest; pieces of a line that change style (Politburo status, faction colour)
 * meet half-way between two months.
 */

/** The rectangle the storyline is drawn in, in pixels. */
export interface StorylineFrame {
	/** Where the first and the last month sit. */
	x0: number;
	x1: number;
	/** The top of the highest band and the most the bands may reach down to. */
	y0: number;
	y1: number;
	/** Lengths and text sizes are multiplied by this (an image bigger than a screen). Default 1. */
	scale?: number;
	/**
	 * How far right names may reach, such as a margin for the names at the lines' ends; default
	 * half a month past `x1`.
	 */
	labelRight?: number;
}

export type Point = readonly [number, number];

/** A faction's band while it holds people: a smooth area, and its rectangle per month. */
export interface BandGeometry {
	faction: string | null;
	label: string;
	colour: string;
	/** One SVG path (a closed area per run of months it holds people). */
	d: string;
	/** Per month it holds people: the month's index and the band's top and bottom. */
	months: { index: number; y1: number; y2: number }[];
}

/** One stretch of a person's line drawn in one style. */
export interface LinePiece {
	status: StatusClass;
	colour: string;
	d: string;
}

export interface LineGeometry {
	person: string;
	label: string;
	/** The whole route: one subpath per stretch on stage, breaks where they are off stage. */
	d: string;
	/** The route in styles, in order. */
	pieces: LinePiece[];
	/** Per month on stage: its index and the line's height there. */
	points: { index: number; x: number; y: number }[];
}

export interface RibbonGeometry {
	alliance: string;
	name: string;
	colour: string;
	kind: AllianceKind;
	/** One closed area per run of months in which its members stand together. */
	d: string;
	/** Where each run starts: the top and bottom of the ribbon at its first month. */
	/**
	 * Where the alliance starts (and starts again after a break): per month of that first run,
	 * its index and the ribbon's top and bottom there (of its first stretch).
	 */
	starts: { index: number; y1: number; y2: number }[][];
}

export interface LabelGeometry {
	kind: 'person' | 'alliance' | 'band';
	/** The person's, alliance's or faction's id (`''` for people of no known faction). */
	id: string;
	text: string;
	/** Where the text starts (it is drawn `text-anchor: start`) and its baseline. */
	x: number;
	y: number;
	size: number;
	colour: string;
	bold: boolean;
	/** The box it takes, used to keep labels apart. */
	box: { x1: number; y1: number; x2: number; y2: number };
	/**
	 * A person's name set off its line (where the line's start is too crowded for it): a thin
	 * line from where the person's line starts to the name's box.
	 */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface StorylineGeometry {
	frame: Required<StorylineFrame>;
	/** The x of each month, in the storyline's month order. */
	xs: number[];
	/** A month's step along x. */
	step: number;
	/** The room one line gets across, in pixels. */
	slot: number;
	/** The lowest point any band reaches. */
	bottom: number;
	bands: BandGeometry[];
	/** Ribbons in drawing order: bigger alliances first, so smaller ones show over them. */
	ribbons: RibbonGeometry[];
	lines: LineGeometry[];
	/**
	 * Names that fit without overlapping: bands', then people's (where each stretch of their
	 * line starts, then right of where each long stretch ends), then alliances'.
	 */
	labels: LabelGeometry[];
	/** January of each year in range; `labelled` years get their number written. */
	years: { year: number; x: number; labelled: boolean }[];
	/** One tick per month with events, with its accessible name. */
	events: { month: string; x: number; name: string }[];
	/** Line widths per status, at this drawing's scale and slot. */
	widths: Record<StatusClass, number>;
}

/** A stretch of months `[first, last]` and a value at each: the shape a line or edge follows. */
interface Track {
	first: number;
	ys: number[];
}

/**
 * SVG path data of a line through `track` from month-position `from` to `to`: straight runs
 * written `L`, moves between months written as cubic Béziers with flat tangents.
 */
function lineData(track: Track, from: number, to: number, x: (u: number) => number): string {
	return curveData(flatPoints(track, from, to, x));
}

/**
 * A track's path from `from` to `to` as a start point and a flat list of operations, so that
 * thousands of lines cost no allocation per month: `LINE, x, y` goes straight to `(x, y)`,
 * `CURVE, x1, y1, x2, y2, x, y` is a cubic Bézier.
 */
interface Pathway {
	start: Point;
	ops: number[];
}

const LINE = 0;
const CURVE = 1;

function flatPoints(track: Track, from: number, to: number, x: (u: number) => number): Pathway {
	const h = STORYLINE.flat / 2;
	const first = track.first;
	const ys = track.ys;
	const last = first + ys.length - 1;
	const lo = Math.max(from, first - 0.5);
	const hi = Math.min(to, last + 0.5);
	const ops: number[] = [];
	/** The move from month `t` to `t + 1`: a cubic with flat tangents, or its first or second half. */
	const move = (t: number, half: 'both' | 'first' | 'second') => {
		const a = ys[t - first]!;
		const b = ys[t + 1 - first]!;
		const xa = x(t + h);
		const xb = x(t + 1 - h);
		const xm = (xa + xb) / 2;
		const ym = (a + b) / 2;
		if (a === b) {
			if (half === 'first') ops.push(LINE, xm, ym);
			else ops.push(LINE, xb, b);
			return;
		}
		const k = (xb - xa) / 2;
		if (half === 'both') ops.push(CURVE, xa + k, a, xb - k, b, xb, b);
		else if (half === 'first')
			ops.push(CURVE, xa + k / 2, a, (3 * xa + xb + k) / 4, (3 * a + b) / 4, xm, ym);
		else ops.push(CURVE, (xa + 3 * xb - k) / 4, (a + 3 * b) / 4, xb - k / 2, b, xb, b);
	};
	let t: number;
	let start: Point;
	if (lo < first) {
		t = first;
		start = [x(lo), ys[0]!];
	} else {
		// Half-way through the move into month `t`.
		t = Math.round(lo + 0.5);
		start = [x(t - 0.5), (ys[t - 1 - first]! + ys[t - first]!) / 2];
		move(t - 1, 'second');
	}
	for (;;) {
		const flatEnd = t === last ? hi : Math.min(t + h, hi);
		ops.push(LINE, x(flatEnd), ys[t - first]!);
		if (t === last || hi <= t + h) break;
		if (hi < t + 1) {
			move(t, 'first');
			break;
		}
		move(t, 'both');
		t += 1;
	}
	return { start, ops };
}

const r = (v: number) => Math.round(v * 100) / 100;
const pt = (px: number, py: number) => `${r(px)} ${r(py)}`;

function curveData({ start, ops }: Pathway): string {
	const parts = [`M${pt(start[0], start[1])}`];
	for (let i = 0; i < ops.length;) {
		if (ops[i] === LINE) {
			// A straight run over several months is one `L` to its far end.
			const y = ops[i + 2]!;
			if (!(ops[i + 3] === LINE && ops[i + 5] === y)) parts.push(`L${pt(ops[i + 1]!, y)}`);
			i += 3;
		} else {
			parts.push(
				`C${pt(ops[i + 1]!, ops[i + 2]!)} ${pt(ops[i + 3]!, ops[i + 4]!)} ${pt(ops[i + 5]!, ops[i + 6]!)}`
			);
			i += 7;
		}
	}
	return parts.join('');
}

/** A closed area between a top and a bottom track over the same months. */
function areaData(top: Track, bottom: Track, from: number, to: number, x: (u: number) => number) {
	const upper = flatPoints(top, from, to, x);
	const { start, ops } = flatPoints(bottom, from, to, x);
	// The bottom edge drawn backwards: each operation reversed, ending where the one before ended.
	const ends: Point[] = [start];
	const starts: number[] = [];
	for (let i = 0; i < ops.length; i += ops[i] === LINE ? 3 : 7) {
		starts.push(i);
		const size = ops[i] === LINE ? 3 : 7;
		ends.push([ops[i + size - 2]!, ops[i + size - 1]!]);
	}
	const last = ends[ends.length - 1]!;
	const back = [`L${pt(last[0], last[1])}`];
	for (let k = starts.length - 1; k >= 0; k--) {
		const i = starts[k]!;
		const target = ends[k]!;
		back.push(
			ops[i] === LINE
				? `L${pt(target[0], target[1])}`
				: `C${pt(ops[i + 3]!, ops[i + 4]!)} ${pt(ops[i + 1]!, ops[i + 2]!)} ${pt(target[0], target[1])}`
		);
	}
	return `${curveData(upper)}${back.join('')}Z`;
}

/** Runs of consecutive indexes: `[3, 4, 5, 9]` gives `[[3, 5], [9, 9]]`. */
function runsOf(indexes: readonly number[]): [number, number][] {
	const runs: [number, number][] = [];
	for (const i of indexes) {
		const lastRun = runs[runs.length - 1];
		if (lastRun && lastRun[1] === i - 1) lastRun[1] = i;
		else runs.push([i, i]);
	}
	return runs;
}

type Box = LabelGeometry['box'];
type Segment = NonNullable<LabelGeometry['leader']>;

/** Whether point `(x, y)` lies inside box `b`. */
const boxHolds = (b: Box, x: number, y: number) => b.x1 < x && x < b.x2 && b.y1 < y && y < b.y2;

/** Whether boxes `a` and `b` overlap (touching is not overlapping). */
const boxesOverlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Whether segment `s` passes through the inside of box `b` (Liang–Barsky clipping). */
export function segmentCrossesBox(s: Segment, b: Box): boolean {
	const dx = s.x2 - s.x1;
	const dy = s.y2 - s.y1;
	let t0 = 0;
	let t1 = 1;
	for (const [p, q] of [
		[-dx, s.x1 - b.x1],
		[dx, b.x2 - s.x1],
		[-dy, s.y1 - b.y1],
		[dy, b.y2 - s.y1]
	] as const) {
		if (p === 0) {
			if (q <= 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 >= t1) return false;
	}
	return true;
}

/** Whether segments `a` and `b` cross (sharing an end is not crossing). */
function segmentsCross(a: Segment, b: Segment): boolean {
	const side = (x1: number, y1: number, x2: number, y2: number, x: number, y: number) =>
		Math.sign((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1));
	return (
		side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
		side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
	);
}

const boundsOf = (s: Segment): Box => ({
	x1: Math.min(s.x1, s.x2),
	y1: Math.min(s.y1, s.y2),
	x2: Math.max(s.x1, s.x2),
	y2: Math.max(s.y1, s.y2)
});

/** Keeps labels apart: a grid of the boxes and leader lines placed so far. */
class LabelBoard {
	private cells = new Map<string, { boxes: Box[]; leaders: Segment[]; marks: Box[] }>();
	constructor(private cell: number) {}
	private keys(box: Box) {
		const keys: string[] = [];
		for (let i = Math.floor(box.x1 / this.cell); i <= Math.floor(box.x2 / this.cell); i++)
			for (let j = Math.floor(box.y1 / this.cell); j <= Math.floor(box.y2 / this.cell); j++)
				keys.push(`${i},${j}`);
		return keys;
	}
	/**
	 * Whether `box` stays clear of every box placed, and `box` and its `leader` of every leader;
	 * unless `behind` (leaders may then pass behind names), leaders must keep clear of boxes too.
	 */
	fits(box: Box, leader?: Segment, behind = false): boolean {
		const clear = this.keys(box).every((key) => {
			const cell = this.cells.get(key);
			return (
				!cell ||
				(cell.boxes.every((o) => !boxesOverlap(box, o)) &&
					(behind || cell.leaders.every((o) => !segmentCrossesBox(o, box))))
			);
		});
		if (!clear || !leader) return clear;
		return this.keys(boundsOf(leader)).every((key) => {
			const cell = this.cells.get(key);
			return (
				!cell ||
				((behind || cell.boxes.every((o) => !segmentCrossesBox(leader, o))) &&
					cell.leaders.every((o) => !segmentsCross(leader, o)) &&
					cell.marks.every(
						(o) => !segmentCrossesBox(leader, o) || boxHolds(o, leader.x1, leader.y1)
					))
			);
		});
	}
	clone(): LabelBoard {
		const copy = new LabelBoard(this.cell);
		for (const [key, { boxes, leaders, marks }] of this.cells)
			copy.cells.set(key, { boxes: boxes.slice(), leaders: leaders.slice(), marks: marks.slice() });
		return copy;
	}
	private cellAt(key: string) {
		let found = this.cells.get(key);
		if (!found) this.cells.set(key, (found = { boxes: [], leaders: [], marks: [] }));
		return found;
	}
	add(box: Box, leader?: Segment) {
		for (const key of this.keys(box)) this.cellAt(key).boxes.push(box);
		if (leader)
			for (const key of this.keys(boundsOf(leader))) this.cellAt(key).leaders.push(leader);
	}
	/** Takes away a box and leader added before. */
	remove(box: Box, leader?: Segment) {
		for (const key of this.keys(box)) {
			const cell = this.cellAt(key);
			cell.boxes = cell.boxes.filter((o) => o !== box);
		}
		if (leader)
			for (const key of this.keys(boundsOf(leader))) {
				const cell = this.cellAt(key);
				cell.leaders = cell.leaders.filter((o) => o !== leader);
			}
	}
	/** A place leaders keep clear of (but the leader that starts in it). */
	mark(box: Box) {
		for (const key of this.keys(box)) this.cellAt(key).marks.push(box);
	}
}

/**
 * The geometry of `storyline` drawn in `frame` (see the module's comment). The room per line
 * (`slot`) is the largest that fits the most crowded month, at most `STORYLINE.slot.max`;
 * bands are stacked from `y0` in band order, each as tall as the people it holds.
 */
export function storylineGeometry(
	dataset: Dataset,
	storyline: Storyline,
	frame: StorylineFrame
): StorylineGeometry {
	const scale = frame.scale ?? 1;
	const months = storyline.months;
	const last = months.length - 1;
	const x = (u: number) =>
		last > 0
			? frame.x0 +
				((frame.x1 - frame.x0) * trackPercent(Math.max(0, Math.min(last, u)), last)) / 100
			: (frame.x0 + frame.x1) / 2;
	const xs = months.map((_, i) => x(i));
	const step = last > 0 ? (frame.x1 - frame.x0) / last : frame.x1 - frame.x0;
	const full = { ...frame, scale, labelRight: frame.labelRight ?? frame.x1 + step / 2 };

	// The room per line: the most crowded month must fit between y0 and y1. Bands stand at
	// least a line's room apart, so two lines of different bands never look like neighbours
	// unless a ribbon joins them.
	const padding = STORYLINE.bandPadding * scale;
	const minimumGap = STORYLINE.bandGap * scale;
	const height = Math.max(1, frame.y1 - frame.y0);
	let slot = STORYLINE.slot.max * scale;
	for (const column of storyline.columns) {
		const n = column.slots.length;
		const bands = column.bands.length;
		if (!n) continue;
		const narrow = (height - bands * 2 * padding - (bands - 1) * minimumGap) / n;
		const wide = (height - bands * 2 * padding) / (n + bands - 1);
		slot = Math.min(slot, narrow <= minimumGap ? narrow : wide);
	}
	slot = Math.max(STORYLINE.slot.min, slot);
	const gap = Math.max(minimumGap, slot);

	// Heights per month: each band's edges, each slot's line. Bands keep the lines that go on
	// from the month before where they were, as far as the bands' order and gaps allow.
	const lineY = storyline.columns.map(() => new Map<string, number>());
	const bandEdges = new Map<string | null, Map<number, { y1: number; y2: number }>>(
		storyline.bandOrder.map((id) => [id, new Map()])
	);
	let bottom = frame.y0;
	storyline.columns.forEach((column, t) => {
		const previous = t > 0 ? lineY[t - 1]! : null;
		const previousBand = new Map(
			t > 0
				? storyline.columns[t - 1]!.bands.flatMap((band) =>
						storyline.columns[t - 1]!.slots.slice(band.from, band.to).map(
							(slot) => [slot.person, band.faction] as const
						)
					)
				: []
		);
		const previousSizes = new Map(
			t > 0
				? storyline.columns[t - 1]!.bands.map((band) => [band.faction, band.to - band.from])
				: []
		);
		const heights = column.bands.map((band) => 2 * padding + (band.to - band.from) * slot);
		const wishes = column.bands.map((band) => {
			let sum = 0;
			let count = 0;
			for (let i = band.from; i < band.to; i++) {
				const person = column.slots[i]!.person;
				const before = previous?.get(person);
				if (before === undefined || previousBand.get(person) !== band.faction) continue;
				sum += before - padding - (i - band.from + 0.5) * slot;
				count++;
			}
			const previousSize = t > 0 ? previousSizes.get(band.faction) : undefined;
			// A band whose people change moves anyway: then it may also go back towards the top.
			const steady = count === band.to - band.from && previousSize === count;
			return count ? { top: sum / count, weight: count, steady } : null;
		});
		const tops = placeBands(heights, wishes, gap, frame.y0, frame.y1);
		column.bands.forEach((band, b) => {
			const y1 = tops[b]!;
			for (let i = band.from; i < band.to; i++)
				lineY[t]!.set(column.slots[i]!.person, y1 + padding + (i - band.from + 0.5) * slot);
			const y2 = y1 + heights[b]!;
			bandEdges.get(band.faction)!.set(t, { y1, y2 });
			bottom = Math.max(bottom, y2);
		});
	});

	const factionById = new Map(dataset.factions.map((f) => [f.id, f]));
	const colourOf = (faction: string | null) =>
		(faction && factionById.get(faction)?.colour) || INK.unknownFaction;

	const bands: BandGeometry[] = storyline.bandOrder.map((faction) => {
		const edges = bandEdges.get(faction)!;
		const indexes = [...edges.keys()].sort((a, b) => a - b);
		const d = runsOf(indexes)
			.map(([a, b]) => {
				const span = Array.from({ length: b - a + 1 }, (_, k) => edges.get(a + k)!);
				return areaData(
					{ first: a, ys: span.map((e) => e.y1) },
					{ first: a, ys: span.map((e) => e.y2) },
					a - 0.5,
					b + 0.5,
					x
				);
			})
			.join('');
		return {
			faction,
			label: (faction && factionById.get(faction)?.label) || 'Faction unknown',
			colour: colourOf(faction),
			d,
			months: indexes.map((index) => ({ index, ...edges.get(index)! }))
		};
	});

	// Line widths: as the encoding says, never wider than a share of the slot.
	const room = slot * STORYLINE.maxSlotShare;
	const widths: Record<StatusClass, number> = {
		full: Math.min(room, STORYLINE.line.full.width * scale),
		candidate: Math.min(room, STORYLINE.line.candidate.width * scale),
		outside: Math.min(room, STORYLINE.line.outside.width * scale)
	};

	const people = new Map(dataset.people.map((p) => [p.id, p]));
	// Each person's months on stage, heights and styles, gathered in one pass over the months.
	const appearances = new Map<
		string,
		{ indexes: number[]; ys: number[]; statuses: StatusClass[]; colours: string[] }
	>();
	storyline.columns.forEach((column, t) => {
		const heights = lineY[t]!;
		for (const s of column.slots) {
			let entry = appearances.get(s.person);
			if (!entry) {
				entry = { indexes: [], ys: [], statuses: [], colours: [] };
				appearances.set(s.person, entry);
			}
			entry.indexes.push(t);
			entry.ys.push(heights.get(s.person)!);
			entry.statuses.push(statusClass(s.politburo));
			entry.colours.push(colourOf(s.faction));
		}
	});
	const lines: LineGeometry[] = [...appearances.entries()].map(([person, entry]) => {
		const { indexes } = entry;
		const runs = runsOf(indexes);
		const pieces: LinePiece[] = [];
		const route: string[] = [];
		let offset = 0;
		for (const [a, b] of runs) {
			const at = offset - a;
			offset += b - a + 1;
			const styleAt = (t: number) => ({
				status: entry.statuses[at + t]!,
				colour: entry.colours[at + t]!
			});
			const track: Track = { first: a, ys: entry.ys.slice(at + a, at + b + 1) };
			const whole = lineData(track, a - 0.5, b + 0.5, x);
			route.push(whole);
			let pieceStart = a;
			let style = styleAt(a);
			for (let t = a + 1; t <= b + 1; t++) {
				const next = t <= b ? styleAt(t) : null;
				if (next && next.status === style.status && next.colour === style.colour) continue;
				pieces.push({
					...style,
					d:
						pieceStart === a && t > b
							? whole
							: lineData(
									track,
									pieceStart === a ? a - 0.5 : pieceStart - 0.5,
									t > b ? b + 0.5 : t - 0.5,
									x
								)
				});
				if (next) [pieceStart, style] = [t, next];
			}
		}
		return {
			person,
			label: people.get(person)?.label ?? person,
			d: route.join(''),
			pieces,
			points: indexes.map((index, i) => ({ index, x: xs[index]!, y: entry.ys[i]! }))
		};
	});

	const ribbons = ribbonsOf(dataset, storyline, lineY, slot, x);

	// Axis: years and events, as the time bar has them.
	const width = frame.x1 - frame.x0;
	const yearList = yearStarts(months);
	const every = yearLabelStep(yearList.length, width, STORYLINE.axis.yearLabelRoom * scale);
	const years = yearList.map(({ year, index }) => ({
		year,
		x: xs[index]!,
		labelled: year % every === 0
	}));
	const events = eventMarks(months, dataset.events).map((mark) => ({
		month: mark.month,
		x: xs[mark.index]!,
		name: mark.name
	}));

	const labels = placeLabels(bands, lines, ribbons, {
		xs,
		step,
		slot,
		scale,
		frame: full,
		bottom
	});
	return {
		frame: full,
		xs,
		step,
		slot,
		bottom,
		bands,
		ribbons,
		lines,
		labels,
		years,
		events,
		widths
	};
}

/**
 * How strongly a band is drawn back up to the top of the frame, against staying put: a little
 * in a month when its people change (it moves then anyway), next to nothing when they do not.
 */
const HOMING = { changing: 0.5, steady: 1e-3 };

/**
 * The tops of a month's bands, in order, each `heights[i]` tall with `gap` between: as near as
 * possible (least squares) to where each wishes to be, weighted by how many of its lines go on
 * from the month before, with a weak pull to the top `y0` so bands do not drift; never above
 * `y0` nor past `y1`. Solved exactly by pooling adjacent violators (isotonic regression).
 */
export function placeBands(
	heights: readonly number[],
	wishes: readonly ({ top: number; weight: number; steady?: boolean } | null)[],
	gap: number,
	y0: number,
	y1: number
): number[] {
	const offsets: number[] = [];
	let total = 0;
	for (const h of heights) {
		offsets.push(total);
		total += h + gap;
	}
	total -= gap;
	// Tops less their offsets must not decrease: the bands keep their order and gaps.
	const blocks: { value: number; weight: number; count: number }[] = [];
	heights.forEach((_, i) => {
		const wish = wishes[i];
		const homing = wish?.steady ? HOMING.steady : HOMING.changing;
		const weight = (wish?.weight ?? 0) + homing;
		const value = ((wish ? wish.top * wish.weight : 0) + (y0 + offsets[i]!) * homing) / weight;
		blocks.push({ value: value - offsets[i]!, weight, count: 1 });
		while (
			blocks.length > 1 &&
			blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value
		) {
			const b = blocks.pop()!;
			const a = blocks.pop()!;
			const weight = a.weight + b.weight;
			blocks.push({
				value: (a.value * a.weight + b.value * b.weight) / weight,
				weight,
				count: a.count + b.count
			});
		}
	});
	const highest = Math.max(y0, y1 - total);
	const tops: number[] = [];
	for (const block of blocks)
		for (let k = 0; k < block.count; k++) {
			const i = tops.length;
			tops.push(Math.min(highest, Math.max(y0, block.value)) + offsets[i]!);
		}
	return tops;
}

/**
 * Each alliance's ribbon: at each month, the members that stand next to each other (across a
 * band border too) are spanned by one stretch reaching half a slot past the outer lines; runs of
 * months with the same number of stretches are joined into smooth areas.
 */
function ribbonsOf(
	dataset: Dataset,
	storyline: Storyline,
	lineY: Map<string, number>[],
	slot: number,
	x: (u: number) => number
): RibbonGeometry[] {
	const reach = slot * STORYLINE.ribbon.reach;
	const stretches = new Map<string, Map<number, { y1: number; y2: number }[]>>();
	const size = new Map<string, number>();
	storyline.columns.forEach((column, t) => {
		const place = new Map(column.slots.map((s, i) => [s.person, i]));
		for (const alliance of column.alliances) {
			const slots = alliance.members.map((m) => place.get(m)!).sort((a, b) => a - b);
			const list: { y1: number; y2: number }[] = [];
			for (const [a, b] of runsOf(slots)) {
				if (a === b) continue;
				list.push({
					y1: lineY[t]!.get(column.slots[a]!.person)! - reach,
					y2: lineY[t]!.get(column.slots[b]!.person)! + reach
				});
			}
			if (!list.length) continue;
			if (!stretches.has(alliance.id)) stretches.set(alliance.id, new Map());
			stretches.get(alliance.id)!.set(t, list);
			size.set(alliance.id, Math.max(size.get(alliance.id) ?? 0, alliance.members.length));
		}
	});
	const byId = new Map(dataset.alliances.map((a) => [a.id, a]));
	return [...stretches.entries()]
		.sort(([a], [b]) => size.get(b)! - size.get(a)! || (a < b ? -1 : 1))
		.map(([id, perMonth]) => {
			const alliance = byId.get(id)!;
			const indexes = [...perMonth.keys()].sort((a, b) => a - b);
			const parts: string[] = [];
			const starts: RibbonGeometry['starts'] = [];
			// Runs of consecutive months with the same count of stretches.
			let runStart = 0;
			for (let k = 1; k <= indexes.length; k++) {
				const [a, b] = [indexes[runStart]!, indexes[k - 1]!];
				const next = indexes[k];
				if (next === b + 1 && perMonth.get(next)!.length === perMonth.get(a)!.length) continue;
				const count = perMonth.get(a)!.length;
				for (let j = 0; j < count; j++) {
					const span = Array.from({ length: b - a + 1 }, (_, i) => perMonth.get(a + i)![j]!);
					parts.push(
						areaData(
							{ first: a, ys: span.map((s) => s.y1) },
							{ first: a, ys: span.map((s) => s.y2) },
							a - 0.5,
							b + 0.5,
							x
						)
					);
					// A run that only continues one with another count of stretches is not a start.
					if (j === 0 && indexes[runStart - 1] !== a - 1)
						starts.push(span.map((stretch, i) => ({ index: a + i, ...stretch })));
				}
				runStart = k;
			}
			return {
				alliance: id,
				name: alliance.name,
				colour: alliance.colour,
				kind: alliance.kind,
				d: parts.join(''),
				starts
			};
		});
}

/**
 * Where a name may be set off its line's start, nearest first: up or down by `dy` (never on the
 * line itself) and right by `dx` (its start that far right of the line's start) or, dearer, left
 * (its end that far left of it: `left`), within `reach`; `size`: the text's size.
 */
function setOffOffsets(
	reach: number,
	size: number
): { dx: number; dy: number; left: boolean; cost: number }[] {
	const offsets: { dx: number; dy: number; left: boolean; cost: number }[] = [];
	const across = size * 0.5;
	for (let dx = 0; dx <= reach; dx += size)
		for (let k = 2; k * across <= reach; k++)
			for (const dy of [-k * across, k * across])
				for (const left of [false, true]) {
					const distance = Math.hypot(dx, dy);
					// A little dearer than the same distance along the line, which needs no leader;
					// left of the start dearer still, as names are read from where lines begin.
					if (distance <= reach)
						offsets.push({ dx, dy, left, cost: distance + size * (left ? 2 : 0.5) });
				}
	return offsets.sort(
		(a, b) => a.cost - b.cost || a.dy - b.dy || a.dx - b.dx || Number(a.left) - Number(b.left)
	);
}

/**
 * How far (pixels, before scaling) leaders may be kept from the starts of other lines, tried in
 * turn when placing names set off their lines: see `placeLabels`.
 */
const STARTS_CLEARANCE = [0, 0.25, 0.5, 1];

/**
 * Names placed so that none overlaps another, deterministically: bands first (at the start of
 * each stretch they hold people), then people where their line starts (and after each break),
 * then alliances (above or below their ribbon where it starts), then the people whose start had
 * no room, then names right of where long stretches end. A person's name without room at the
 * start goes to the nearest free place within `STORYLINE.label.reach` of it: further along the
 * line, or set off it (above or below, right or, dearer, left) with a leader line from the
 * line's start; a leader crosses no other leader, and passes behind other names only for a name
 * that has no place otherwise; a name set off near a start left without a place gives way if
 * both then find one; and leaders keep clear of other lines' starts by the margin (of
 * `STARTS_CLEARANCE`) that names the most. Where lines have too little room for names on screen
 * (`STORYLINE.label.minSlot`) nothing is set off. A name with no place is left out (hovering
 * the line still names it).
 */
function placeLabels(
	bands: BandGeometry[],
	lines: LineGeometry[],
	ribbons: RibbonGeometry[],
	{
		xs,
		step,
		slot,
		scale,
		frame,
		bottom
	}: {
		xs: readonly number[];
		step: number;
		slot: number;
		scale: number;
		frame: Required<StorylineFrame>;
		bottom: number;
	}
): LabelGeometry[] {
	const { label: style, bandLabel, allianceLabel } = STORYLINE;
	let board = new LabelBoard(Math.max(20, 60 * scale));
	const placed: LabelGeometry[] = [];
	const right = frame.labelRight;
	const left = Math.min(frame.x0, frame.x0 - step / 2) - 1;
	/**
	 * Places `candidate` if it fits; `from`: the point a leader line goes from to the name's box
	 * (the start of the person's line, for a name set off it).
	 */
	const tryPlace = (
		candidate: Omit<LabelGeometry, 'box'>,
		from?: Point,
		behind = false
	): boolean => {
		const width = estimateTextWidth(candidate.text, candidate.size);
		const ascent = candidate.size * 0.8;
		const descent = candidate.size * 0.25;
		const box = {
			x1: candidate.x - 1,
			y1: candidate.y - ascent,
			x2: candidate.x + width + 1,
			y2: candidate.y + descent
		};
		if (
			box.x1 < left ||
			box.x2 > right + 1 ||
			box.y1 < frame.y0 - candidate.size * 1.5 ||
			box.y2 > bottom + candidate.size
		)
			return false;
		const leader = from && {
			x1: from[0],
			y1: from[1],
			x2: Math.min(box.x2, Math.max(box.x1, from[0])),
			y2: Math.min(box.y2, Math.max(box.y1, from[1]))
		};
		if (!board.fits(box, leader, behind)) return false;
		board.add(box, leader);
		placed.push({ ...candidate, box, ...(leader ? { leader } : {}) });
		return true;
	};
	const fontSize = (size: number) => size * scale;
	// Labels sit on a line's height, centred: baseline a third of the size below it.
	const baseline = (y: number, size: number) => y + size * 0.35;

	for (const band of bands) {
		const size = fontSize(bandLabel.size);
		const indexes = band.months.map((m) => m.index);
		for (const [a, b] of runsOf(indexes)) {
			if (b - a < 6) continue;
			const edges = band.months[indexes.indexOf(a)]!;
			tryPlace({
				kind: 'band',
				id: band.faction ?? '',
				text: band.label,
				x: Math.max(frame.x0, frame.x0 + (a - 0.5) * step) + 2 * scale,
				y: edges.y1 - 3 * scale,
				size,
				colour: factionTextColour(band.colour),
				bold: true
			});
		}
	}

	const personSize = fontSize(style.size);
	const gap = style.gap * scale;
	/** Where each stretch of each line starts: its line, first month and points. */
	const starts: { line: LineGeometry; a: number; b: number; points: LineGeometry['points'] }[] = [];
	for (const line of lines) {
		let start = 0;
		for (const [a, b] of runsOf(line.points.map((p) => p.index))) {
			starts.push({ line, a, b, points: line.points.slice(start, start + b - a + 1) });
			start += b - a + 1;
		}
	}
	const personLabel = (line: LineGeometry, x: number, y: number) => ({
		kind: 'person' as const,
		id: line.person,
		text: line.label,
		x,
		y: baseline(y, personSize),
		size: personSize,
		colour: INK.text,
		bold: false
	});
	const startX = (x: number) => Math.max(frame.x0, x - step / 2);
	// First every name on its own line where the line starts, so no name set off its line
	// takes another's place.
	const unnamed = starts.filter(
		({ line, points }) => !tryPlace(personLabel(line, startX(points[0]!.x) + gap, points[0]!.y))
	);
	// Then the alliances' names, by their ribbons.
	const allianceSize = fontSize(allianceLabel.size);
	// Longer runs first: the alliances that shaped the years get their names before brief ones.
	const runs = ribbons
		.flatMap((ribbon) => ribbon.starts.map((run) => ({ ribbon, run })))
		.sort((a, b) => b.run.length - a.run.length || a.run[0]!.index - b.run[0]!.index);
	for (const { ribbon, run } of runs) {
		const colour = darken(ribbon.colour, allianceLabel.darken);
		// Above the ribbon, below it, or in its middle (across a band border, that is the gap),
		// where it starts or up to a year further along its first run, so it names where it began.
		[0, 2, 4, 6, 9, 12].some((shift) => {
			const at = run[shift];
			if (!at) return false;
			const x0 = Math.max(frame.x0, xs[at.index]! - (shift ? 0 : step / 2));
			return [
				at.y1 - 2 * scale,
				at.y2 + allianceSize * 0.85,
				(at.y1 + at.y2) / 2 + allianceSize * 0.35
			].some((y) =>
				tryPlace({
					kind: 'alliance',
					id: ribbon.alliance,
					text: ribbon.name,
					x: x0,
					y,
					size: allianceSize,
					colour,
					bold: true
				})
			);
		});
	}

	// Then the names that did not fit: the nearest free place to where the line starts, either
	// further along the line or set off it (above or below, a little right) with a leader line,
	// within `STORYLINE.label.reach`; the most crowded starts (the first months) first come
	// first served, top to bottom.
	// Only where lines have room for names: in a denser drawing (hundreds of people) a screen
	// names only the people brought forward, and the search would cost seconds.
	const reach = style.reach * scale;
	const offsets = slot >= style.minSlot * scale ? setOffOffsets(reach, personSize) : [];
	if (!offsets.length) unnamed.length = 0;
	unnamed.sort((p, q) => p.a - q.a || p.points[0]!.y - q.points[0]!.y);
	/** Names `start`'s line nearest its start within `within`; whether it could. */
	const setOff = ({ line, points }: (typeof starts)[number], within: number, behind: boolean) => {
		const from: Point = [startX(points[0]!.x), points[0]!.y];
		// Along the line, each month up to the reach.
		const along = points.slice(1).filter((p) => p.x - from[0] <= within);
		// Both lists are in order of distance: tried merged, nearest first.
		let i = 0;
		for (const offset of offsets) {
			if (offset.cost > within) break;
			for (; i < along.length && along[i]!.x - from[0] <= offset.cost; i++)
				if (tryPlace(personLabel(line, along[i]!.x + gap, along[i]!.y))) return true;
			const x = offset.left
				? from[0] - gap - offset.dx - estimateTextWidth(line.label, personSize)
				: from[0] + gap + offset.dx;
			if (tryPlace(personLabel(line, x, from[1] + offset.dy), from, behind)) return true;
		}
		for (; i < along.length; i++)
			if (tryPlace(personLabel(line, along[i]!.x + gap, along[i]!.y))) return true;
		return false;
	};
	type Start = (typeof starts)[number];
	/** The start each name set off from here on names. */
	const startOf = new Map<LabelGeometry, Start>();
	const name = (start: Start, behind: boolean) => {
		const count = placed.length;
		if (!setOff(start, reach, behind)) return false;
		startOf.set(placed[count]!, start);
		return true;
	};
	/** Names `order` on `base`: the board and names it leaves, and how many starts it names. */
	const nameAll = (base: LabelBoard, order: readonly Start[]) => {
		const placedBefore = placed.length;
		board = base.clone();
		// Leaders clear of every name first; then, for the names still left out, a leader may
		// pass behind other names (each name's paper edge hides it there), never across another
		// leader.
		const stillUnnamed = order.filter((start) => !name(start, false));
		const missing = stillUnnamed.filter((start) => !name(start, true));
		// First come first served leaves a start without a place where names set off before it
		// took the room around it though they could have gone elsewhere: a name set off near the
		// start gives way if both then find a place, nearest first.
		for (const start of missing) {
			const [x, y] = [startX(start.points[0]!.x), start.points[0]!.y];
			const distance = ({ box }: LabelGeometry) =>
				Math.hypot(Math.max(box.x1 - x, 0, x - box.x2), Math.max(box.y1 - y, 0, y - box.y2));
			const near = placed
				.slice(placedBefore)
				.filter((label) => distance(label) <= 2 * reach)
				.sort((a, b) => distance(a) - distance(b));
			for (const other of near) {
				const at = placed.indexOf(other);
				placed.splice(at, 1);
				board.remove(other.box, other.leader);
				const count = placed.length;
				const moved = startOf.get(other)!;
				if ((name(start, false) || name(start, true)) && (name(moved, false) || name(moved, true)))
					break;
				for (const label of placed.splice(count)) board.remove(label.box, label.leader);
				placed.splice(at, 0, other);
				board.add(other.box, other.leader);
			}
		}
		const named = new Set(placed.slice(placedBefore).map((label) => startOf.get(label)));
		const result = { board, placed: placed.splice(placedBefore), named: named.size };
		return result;
	};
	// A leader passing right by another line's start fences that line in: in the first months
	// lines start a slot apart in a column, and a name set off straight down from one of them
	// (where the drawing is tall enough to have room below) runs past the starts under it, whose
	// leaders then cannot get out without crossing it. So leaders are kept a little clear of the
	// other lines' starts, by each of a few margins (none, as before, first): the placement that
	// names the most starts wins.
	const before = board.clone();
	let best: ReturnType<typeof nameAll> | null = null;
	for (const margin of unnamed.length ? STARTS_CLEARANCE : []) {
		const base = before.clone();
		const clear = margin * scale;
		if (clear > 0)
			for (const { a, points } of starts) {
				// At the frame's left edge names have no way round: they go straight up or down.
				if (a === 0) continue;
				const [x, y] = [startX(points[0]!.x), points[0]!.y];
				base.mark({ x1: x - clear, y1: y - clear, x2: x + clear, y2: y + clear });
			}
		const result = nameAll(base, unnamed);
		if (!best || result.named > best.named) best = result;
		if (best.named === unnamed.length) break;
	}
	if (best) {
		board = best.board;
		placed.push(...best.placed);
	}
	// And where each long stretch ends, right of its last month.
	for (const line of lines) {
		const runs = runsOf(line.points.map((p) => p.index));
		let start = 0;
		for (const [a, b] of runs) {
			const next = start + b - a + 1;
			const width = estimateTextWidth(line.label, personSize);
			if ((b - a) * step < 3 * width) {
				start = next;
				continue;
			}
			const point = line.points[start + b - a]!;
			tryPlace({
				kind: 'person',
				id: line.person,
				text: line.label,
				x: point.x + step / 2 + gap,
				y: baseline(point.y, personSize),
				size: personSize,
				colour: INK.text,
				bold: false
			});
			start = next;
		}
	}

	return placed;
}
