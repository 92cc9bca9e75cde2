import type { AllianceKind, Dataset } from '../model/schema';
import { nondecreasingFit } from '../model/geometry';
import { allianceNumbers, type Storyline } from '../model/storyline';
import { eventMarks, trackPercent, yearLabelStep, yearStarts } from '../model/time-bar';
import { INK, STORYLINE, darken, factionTextColour, type StatusClass } from './encoding';
import { statusClass } from './elements';
import { estimateTextInk, estimateTextWidth } from './text';

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
	/** The top of the highest band, and the most the bands (and names' ink) may reach down to. */
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
	/** Its number (`allianceNumbers`): its mark where its name has no room, and its key entry. */
	number: number;
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
	/** `mark`: an alliance's number where it starts, for an alliance whose name had no room. */
	kind: 'person' | 'alliance' | 'mark' | 'band';
	/** The person's, alliance's or faction's id (`''` for people of no known faction). */
	id: string;
	text: string;
	/** Where the text starts (it is drawn `text-anchor: start`) and its baseline. */
	x: number;
	y: number;
	size: number;
	colour: string;
	bold: boolean;
	/**
	 * The box it takes, used to keep labels `STORYLINE.label.apart` apart: its glyphs' ink (as
	 * wide as their advances, bold if it may be drawn bold), the paper halo round it and half a
	 * pixel more each side for rasterising.
	 */
	box: { x1: number; y1: number; x2: number; y2: number };
	/**
	 * A person's name set off its line (where the line's start is too crowded for it): a thin
	 * line from where the person's line starts to the name's box; an alliance's name set off its
	 * ribbon: from the top or bottom of the ribbon where it starts.
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

/** Whether boxes `a` and `b` come nearer each other than `gap` (touching is not overlapping). */
const boxesNear = (a: Box, b: Box, gap: number) =>
	a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** Whether segment `s` passes through the inside of box `b` (Liang–Barsky clipping). */
export function segmentCrossesBox(s: Segment, b: Box): boolean {
	const dx = s.x2 - s.x1;
	const dy = s.y2 - s.y1;
	let t0 = 0;
	let t1 = 1;
	// One edge of the box at a time: `p` the segment's pace towards its outside, `q` the room.
	const clip = (p: number, q: number) => {
		if (p === 0) return q > 0;
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		return t0 < t1;
	};
	return (
		clip(-dx, s.x1 - b.x1) &&
		clip(dx, b.x2 - s.x1) &&
		clip(-dy, s.y1 - b.y1) &&
		clip(dy, b.y2 - s.y1)
	);
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

/**
 * An alliance's name without the gloss in brackets at its end: "Troika" for "Troika
 * (Zinoviev–Kamenev–Stalin)", "New (Leningrad) Opposition" as it is.
 */
export function shortName(name: string): string {
	return name.replace(/\s*\([^()]*\)$/, '') || name;
}

/** Room left for rounding where a name is placed just clear of another. */
const EPSILON = 1e-6;

/**
 * The stretches of `[lo, hi]` outside every interval of `taken` (open intervals, their ends
 * outside them, in order of their starts), in order.
 */
function freeStretches(
	taken: readonly (readonly [number, number])[],
	lo: number,
	hi: number
): [number, number][] {
	const free: [number, number][] = [];
	let at = lo;
	for (const [a, b] of taken) {
		if (b <= at || a >= hi) continue;
		if (a >= at) free.push([at, a]);
		at = b;
	}
	if (at <= hi) free.push([at, hi]);
	return free;
}

/** A label before it is placed: what it says and how it is drawn. */
type NameStyle = Omit<LabelGeometry, 'x' | 'y' | 'box' | 'leader'>;

/** A label to place, with its text's width and its ink above and below the baseline. */
interface Name {
	label: NameStyle;
	width: number;
	ascent: number;
	descent: number;
}

/**
 * Which leaders may pass behind names (each name's paper edge hides them there): none; those
 * placed before, behind the name being placed (`under`); or those and the name's own leader,
 * behind the names placed before (`both`).
 */
type Behind = 'none' | 'under' | 'both';

/** What one cell of a `LabelBoard` holds. */
interface BoardCell {
	boxes: Box[];
	leaders: Segment[];
	marks: Box[];
}

/**
 * Keeps labels apart, `gap` at least between boxes: a grid of square cells over `area`, each
 * holding the boxes, leaders and marks that reach into it, so a candidate is checked against
 * its neighbours only (placing a screen's names tries tens of thousands of candidates). Things
 * beyond `area` are filed in its edge cells.
 */
class LabelBoard {
	private cells: (BoardCell | undefined)[];
	private columns: number;
	private rows: number;
	constructor(
		private cell: number,
		private gap: number,
		private area: Box
	) {
		this.columns = Math.max(1, Math.ceil((area.x2 - area.x1) / cell));
		this.rows = Math.max(1, Math.ceil((area.y2 - area.y1) / cell));
		this.cells = new Array<BoardCell | undefined>(this.columns * this.rows);
	}
	private column(x: number) {
		return Math.min(this.columns - 1, Math.max(0, Math.floor((x - this.area.x1) / this.cell)));
	}
	private row(y: number) {
		return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.area.y1) / this.cell)));
	}
	/**
	 * Calls `visit` with each cell (made if `make`) that the box `x1 … y2` reaches into, until it
	 * returns false; whether none did.
	 */
	private every(
		x1: number,
		y1: number,
		x2: number,
		y2: number,
		make: boolean,
		visit: (cell: BoardCell) => boolean
	): boolean {
		const [i2, j1, j2] = [this.column(x2), this.row(y1), this.row(y2)];
		for (let i = this.column(x1); i <= i2; i++)
			for (let j = j1; j <= j2; j++) {
				const at = i * this.rows + j;
				let cell = this.cells[at];
				if (!cell && make) this.cells[at] = cell = { boxes: [], leaders: [], marks: [] };
				if (cell && !visit(cell)) return false;
			}
		return true;
	}
	/**
	 * Whether `box` stays clear of every box placed, and `box` and its `leader` of every leader;
	 * leaders must keep clear of boxes too, but where `behind` lets them pass behind names.
	 */
	fits(box: Box, leader?: Segment, behind: Behind = 'none'): boolean {
		return this.blockers(box, leader, behind, 0) !== null;
	}
	/**
	 * What keeps `box` and its `leader` from fitting (see `fits`): the boxes and leaders placed in
	 * the way; null where more than `most` are, or a mark is (marks never move).
	 */
	blockers(
		box: Box,
		leader: Segment | undefined,
		behind: Behind,
		most: number
	): Set<Box | Segment> | null {
		const gap = this.gap;
		const found = new Set<Box | Segment>();
		const clear = this.every(
			box.x1 - gap,
			box.y1 - gap,
			box.x2 + gap,
			box.y2 + gap,
			false,
			({ boxes, leaders }) => {
				for (const o of boxes) if (boxesNear(box, o, gap)) found.add(o);
				if (behind === 'none') for (const o of leaders) if (segmentCrossesBox(o, box)) found.add(o);
				return found.size <= most;
			}
		);
		if (!clear) return null;
		if (!leader) return found;
		const { x1, y1, x2, y2 } = leader;
		const leaderClear = this.every(
			Math.min(x1, x2),
			Math.min(y1, y2),
			Math.max(x1, x2),
			Math.max(y1, y2),
			false,
			({ boxes, leaders, marks }) => {
				if (behind !== 'both')
					for (const o of boxes) if (segmentCrossesBox(leader, o)) found.add(o);
				for (const o of leaders) if (segmentsCross(leader, o)) found.add(o);
				return (
					found.size <= most &&
					marks.every((o) => !segmentCrossesBox(leader, o) || boxHolds(o, x1, y1))
				);
			}
		);
		return leaderClear ? found : null;
	}
	/** The boxes placed that reach into the cells of `area` (one in several cells more than once). */
	boxesIn(area: Box): Box[] {
		const found: Box[] = [];
		this.every(area.x1, area.y1, area.x2, area.y2, false, ({ boxes }) => {
			found.push(...boxes);
			return true;
		});
		return found;
	}
	clone(): LabelBoard {
		const copy = new LabelBoard(this.cell, this.gap, this.area);
		this.cells.forEach((cell, at) => {
			if (cell)
				copy.cells[at] = {
					boxes: cell.boxes.slice(),
					leaders: cell.leaders.slice(),
					marks: cell.marks.slice()
				};
		});
		return copy;
	}
	private file(box: Box, visit: (cell: BoardCell) => void) {
		this.every(box.x1, box.y1, box.x2, box.y2, true, (cell) => {
			visit(cell);
			return true;
		});
	}
	private fileLeader(s: Segment, visit: (cell: BoardCell) => void) {
		this.file(
			{
				x1: Math.min(s.x1, s.x2),
				y1: Math.min(s.y1, s.y2),
				x2: Math.max(s.x1, s.x2),
				y2: Math.max(s.y1, s.y2)
			},
			visit
		);
	}
	add(box: Box, leader?: Segment) {
		this.file(box, (cell) => cell.boxes.push(box));
		if (leader) this.fileLeader(leader, (cell) => cell.leaders.push(leader));
	}
	/** Takes away a box and leader added before. */
	remove(box: Box, leader?: Segment) {
		this.file(box, (cell) => (cell.boxes = cell.boxes.filter((o) => o !== box)));
		if (leader)
			this.fileLeader(leader, (cell) => (cell.leaders = cell.leaders.filter((o) => o !== leader)));
	}
	/** A place leaders keep clear of (but the leader that starts in it). */
	mark(box: Box) {
		this.file(box, (cell) => cell.marks.push(box));
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
	frame: StorylineFrame,
	/** `false`: without the names (`labels` empty), for `storylineNames` to place later. */
	{ names = true }: { names?: boolean } = {}
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

	const drawing: StorylineGeometry = {
		frame: full,
		xs,
		step,
		slot,
		bottom,
		bands,
		ribbons,
		lines,
		labels: [],
		years,
		events,
		widths
	};
	return names ? { ...drawing, labels: storylineNames(dataset, drawing) } : drawing;
}

/**
 * The names of a storyline drawing (`StorylineGeometry.labels`), placed apart (see
 * `placeLabels`): the slow part of a drawing, which a screen may draw its lines without first.
 */
export function storylineNames(dataset: Dataset, drawing: StorylineGeometry): LabelGeometry[] {
	const { bands, lines, ribbons, xs, step, slot, frame, bottom } = drawing;
	return placeLabels(bands, lines, ribbons, {
		bold: new Set(dataset.meta.featured ?? []),
		xs,
		step,
		slot,
		scale: frame.scale,
		frame,
		bottom
	});
}

/** An alliance a drawing names in its key rather than where it starts. */
export interface KeyEntry {
	alliance: string;
	number: number;
	name: string;
	/** The colour its name and mark are written in. */
	colour: string;
	/** Whether its number marks where it starts (a drawing too crowded may have no room even for that). */
	marked: boolean;
	/** The index of the month where its ribbon first starts. */
	start: number;
}

/**
 * The key of a drawing named `labels`: each alliance with a ribbon but no name where it starts,
 * by its number.
 */
export function storylineKey(
	ribbons: readonly RibbonGeometry[],
	labels: readonly LabelGeometry[]
): KeyEntry[] {
	const named = new Set(labels.filter((l) => l.kind === 'alliance').map((l) => l.id));
	const marked = new Set(labels.filter((l) => l.kind === 'mark').map((l) => l.id));
	return ribbons
		.filter((ribbon) => !named.has(ribbon.alliance))
		.sort((a, b) => a.number - b.number)
		.map(({ alliance, number, name, colour, starts }) => ({
			alliance,
			number,
			name,
			colour: darken(colour, STORYLINE.allianceLabel.darken),
			marked: marked.has(alliance),
			start: starts[0]?.[0]?.index ?? 0
		}));
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
	const values: number[] = [];
	const weights: number[] = [];
	heights.forEach((_, i) => {
		const wish = wishes[i];
		const homing = wish?.steady ? HOMING.steady : HOMING.changing;
		const weight = (wish?.weight ?? 0) + homing;
		const value = ((wish ? wish.top * wish.weight : 0) + (y0 + offsets[i]!) * homing) / weight;
		values.push(value - offsets[i]!);
		weights.push(weight);
	});
	const highest = Math.max(y0, y1 - total);
	return nondecreasingFit(values, weights).map(
		(value, i) => Math.min(highest, Math.max(y0, value)) + offsets[i]!
	);
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
	const numbers = allianceNumbers(storyline);
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
				number: numbers.get(id)!,
				d: parts.join(''),
				starts
			};
		});
}

/**
 * How far (pixels, before scaling) leaders may be kept from the starts of other lines, tried in
 * turn when placing names set off their lines: see `placeLabels`.
 */
const STARTS_CLEARANCE = [0, 0.25, 0.5, 1];
/**
 * How near (pixels, before scaling) the names of the lines that start at the drawing's left edge
 * are kept where they can be: see `placeLabels`.
 */
const EDGE_NAMES_NEAR = 70;
/** How many of the people's names nearest a start left without a place may give way to it. */
const GIVE_WAY = 12;

/** How far along its ribbon an alliance's name may go from where the ribbon starts, in months. */
const ALLIANCE_ALONG = 12;

/**
 * What an alliance's name without its gloss costs over the same place for its name as written,
 * in sizes of the name.
 */
const SHORT_NAME_COST = 4;

/** How an alliance's name may take the place of people's names: see `placeLabels`. */
const SQUEEZE = { names: 2, tries: 24 };

/**
 * What a place set off its start costs over its distance, in sizes of the name: a little more
 * than the same distance along the line (which needs no leader) right of the start, and more
 * left of it, as names are read from where lines begin.
 */
const SET_OFF_COST = { right: 0.5, left: 2 };

/**
 * The heights a name set off its start is tried at: up to this many sizes above or below it
 * first (`near`), then further (`far`).
 */
const NEAR_ROWS = 2;
type Rows = 'near' | 'far';

/** A label's middle is this share of its size above its baseline. */
const LIFT = 0.35;

/**
 * Names placed so that none overlaps another, deterministically: bands first (at the start of
 * each stretch they hold people), then people where their line starts (and after each break),
 * then alliances on their ribbon where it starts, then the people whose start had no room (or
 * these two the other way round, where that names more starts or keeps the names of the lines at
 * the left edge within `EDGE_NAMES_NEAR`), then the alliances whose start had none, then the
 * numbers of the alliances still unnamed, then names right of where long stretches end. A person's
 * name without room at the start goes to the nearest free place within `STORYLINE.label.reach`
 * of it: further along the line, or set off it (above or below, right or, dearer, left) with a
 * leader line from the line's start; or a name of the same line placed for another of its starts
 * names it, if no place nearer it is free. A leader crosses no other leader, and passes behind
 * other names only for a name that has no place otherwise; a name near a start left without a
 * place gives way if both then find one; and leaders keep clear of other lines' starts by the
 * margin (of `STARTS_CLEARANCE`) that names the most. An alliance's name goes above or below its
 * ribbon, or set off it with a leader, or without the gloss in brackets at its end, within the
 * reach of where it starts; failing that, it takes the place of people's names that then find
 * another (`SQUEEZE`); failing all that, its number (`RibbonGeometry.number`) marks its start
 * the same ways, or just left of it, and a key names it (`storylineKey`); a mark moves no name
 * of a line at the left edge. Where lines have too little room for names on screen
 * (`STORYLINE.label.minSlot`) nothing is set off. A name with no place is left out (hovering
 * the line still names it). Names keep `STORYLINE.label.apart` between their boxes (see
 * `LabelGeometry.box`: halo included, bold for the featured people, whose names a screen writes
 * bold) and their ink above the frame's `y1`.
 */
function placeLabels(
	bands: BandGeometry[],
	lines: LineGeometry[],
	ribbons: RibbonGeometry[],
	{
		bold,
		xs,
		step,
		slot,
		scale,
		frame,
		bottom
	}: {
		/** The people whose names are drawn bold (the featured, while nobody is selected). */
		bold: ReadonlySet<string>;
		xs: readonly number[];
		step: number;
		slot: number;
		scale: number;
		frame: Required<StorylineFrame>;
		bottom: number;
	}
): LabelGeometry[] {
	const { label: style, bandLabel, allianceLabel } = STORYLINE;
	const fontSize = (size: number) => size * scale;
	const right = frame.labelRight;
	const left = Math.min(frame.x0, frame.x0 - step / 2) - 1;
	const top = frame.y0 - 2 * fontSize(bandLabel.size);
	let board = new LabelBoard(Math.max(20, 60 * scale), style.apart * scale, {
		x1: left,
		y1: top,
		x2: right + 1,
		y2: Math.max(top + 1, Math.min(bottom, frame.y1) + 2 * fontSize(bandLabel.size))
	});
	const placed: LabelGeometry[] = [];
	// Round each name's ink: its halo, and half a pixel for rasterising (hinting moves a name's
	// ink by up to a pixel; two names' boxes are a gap apart, so their halos never meet).
	const edge = (style.haloWidth / 2 + 0.5) * scale;
	/**
	 * A name as drawn (bold where it is, or may be, drawn bold) and its measures, taken once: placing
	 * tries thousands of places for some names.
	 */
	const nameOf = (label: NameStyle): Name => {
		const isBold = label.bold || (label.kind === 'person' && bold.has(label.id));
		const ink = estimateTextInk(label.text, label.size);
		return { label, width: estimateTextWidth(label.text, label.size, isBold), ...ink };
	};
	/**
	 * Places `name` with its text starting at `x` and its baseline at `y`, if it fits; `from`: the
	 * point a leader line goes from to the name's box (the start of the person's line, for a name
	 * set off it).
	 */
	const tryPlace = (
		name: Name,
		x: number,
		y: number,
		from?: Point,
		behind: Behind = 'none'
	): boolean => {
		const at = boxAt(name, x, y, from);
		if (!at || !board.fits(at.box, at.leader, behind)) return false;
		place(name, x, y, at);
		return true;
	};
	/**
	 * The box of `name` with its text starting at `x` and its baseline at `y`, and its leader from
	 * `from`; null if the box would reach out of the drawing.
	 */
	const boxAt = (name: Name, x: number, y: number, from?: Point) => {
		const box = {
			x1: x - edge,
			y1: y - name.ascent - edge,
			x2: x + name.width + edge,
			y2: y + name.descent + edge
		};
		if (
			box.x1 < left ||
			box.x2 > right + 1 ||
			box.y1 < frame.y0 - name.label.size * 1.5 ||
			// Inside the drawing: below `y1` a screen cuts names off and an image has its axis.
			box.y2 > Math.min(bottom + name.label.size, frame.y1 + edge)
		)
			return null;
		const leader = from && {
			x1: from[0],
			y1: from[1],
			x2: Math.min(box.x2, Math.max(box.x1, from[0])),
			y2: Math.min(box.y2, Math.max(box.y1, from[1]))
		};
		return { box, leader };
	};
	const place = (
		name: Name,
		x: number,
		y: number,
		{ box, leader }: NonNullable<ReturnType<typeof boxAt>>
	) => {
		board.add(box, leader);
		placed.push({ ...name.label, x, y, box, ...(leader ? { leader } : {}) });
	};
	// Labels sit on a line's height, centred: baseline a third of the size below it.
	const baseline = (y: number, size: number) => y + size * LIFT;

	for (const band of bands) {
		const size = fontSize(bandLabel.size);
		const indexes = band.months.map((m) => m.index);
		for (const [a, b] of runsOf(indexes)) {
			if (b - a < 6) continue;
			const edges = band.months[indexes.indexOf(a)]!;
			tryPlace(
				nameOf({
					kind: 'band',
					id: band.faction ?? '',
					text: band.label,
					size,
					colour: factionTextColour(band.colour),
					bold: true
				}),
				Math.max(frame.x0, frame.x0 + (a - 0.5) * step) + 2 * scale,
				edges.y1 - 3 * scale
			);
		}
	}

	const personSize = fontSize(style.size);
	const gap = style.gap * scale;
	const apart = style.apart * scale;
	const reach = style.reach * scale;
	/** Where each stretch of each line starts: its line, first month and points. */
	type Start = { line: LineGeometry; a: number; b: number; points: LineGeometry['points'] };
	const starts: Start[] = [];
	for (const line of lines) {
		let start = 0;
		for (const [a, b] of runsOf(line.points.map((p) => p.index))) {
			starts.push({ line, a, b, points: line.points.slice(start, start + b - a + 1) });
			start += b - a + 1;
		}
	}
	const personNames = new Map(
		lines.map((line) => [
			line,
			nameOf({
				kind: 'person',
				id: line.person,
				text: line.label,
				size: personSize,
				colour: INK.text,
				bold: false
			})
		])
	);
	const startX = (x: number) => Math.max(frame.x0, x - step / 2);
	/** Where `start`'s line starts, as drawn. */
	const pointOf = ({ points }: Start): Point => [startX(points[0]!.x), points[0]!.y];
	/** How far `box` is from point `[x, y]`. */
	const distanceTo = (box: Box, [x, y]: Point) =>
		Math.hypot(Math.max(box.x1 - x, 0, x - box.x2), Math.max(box.y1 - y, 0, y - box.y2));
	/** The start each person's name placed for a start names: on its line, or set off it. */
	const startOf = new Map<LabelGeometry, Start>();
	/** The names placed on their own line where it starts. */
	const onTheirLine = new Set<LabelGeometry>();

	// First every name on its own line where the line starts, so no name set off its line
	// takes another's place.
	const unnamed = starts.filter((start) => {
		const [x, y] = pointOf(start);
		const count = placed.length;
		if (!tryPlace(personNames.get(start.line)!, x + gap, baseline(y, personSize))) return true;
		startOf.set(placed[count]!, start);
		onTheirLine.add(placed[count]!);
		return false;
	});

	/**
	 * A place to try for a name: where its text starts, its baseline, what it costs (the cheapest
	 * that fits is taken) and where its leader starts, if it is set off.
	 */
	type Place = { name: Name; x: number; y: number; cost: number; from?: Point };
	/** Offsets from `lo` to `hi`: `lo`, then each multiple of `size` beyond it. */
	const stepsIn = (lo: number, hi: number, size: number) => {
		const steps = [lo];
		for (let k = Math.floor(lo / size) + 1; k * size <= hi; k++) steps.push(k * size);
		return steps;
	};
	/**
	 * The places to set `name` off `from` with a leader from `from`, within the reach of it: above
	 * or below it, at the heights `accepts` takes (given the offset of the name's middle from
	 * `from`, and its box's top and bottom), its text starting right of `from` or (`leftToo`,
	 * dearer) ending left of it. Only places where the name's box is clear of `obstacles` (by
	 * default, the boxes placed) are given: at each height (every half size, and each that brings
	 * the box just under or over a box nearby) the stretches clear of boxes are worked out first,
	 * and in each the place at its near end and those every size further out are given; so names
	 * stack and line up with no room lost between them.
	 */
	const setOffPlaces = (
		name: Name,
		from: Point,
		{
			accepts,
			leftToo,
			rows,
			obstacles
		}: {
			accepts: (offset: number, y1: number, y2: number) => boolean;
			leftToo: boolean;
			rows: Rows;
			obstacles?: readonly Box[];
		}
	): Place[] => {
		const size = name.label.size;
		const places: Place[] = [];
		const width = name.width + 2 * edge;
		const height = name.ascent + name.descent + 2 * edge;
		// The highest and lowest a name's box may reach (see `boxAt`).
		const highest = frame.y0 - size * 1.5;
		const lowest = Math.min(bottom + size, frame.y1 + edge);
		const around = {
			x1: from[0] - reach - width - apart,
			y1: from[1] - reach - height - apart,
			x2: from[0] + reach + width + apart,
			y2: from[1] + reach + height + apart
		};
		const nearby = (
			obstacles ? obstacles.filter((o) => boxesNear(o, around, 0)) : board.boxesIn(around)
		).sort((p, q) => p.x1 - q.x1);
		/** The offset from `from` of the middle of the name whose box's top is at `top`. */
		const offsetOf = (top: number) => top + edge + name.ascent - size * LIFT - from[1];
		const offsets: number[] = [offsetOf(highest), offsetOf(lowest - height)];
		for (let k = 1; (k * size) / 2 <= reach; k++) offsets.push((-k * size) / 2, (k * size) / 2);
		for (const o of nearby)
			offsets.push(offsetOf(o.y2 + apart + EPSILON), offsetOf(o.y1 - apart - height - EPSILON));
		offsets.sort((p, q) => p - q);
		// The left ends the name's box may have: from right of `from` rightwards, and (its right
		// end left of `from`) leftwards.
		const fromRight = from[0] + gap - edge;
		const fromLeft = from[0] - gap - name.width - edge;
		const rightmost = right + 1 - width;
		offsets.forEach((offset, i) => {
			if (offset === offsets[i - 1]) return;
			const y1 = from[1] + offset + size * LIFT - name.ascent - edge;
			const y2 = y1 + height;
			if (Math.abs(offset) > reach || y1 < highest - EPSILON || y2 > lowest + EPSILON) return;
			if (Math.abs(offset) <= NEAR_ROWS * size !== (rows === 'near')) return;
			if (!accepts(offset, y1, y2)) return;
			const room = Math.sqrt(reach * reach - offset * offset);
			/** Adds the place whose box starts at `x1`, `dx` out; whether it is within reach. */
			const add = (x1: number, dx: number, dearer: number) => {
				const cost = Math.hypot(dx, offset) + size * dearer;
				if (cost > reach) return false;
				places.push({ name, x: x1 + edge, y: from[1] + offset + size * LIFT, cost, from });
				return true;
			};
			// The left ends that would bring the box too near a box at this height, in order.
			const taken: (readonly [number, number])[] = [];
			for (const o of nearby)
				if (o.y1 < y2 + apart && y1 < o.y2 + apart)
					taken.push([o.x1 - apart - width - EPSILON, o.x2 + apart + EPSILON]);
			for (const [a, b] of freeStretches(
				taken,
				Math.max(left, fromRight),
				Math.min(rightmost, fromRight + room)
			))
				for (const dx of stepsIn(a - fromRight, b - fromRight, size))
					if (!add(fromRight + dx, dx, SET_OFF_COST.right)) break;
			if (!leftToo) return;
			for (const [a, b] of freeStretches(
				taken,
				Math.max(left, fromLeft - room),
				Math.min(rightmost, fromLeft)
			))
				for (const dx of stepsIn(fromLeft - b, fromLeft - a, size))
					if (!add(fromLeft - dx, dx, SET_OFF_COST.left)) break;
		});
		return places;
	};
	/** Places the first of `places` that fits; whether one did. */
	const tryPlaces = (places: readonly Place[], behind: Behind) =>
		places.some(({ name, x, y, from }) => tryPlace(name, x, y, from, behind));
	const byCost = (p: Place, q: Place) => p.cost - q.cost;
	/**
	 * Places the cheapest that fits of the places `placesIn` gives for names `size` big, in
	 * `attempts` (how leaders may pass behind names, and which places to try so) one after the
	 * other; whether one did. The places set off by more than `NEAR_ROWS` sizes, none cheaper
	 * than `bound`, are worked out only if no nearer place fits the first attempt: most names
	 * find a place near their start.
	 */
	const tryCheapest = (
		placesIn: (rows: Rows) => Place[],
		size: number,
		attempts: readonly { behind: Behind; only?: (place: Place) => boolean }[]
	) => {
		const bound = (NEAR_ROWS + SET_OFF_COST.right) * size;
		const [first, ...others] = attempts;
		const near = placesIn('near').sort(byCost);
		const firstOnes = (list: Place[]) => (first!.only ? list.filter(first!.only) : list);
		if (tryPlaces(firstOnes(near.filter((p) => p.cost <= bound)), first!.behind)) return true;
		const all = [...near, ...placesIn('far')].sort(byCost);
		return (
			tryPlaces(firstOnes(all.filter((p) => p.cost > bound)), first!.behind) ||
			others.some(({ behind, only }) => tryPlaces(only ? all.filter(only) : all, behind))
		);
	};

	// Then the alliances' names where their ribbons start (see `runPlaces`), on the ribbon and as
	// written: before people's names are set off their lines, as a name set off has more places
	// to go. After those, alliances' names may be set off too, or shortened.
	const allianceSize = fontSize(allianceLabel.size);
	// Longer runs first: the alliances that shaped the years get their names before brief ones.
	const runs = ribbons
		.flatMap((ribbon) => ribbon.starts.map((run) => ({ ribbon, run })))
		.sort((a, b) => b.run.length - a.run.length || a.run[0]!.index - b.run[0]!.index);
	type Run = (typeof runs)[number];
	const allianceName = (ribbon: RibbonGeometry, text: string) =>
		nameOf({
			kind: 'alliance',
			id: ribbon.alliance,
			text,
			size: allianceSize,
			colour: darken(ribbon.colour, allianceLabel.darken),
			bold: true
		});
	/** Each ribbon's name as written and, if it ends with a gloss in brackets, without it. */
	const allianceNames = new Map(
		ribbons.map((ribbon) => {
			const short = shortName(ribbon.name);
			const names = [allianceName(ribbon, ribbon.name)];
			if (short !== ribbon.name) names.push(allianceName(ribbon, short));
			return [ribbon, names];
		})
	);
	/**
	 * The places for the name of the alliance where `run` starts: above its ribbon, below it or in
	 * its middle (across a band border, that is the gap) at its first month or up to
	 * `ALLIANCE_ALONG` months further along, or (`setOffToo`) set off above or below it with a
	 * leader from its first month, right of it and within the reach of it (left of it, a name
	 * would stand over the months before the alliance). Its name as written or (`shortToo`,
	 * dearer) without its gloss. Set off, clear of `obstacles` (by default, of every name placed).
	 */
	const runPlaces = (
		{ ribbon, run }: Run,
		{ setOffToo, shortToo, mark }: { setOffToo: boolean; shortToo: boolean; mark?: Name },
		rows: Rows,
		obstacles?: readonly Box[]
	) => {
		const first = run[0]!;
		const x0 = startX(xs[first.index]!);
		const places: Place[] = [];
		const names = mark ? [mark] : allianceNames.get(ribbon)!.slice(0, shortToo ? 2 : 1);
		names.forEach((name, short) => {
			const dearer = short * allianceSize * SHORT_NAME_COST;
			// A mark is small enough to stand just left of where the ribbon starts, as a note's
			// number stands before it, and on the ribbon as far along as the reach.
			if (mark && rows === 'near')
				for (const y of [(first.y1 + first.y2) / 2 + allianceSize * LIFT, first.y1, first.y2])
					places.push({ name, x: x0 - gap - name.width, y, cost: gap });
			for (const at of rows === 'near' ? run : []) {
				const x = Math.max(x0, xs[at.index]!);
				if (x - x0 > (mark ? reach : Math.min(reach, ALLIANCE_ALONG * step))) break;
				const cost = x - x0 + dearer;
				places.push(
					{ name, x, y: at.y1 - 2 * scale, cost },
					{ name, x, y: at.y2 + allianceSize * 0.85, cost: cost + allianceSize * 0.25 },
					{
						name,
						x,
						y: (at.y1 + at.y2) / 2 + allianceSize * LIFT,
						cost: cost + allianceSize * 0.5
					}
				);
			}
			if (!setOffToo) return;
			const sides = [
				{ from: [x0, first.y1] as const, above: true },
				{ from: [x0, first.y2] as const, above: false }
			];
			for (const { from, above } of sides)
				for (const place of setOffPlaces(name, from, {
					accepts: (_, y1, y2) => (above ? y2 <= first.y1 : y1 >= first.y2),
					leftToo: mark !== undefined,
					rows,
					...(obstacles ? { obstacles } : {})
				}))
					places.push({ ...place, cost: place.cost + dearer });
		});
		return places;
	};
	/**
	 * Names the alliance where `run` starts (see `runPlaces`), clear of leaders or with leaders
	 * passing behind it; whether it could.
	 */
	const nameRun = (run: Run, options: Parameters<typeof runPlaces>[1]) =>
		tryCheapest((rows) => runPlaces(run, options, rows), allianceSize, [
			{ behind: 'none' },
			{ behind: 'under' }
		]);
	const namedRuns = new Set<Run>();
	/** Names the alliances where their ribbons start, on the ribbon and as written. */
	const nameRunsOnRibbons = () => {
		for (const run of runs)
			if (nameRun(run, { setOffToo: false, shortToo: false })) namedRuns.add(run);
	};

	// Then the names that did not fit: the nearest free place to where the line starts, either
	// further along the line or set off it (above or below, a size away at least, never on the
	// line itself) with a leader line, within `STORYLINE.label.reach`; the most crowded starts
	// (the first months) first come first served, top to bottom.
	// Only where lines have room for names: in a denser drawing (hundreds of people) a screen
	// names only the people brought forward, and the search would cost seconds.
	const roomy = slot >= style.minSlot * scale;
	if (!roomy) unnamed.length = 0;
	unnamed.sort((p, q) => p.a - q.a || p.points[0]!.y - q.points[0]!.y);
	/** Whether a name was placed for `start` (on its line, or set off it). */
	const hasOwnName = (start: Start) => placed.some((label) => startOf.get(label) === start);
	/** How far from `start` the nearest name of its line is. */
	const nearestName = (start: Start) => {
		const at = pointOf(start);
		let nearest = Infinity;
		for (const label of placed)
			if (label.kind === 'person' && label.id === start.line.person)
				nearest = Math.min(nearest, distanceTo(label.box, at));
		return nearest;
	};
	/** Whether `start` is named: by its own name, or one of its line's within the reach of it. */
	const isNamed = (start: Start) => hasOwnName(start) || nearestName(start) <= reach;
	/**
	 * Names `start`'s line at the nearest place that fits within `within` of its start; first
	 * with its leader clear of names, then passing behind them; whether it could.
	 */
	const setOff = (start: Start, within: number) => {
		const { line, points } = start;
		const name = personNames.get(line)!;
		const from = pointOf(start);
		const placesIn = (rows: Rows) => {
			const places = setOffPlaces(name, from, {
				accepts: (offset) => Math.abs(offset) >= personSize,
				leftToo: true,
				rows
			});
			if (rows === 'near')
				for (let i = 1; i < points.length && points[i]!.x - from[0] <= reach; i++)
					places.push({
						name,
						x: points[i]!.x + gap,
						y: baseline(points[i]!.y, personSize),
						cost: points[i]!.x - from[0]
					});
			return places.filter(({ cost }) => cost <= within);
		};
		// A start under a name's box (a line starting by another's name) has every leader
		// crossing that name: only places along the line are clear of names.
		const covered = board
			.boxesIn({ x1: from[0], y1: from[1], x2: from[0], y2: from[1] })
			.some((box) => boxHolds(box, from[0], from[1]));
		return tryCheapest(placesIn, personSize, [
			{ behind: 'none', ...(covered ? { only: (place: Place) => !place.from } : {}) },
			{ behind: 'both' }
		]);
	};
	/**
	 * Names `start`'s line near its start (see `setOff`); whether it is named. A name of its line
	 * placed for another start of it names this one too where no place nearer this one is free,
	 * if it is within the reach of it (a line back on stage soon after a break, or a name set
	 * between two starts).
	 */
	const nameStart = (start: Start) => {
		if (hasOwnName(start)) return true;
		const nearest = nearestName(start);
		const count = placed.length;
		if (!setOff(start, Math.min(reach, nearest))) return nearest <= reach;
		startOf.set(placed[count]!, start);
		return true;
	};
	/** Takes `label` off the board; puts it back with the function returned. */
	const takeOff = (label: LabelGeometry) => {
		const index = placed.indexOf(label);
		placed.splice(index, 1);
		board.remove(label.box, label.leader);
		return () => {
			placed.splice(index, 0, label);
			board.add(label.box, label.leader);
		};
	};
	/** Takes off the board every label placed after the first `count`. */
	const takeOffAfter = (count: number) => {
		for (const label of placed.splice(count)) board.remove(label.box, label.leader);
	};
	/**
	 * Names `order` on `base` (the names placed before it, `before`): the board and names it
	 * leaves, and how many of its starts are named.
	 */
	const nameAll = (base: LabelBoard, before: readonly LabelGeometry[], order: readonly Start[]) => {
		board = base.clone();
		placed.length = 0;
		placed.push(...before);
		const namedCount = () => order.filter(isNamed).length;
		const missing = order.filter((start) => !nameStart(start));
		// First come first served leaves a start without a place where names placed before it
		// took the room around it though they could have gone elsewhere: of the `GIVE_WAY`
		// people's names nearest the start (on their own lines or set off), the one that then goes
		// least further from its own start gives way, if both then find a place.
		for (const start of missing) {
			if (isNamed(start)) continue;
			const at = pointOf(start);
			const near = placed
				.filter((label) => startOf.has(label) && distanceTo(label.box, at) <= 2 * reach)
				.sort((a, b) => distanceTo(a.box, at) - distanceTo(b.box, at))
				.slice(0, GIVE_WAY);
			const namedBefore = namedCount();
			/**
			 * Lets `other` give way to `start`: whether both are then named, and how much further
			 * from its start the name that gave way went; undone unless `keep`.
			 */
			const giveWay = (other: LabelGeometry, keep: boolean) => {
				const putBack = takeOff(other);
				const count = placed.length;
				const moved = startOf.get(other)!;
				const done = nameStart(start) && nameStart(moved) && namedCount() > namedBefore;
				const movedTo = placed.slice(count).find((label) => startOf.get(label) === moved);
				const further =
					(movedTo ? distanceTo(movedTo.box, pointOf(moved)) : 0) -
					distanceTo(other.box, pointOf(moved));
				if (!done || !keep) {
					takeOffAfter(count);
					putBack();
				}
				return { done, further };
			};
			let chosen: { other: LabelGeometry; further: number } | null = null;
			for (const other of near) {
				const { done, further } = giveWay(other, false);
				if (done && (!chosen || further < chosen.further)) chosen = { other, further };
			}
			if (chosen) giveWay(chosen.other, true);
		}
		return { board, placed: placed.slice(), named: namedCount() };
	};
	/** Names the people whose start had no room (see above). */
	const nameUnnamedPeople = (margins: readonly number[]) => {
		// A leader passing right by another line's start fences that line in: in the first months
		// lines start a slot apart in a column, and a name set off straight down from one of them
		// (where the drawing is tall enough to have room below) runs past the starts under it, whose
		// leaders then cannot get out without crossing it. So leaders are kept a little clear of the
		// other lines' starts, by each of a few margins (none, as before, first): the placement that
		// names the most starts wins.
		const boardBefore = board.clone();
		const placedBefore = placed.slice();
		let best: (ReturnType<typeof nameAll> & { margin: number }) | null = null;
		for (const margin of unnamed.length ? margins : []) {
			const base = boardBefore.clone();
			const clear = margin * scale;
			if (clear > 0)
				for (const { a, points } of starts) {
					// At the frame's left edge names have no way round: they go straight up or down.
					if (a === 0) continue;
					const [x, y] = [startX(points[0]!.x), points[0]!.y];
					base.mark({ x1: x - clear, y1: y - clear, x2: x + clear, y2: y + clear });
				}
			const result = { ...nameAll(base, placedBefore, unnamed), margin };
			if (!best || result.named > best.named) best = result;
			if (best.named === unnamed.length) break;
		}
		if (best) {
			board = best.board;
			placed.length = 0;
			placed.push(...best.placed);
		}
		return best?.margin ?? 0;
	};

	// And an alliance's name still left out may take the place of at most `SQUEEZE.names`
	// people's names, if each of them then finds another place of its own and every start is
	// still named: of the places nearest its start that would do, the first `SQUEEZE.tries` are
	// tried. People's names set off their lines give way first; then those on their own lines.
	const squeezeIn = (run: Run, onTheirLineToo: boolean, mark?: Name) => {
		// A mark moves no name of the lines at the left edge: those have the least room to go.
		const movable = (label: LabelGeometry) =>
			startOf.has(label) &&
			(onTheirLineToo || !onTheirLine.has(label)) &&
			!(mark && startOf.get(label)!.a === 0);
		const byThing = new Map<Box | Segment, LabelGeometry>();
		for (const label of placed)
			if (movable(label)) {
				byThing.set(label.box, label);
				if (label.leader) byThing.set(label.leader, label);
			}
		const fixed = placed.filter((label) => !movable(label)).map(({ box }) => box);
		const options = { setOffToo: true, shortToo: true, ...(mark ? { mark } : {}) };
		const places = [
			...runPlaces(run, options, 'near', fixed),
			...runPlaces(run, options, 'far', fixed)
		];
		let tries = 0;
		for (const { name, x, y, from } of places.sort((p, q) => p.cost - q.cost)) {
			const at = boxAt(name, x, y, from);
			// A name's box and leader: two things in the way at most for each name.
			const blocking = at && board.blockers(at.box, at.leader, 'under', 2 * SQUEEZE.names);
			if (!at || !blocking) continue;
			const moving = new Set([...blocking].map((thing) => byThing.get(thing)));
			if (moving.has(undefined) || moving.size > SQUEEZE.names) continue;
			if (++tries > SQUEEZE.tries) break;
			const namedBefore = starts.filter(isNamed).length;
			const putBack = [...moving].map((label) => takeOff(label!)).reverse();
			const count = placed.length;
			place(name, x, y, at);
			if (
				[...moving].every((label) => {
					const start = startOf.get(label!)!;
					return nameStart(start) && hasOwnName(start);
				}) &&
				starts.filter(isNamed).length >= namedBefore
			)
				return true;
			takeOffAfter(count);
			for (const back of putBack) back();
		}
		return false;
	};
	/**
	 * Names the rest, with the alliances' names on their ribbons placed before (`alliancesFirst`)
	 * or after the names of the people whose start had no room: how many starts and alliances it
	 * names, and whether the names of the lines at the left edge stay within `EDGE_NAMES_NEAR`.
	 */
	const nameTheRest = (alliancesFirst: boolean, margins: readonly number[]) => {
		namedRuns.clear();
		if (alliancesFirst) nameRunsOnRibbons();
		const onRibbons = namedRuns.size;
		const margin = nameUnnamedPeople(margins);
		if (!alliancesFirst) nameRunsOnRibbons();

		// Then the alliances' names still left out, set off their ribbons or shortened (where lines
		// have room for names, as for people's names).
		for (const run of roomy ? runs : [])
			if (!namedRuns.has(run) && nameRun(run, { setOffToo: true, shortToo: true }))
				namedRuns.add(run);
		for (const onTheirLineToo of [false, true])
			for (const run of roomy ? runs : [])
				if (!namedRuns.has(run) && squeezeIn(run, onTheirLineToo)) namedRuns.add(run);

		// Then the starts named by a name of their line placed for another start get their own
		// name where one still fits.
		for (const start of unnamed) {
			const count = placed.length;
			if (!hasOwnName(start) && setOff(start, reach)) startOf.set(placed[count]!, start);
		}
		// The lines at the drawing's left edge cannot have a name set off leftwards.
		const edgeNames = starts.filter((start) => start.a === 0).map(nearestName);
		return {
			starts: starts.filter(isNamed).length,
			edgeNear: edgeNames.every((distance) => distance <= EDGE_NAMES_NEAR * scale),
			alliances: namedRuns.size,
			onRibbons,
			margin
		};
	};
	// Alliances first names more of them where lines leave room; where a corner is crowded, their
	// names can take the last place a person's name had near its start. So where that order
	// leaves a start unnamed, or a name at the left edge far from its line, people first is
	// tried too, and the order that names more starts, then keeps those names near, then names
	// more alliances, is kept.
	const boardAtFirst = board.clone();
	const placedAtFirst = placed.slice();
	const first = nameTheRest(true, STARTS_CLEARANCE);
	// Where no alliance's name went on its ribbon first, the other order names the same: the
	// people's names meet the same board, and more names on it never free a place.
	if (roomy && first.onRibbons > 0 && !(first.starts === starts.length && first.edgeNear)) {
		const afterFirst = { board, placed: placed.slice() };
		board = boardAtFirst;
		placed.length = 0;
		placed.push(...placedAtFirst);
		// With the margin that named the most in the first order: trying every margin again would
		// take seconds in a small drawing, where few starts find a place whatever the order.
		const second = nameTheRest(false, [first.margin]);
		const score = ({ starts, edgeNear, alliances }: typeof first) =>
			[starts, edgeNear ? 1 : 0, alliances] as const;
		const [a, b] = [score(first), score(second)];
		if (a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] >= b[2])))) {
			board = afterFirst.board;
			placed.length = 0;
			placed.push(...afterFirst.placed);
		}
	}
	// An alliance whose name found no place where it starts is marked there with its number,
	// which a key names (`storylineKey`): in the order of the numbers, as a reader looks them up.
	const markedRuns = runs
		.filter(({ ribbon, run }) => run === ribbon.starts[0])
		.filter(({ ribbon }) => !placed.some((l) => l.kind === 'alliance' && l.id === ribbon.alliance))
		.sort((a, b) => a.ribbon.number - b.ribbon.number);
	for (const run of markedRuns) {
		const mark = nameOf({
			kind: 'mark',
			id: run.ribbon.alliance,
			text: String(run.ribbon.number),
			size: allianceSize,
			colour: darken(run.ribbon.colour, allianceLabel.darken),
			bold: true
		});
		if (nameRun(run, { setOffToo: roomy, shortToo: false, mark }) || !roomy) continue;
		for (const onTheirLineToo of [false, true]) if (squeezeIn(run, onTheirLineToo, mark)) break;
	}

	// And where each long stretch ends, right of its last month.
	for (const line of lines) {
		const runs = runsOf(line.points.map((p) => p.index));
		let start = 0;
		for (const [a, b] of runs) {
			const next = start + b - a + 1;
			const point = line.points[start + b - a]!;
			if ((b - a) * step < 3 * personNames.get(line)!.width) {
				start = next;
				continue;
			}
			tryPlace(personNames.get(line)!, point.x + step / 2 + gap, baseline(point.y, personSize));
			start = next;
		}
	}

	return placed;
}
