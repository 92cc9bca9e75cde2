import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { computeStoryline } from '../model/storyline';
import { trackPercent } from '../model/time-bar';
import { STORYLINE } from './encoding';
import { estimateTextInk, estimateTextWidth } from './text';
import {
	placeBands,
	segmentCrossesBox,
	shortName,
	storylineGeometry,
	storylineKey,
	type LineGeometry,
	type StorylineGeometry
} from './storyline-geometry';

type Segment = { x1: number; y1: number; x2: number; y2: number };

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const storyline = computeStoryline(dataset);
const frame = { x0: 40, x1: 1240, y0: 20, y1: 700 };
const geometry = storylineGeometry(dataset, storyline, frame);

/** A person's line height at a month. */
function yAt(g: StorylineGeometry, person: string, month: string): number {
	const index = storyline.months.indexOf(month);
	const point = g.lines.find((l) => l.person === person)?.points.find((p) => p.index === index);
	if (!point) throw new Error(`${person} is not on stage in ${month}`);
	return point.y;
}

/** Where each stretch of `line` starts: half a month before its first month, as drawn. */
function startsOf(g: StorylineGeometry, line: LineGeometry): [number, number][] {
	return line.points
		.filter((p, i) => i === 0 || line.points[i - 1]!.index !== p.index - 1)
		.map((p) => [Math.max(g.frame.x0, p.x - g.step / 2), p.y]);
}

describe('the storyline geometry of the built-in data', () => {
	it.each([700, 400, 200])(
		'puts Stalin beside Zinoviev and Kamenev in June 1924, beside Bukharin in June 1927 (%i pixels high)',
		(height) => {
			const g = storylineGeometry(dataset, storyline, { ...frame, y1: frame.y0 + height });
			const distance = (other: string, month: string) =>
				Math.abs(yAt(g, 'stalin', month) - yAt(g, other, month));
			for (const ally of ['zinoviev', 'kamenev'])
				expect(distance(ally, '1924-06'), ally).toBeLessThan(distance('bukharin', '1924-06'));
			for (const rival of ['zinoviev', 'kamenev'])
				expect(distance('bukharin', '1927-06'), rival).toBeLessThan(distance(rival, '1927-06'));
		}
	);

	it('puts Stalin and Bukharin at the facing edges of Centre and Right in June 1927', () => {
		// In June 1927 they touch across the border: nobody between them.
		const t = storyline.months.indexOf('1927-06');
		const column = storyline.columns[t]!;
		const [stalin, bukharin] = ['stalin', 'bukharin'].map((p) =>
			column.slots.findIndex((s) => s.person === p)
		);
		expect(bukharin! - stalin!).toBe(1);
		expect(column.slots[stalin!]!.faction).toBe('centre');
		expect(column.slots[bukharin!]!.faction).toBe('right');
	});

	it('sets each month at the x the time bar gives it', () => {
		const last = storyline.months.length - 1;
		expect(geometry.xs).toHaveLength(storyline.months.length);
		geometry.xs.forEach((x, i) =>
			expect(x).toBeCloseTo(frame.x0 + ((frame.x1 - frame.x0) * trackPercent(i, last)) / 100, 6)
		);
		expect(geometry.xs[0]).toBe(frame.x0);
		expect(geometry.xs[last]).toBe(frame.x1);
		const january1925 = geometry.years.find((y) => y.year === 1925)!;
		expect(january1925.x).toBe(geometry.xs[storyline.months.indexOf('1925-01')]);
		const octoberEvents = geometry.events.find((e) => e.month === '1917-10');
		expect(octoberEvents?.x).toBe(frame.x0);
	});

	it('keeps every band and line inside the frame', () => {
		for (const band of geometry.bands)
			for (const m of band.months) {
				expect(m.y1).toBeGreaterThanOrEqual(frame.y0 - 1e-6);
				expect(m.y2).toBeLessThanOrEqual(frame.y1 + 1e-6);
			}
		expect(geometry.bottom).toBeLessThanOrEqual(frame.y1 + 1e-6);
	});

	it('stacks bands in order without overlap, each as tall as the people it holds', () => {
		storyline.columns.forEach((column, t) => {
			const edges = column.bands.map((band) =>
				geometry.bands.find((b) => b.faction === band.faction)!.months.find((m) => m.index === t)!
			);
			column.bands.forEach((band, b) => {
				const { y1, y2 } = edges[b]!;
				expect(y2 - y1).toBeCloseTo(
					2 * STORYLINE.bandPadding + (band.to - band.from) * geometry.slot,
					6
				);
				if (b > 0)
					expect(y1 - edges[b - 1]!.y2).toBeGreaterThanOrEqual(
						Math.max(STORYLINE.bandGap, geometry.slot) - 1e-6
					);
			});
		});
	});

	it('breaks a line where the person is off stage: one subpath per stretch on stage', () => {
		const zinoviev = geometry.lines.find((l) => l.person === 'zinoviev')!;
		const indexes = zinoviev.points.map((p) => p.index);
		const stretches = indexes.filter((t, i) => i === 0 || indexes[i - 1] !== t - 1).length;
		expect(stretches).toBeGreaterThan(1);
		expect(zinoviev.d.match(/M/g)).toHaveLength(stretches);
	});

	/** The drawings the labels are checked in: a big one, and the explorer's at 1440 × 900 and
	 * 1920 × 1080 (the storyline there is 225 and 284 pixels high). */
	const drawings = [
		['1200 × 680', frame],
		['1440 × 900 screen', { x0: 9, x1: 1029, y0: 16, y1: 221, labelRight: 1038 }],
		['1920 × 1080 screen', { x0: 9, x1: 1061, y0: 16, y1: 280, labelRight: 1070 }]
	] as const;
	/** Each drawing's geometry, computed once for the tests that read it. */
	const drawn = new Map<object, StorylineGeometry>();
	const geometryIn = (f: (typeof drawings)[number][1]) => {
		if (!drawn.has(f)) drawn.set(f, storylineGeometry(dataset, storyline, f));
		return drawn.get(f)!;
	};

	it.each(drawings)('lets no label overlap another, nor a leader cross another (%s)', (_, f) => {
		const g = geometryIn(f);
		const boxes = g.labels.map((l) => l.box);
		expect(boxes.length).toBeGreaterThan(50);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!, boxes[j]!];
				const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
				expect(overlap, `${g.labels[i]!.text} and ${g.labels[j]!.text}`).toBe(false);
			}
		const leaders = g.labels.filter((l) => l.leader);
		expect(leaders.length).toBeGreaterThan(0);
		const side = (p: Segment, x: number, y: number) =>
			Math.sign((p.x2 - p.x1) * (y - p.y1) - (p.y2 - p.y1) * (x - p.x1));
		for (let i = 0; i < leaders.length; i++)
			for (let j = i + 1; j < leaders.length; j++) {
				const [a, b] = [leaders[i]!.leader!, leaders[j]!.leader!];
				const cross =
					side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 &&
					side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
				expect(cross, `${leaders[i]!.text}’s and ${leaders[j]!.text}’s leaders`).toBe(false);
			}
		for (const label of leaders) {
			// From where a stretch of the person's line starts, or the alliance's ribbon (its top
			// or its bottom), to the name's box.
			const { x1, y1, x2, y2 } = label.leader!;
			const from =
				label.kind === 'person'
					? startsOf(
							g,
							g.lines.find((l) => l.person === label.id)!
						)
					: g.ribbons
							.find((r) => r.alliance === label.id)!
							.starts.flatMap(([at]) => [
								[Math.max(g.frame.x0, g.xs[at!.index]! - g.step / 2), at!.y1],
								[Math.max(g.frame.x0, g.xs[at!.index]! - g.step / 2), at!.y2]
							]);
			expect(
				from.some(([x, y]) => Math.abs(x! - x1) < 1e-9 && y === y1),
				label.text
			).toBe(true);
			expect(x2 >= label.box.x1 && x2 <= label.box.x2, label.text).toBe(true);
			expect(y2 >= label.box.y1 && y2 <= label.box.y2, label.text).toBe(true);
			expect(segmentCrossesBox(label.leader!, label.box), label.text).toBe(false);
		}
	});

	it.each(drawings)(
		'keeps every two names apart, each name’s box holding its ink, halo and bold (%s)',
		(_, f) => {
			const g = geometryIn(f);
			const featured = new Set(dataset.meta.featured ?? []);
			const halo = STORYLINE.label.haloWidth / 2;
			const apart = STORYLINE.label.apart;
			expect(apart).toBeGreaterThanOrEqual(2);
			// Each name as a screen paints it: bold for the featured people (while nobody is
			// selected), with its paper halo.
			const painted = g.labels.map((label) => {
				const bold = label.bold || (label.kind === 'person' && featured.has(label.id));
				const ink = estimateTextInk(label.text, label.size);
				return {
					text: label.text,
					x1: label.x - halo,
					y1: label.y - ink.ascent - halo,
					x2: label.x + estimateTextWidth(label.text, label.size, bold) + halo,
					y2: label.y + ink.descent + halo
				};
			});
			g.labels.forEach(({ box, text }, i) => {
				const paint = painted[i]!;
				expect(box.x1, text).toBeLessThanOrEqual(paint.x1);
				expect(box.y1, text).toBeLessThanOrEqual(paint.y1);
				expect(box.x2, text).toBeGreaterThanOrEqual(paint.x2);
				expect(box.y2, text).toBeGreaterThanOrEqual(paint.y2);
			});
			const near: string[] = [];
			for (let i = 0; i < painted.length; i++)
				for (let j = i + 1; j < painted.length; j++) {
					const [a, b] = [g.labels[i]!.box, g.labels[j]!.box];
					if (
						a.x1 < b.x2 + apart &&
						b.x1 < a.x2 + apart &&
						a.y1 < b.y2 + apart &&
						b.y1 < a.y2 + apart
					)
						near.push(`${painted[i]!.text} and ${painted[j]!.text}`);
				}
			expect(near).toEqual([]);
			// Inside the drawing: no name's ink below the frame's bottom.
			for (const paint of painted) expect(paint.y2 - halo, paint.text).toBeLessThanOrEqual(f.y1);
		}
	);

	it.each(drawings)(
		'names the lines near where they start, the crowded first months too (%s)',
		(name, f) => {
			const g = geometryIn(f);
			const reach = STORYLINE.label.reach;
			const starts = g.lines.flatMap((line) =>
				startsOf(g, line).map(([x, y], k) => {
					const distances = g.labels
						.filter((l) => l.kind === 'person' && l.id === line.person)
						.map(({ box }) =>
							Math.hypot(
								Math.min(box.x2, Math.max(box.x1, x)) - x,
								Math.min(box.y2, Math.max(box.y1, y)) - y
							)
						);
					return {
						person: line.person,
						first: k === 0 && line.points[0]!.index === 0,
						distance: Math.min(Infinity, ...distances)
					};
				})
			);
			const near = starts.filter((s) => s.distance <= reach);
			// Before names were set off their lines, 47 of the 89 starts had a name this near
			// at 1920 × 1080, 44 at 1440 × 900; before leaders were kept clear of other lines'
			// starts, 85 and 87; then 88 at each; now every start, though names' boxes hold their
			// halos and stand 2 pixels apart: names set off stack with no room lost between them.
			expect(near.map((s) => s.person)).toEqual(starts.map((s) => s.person));
			// Everyone on stage in October 1917 is named within 70 pixels of their line's start.
			for (const start of starts.filter((s) => s.first))
				expect(start.distance, start.person).toBeLessThanOrEqual(70);
		}
	);

	it('names the lines that start together in January 1918 at 1920 × 1080 too', () => {
		// A name set off straight down from the top of that column of starts ran past the starts
		// under it and fenced them in: Kosior, Radek and Preobrazhensky went unnamed.
		const g = geometryIn(drawings[2][1]);
		const index = storyline.months.indexOf('1918-01');
		for (const person of ['kuibyshev', 'kosior', 'radek', 'pyatakov', 'preobrazhensky']) {
			const line = g.lines.find((l) => l.person === person)!;
			expect(line.points[0]!.index, person).toBe(index);
			const [x, y] = startsOf(g, line)[0]!;
			const named = g.labels.some(
				({ kind, id, box }) =>
					kind === 'person' &&
					id === person &&
					Math.hypot(
						Math.min(box.x2, Math.max(box.x1, x)) - x,
						Math.min(box.y2, Math.max(box.y1, y)) - y
					) <= STORYLINE.label.reach
			);
			expect(named, person).toBe(true);
		}
	});

	it.each([
		[drawings[0], 17],
		[drawings[1], 13],
		[drawings[2], 15]
	] as const)(
		'names the alliances where they start, the Troika among them (%s)',
		([name, f], count) => {
			const g = geometryIn(f);
			// Near where each ribbon first starts: within the reach of its first month, from the
			// ribbon's top to its bottom. Before names were set off ribbons or shortened, 4 of the
			// 17 at 1440 × 900 and 7 at 1920 × 1080 (and 14 in the big drawing); then 9 and 12
			// while the storyline was 171 and 205 pixels high on those screens.
			const named = g.ribbons.filter(({ alliance, starts }) => {
				const first = starts[0]![0]!;
				const x = Math.max(g.frame.x0, g.xs[first.index]! - g.step / 2);
				return g.labels.some(
					({ kind, id, box }) =>
						kind === 'alliance' &&
						id === alliance &&
						Math.hypot(
							Math.max(box.x1 - x, 0, x - box.x2),
							Math.max(box.y1 - first.y2, 0, first.y1 - box.y2)
						) <= STORYLINE.label.reach
				);
			});
			expect(g.ribbons, name).toHaveLength(17);
			expect(named.length, name).toBeGreaterThanOrEqual(count);
			expect(named.map((r) => r.alliance)).toContain('troika');
			// Each alliance's name as written, or without the gloss at its end.
			for (const label of g.labels.filter(({ kind }) => kind === 'alliance')) {
				const ribbon = g.ribbons.find((r) => r.alliance === label.id)!;
				expect([ribbon.name, shortName(ribbon.name)]).toContain(label.text);
			}
		}
	);

	it.each([
		[...drawings[0], 0, 0],
		[...drawings[1], 4, 3],
		[...drawings[2], 2, 1],
		['1366 × 768 screen', { x0: 9, x1: 955, y0: 16, y1: 142, labelRight: 964 }, 14, 9]
	] as const)(
		'marks an alliance with no room for its name by its number where it starts, named in the key (%s)',
		(name, f, keyed, marked) => {
			const g = geometryIn(f);
			const key = storylineKey(g.ribbons, g.labels);
			const named = new Set(g.labels.filter((l) => l.kind === 'alliance').map((l) => l.id));
			// Every alliance is named once: on the drawing, or in the key.
			expect([...named, ...key.map((k) => k.alliance)].sort(), name).toEqual(
				g.ribbons.map((r) => r.alliance).sort()
			);
			expect(key.map((k) => k.number)).toEqual(key.map((k) => k.number).sort((a, b) => a - b));
			expect(key, name).toHaveLength(keyed);
			const marks = g.labels.filter((l) => l.kind === 'mark');
			expect(marks.map((m) => m.id).sort()).toEqual(
				key
					.filter((k) => k.marked)
					.map((k) => k.alliance)
					.sort()
			);
			expect(marks.length, name).toBeGreaterThanOrEqual(marked);
			for (const mark of marks) {
				const ribbon = g.ribbons.find((r) => r.alliance === mark.id)!;
				expect(mark.text).toBe(String(ribbon.number));
				// Within the reach of where its ribbon first starts.
				const first = ribbon.starts[0]![0]!;
				const x = Math.max(g.frame.x0, g.xs[first.index]! - g.step / 2);
				const { box } = mark;
				const distance = Math.hypot(
					Math.max(box.x1 - x, 0, x - box.x2),
					Math.max(box.y1 - first.y2, 0, first.y1 - box.y2)
				);
				expect(distance, mark.text).toBeLessThanOrEqual(STORYLINE.label.reach);
				for (const other of g.labels) {
					if (other === mark) continue;
					const b = other.box;
					const overlap = box.x1 < b.x2 && b.x1 < box.x2 && box.y1 < b.y2 && b.y1 < box.y2;
					expect(overlap, `${mark.text} and ${other.text}`).toBe(false);
				}
			}
		}
	);

	it('names Stalin where his line starts, and the Duumvirate on its ribbon', () => {
		const stalin = geometry.labels.find((l) => l.kind === 'person' && l.id === 'stalin')!;
		expect(stalin.x).toBeLessThan(geometry.xs[3]!);
		expect(geometry.labels.some((l) => l.kind === 'alliance' && l.id === 'duumvirate')).toBe(true);
	});

	it('is the same for the same input', () => {
		expect(storylineGeometry(dataset, storyline, frame)).toEqual(geometry);
	});

	it('keeps the first order of names where the second names no more (2560 × 1440 screen)', () => {
		// There the first order leaves a name of October 1917 far from its line, the second
		// names one alliance fewer, and the first is put back: its names must not overlap those
		// placed after it, and must not depend on the second's.
		const tall = { x0: 9, x1: 1061, y0: 16, y1: 316, labelRight: 1070 };
		const g = storylineGeometry(dataset, storyline, tall);
		const boxes = g.labels.map((l) => l.box);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!, boxes[j]!];
				const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
				expect(overlap, `${g.labels[i]!.text} and ${g.labels[j]!.text}`).toBe(false);
			}
		const named = new Set(g.labels.filter((l) => l.kind === 'alliance').map((l) => l.id));
		expect(named.size).toBe(16);
		expect(storylineGeometry(dataset, storyline, tall)).toEqual(g);
	});
});

describe('shortName', () => {
	it.each([
		['Troika (Zinoviev–Kamenev–Stalin)', 'Troika'],
		['Left Opposition (1923)', 'Left Opposition'],
		['New (Leningrad) Opposition', 'New (Leningrad) Opposition'],
		['Right Opposition', 'Right Opposition'],
		['(1923)', '(1923)']
	])('shortens %s to %s', (name, short) => expect(shortName(name)).toBe(short));
});

describe('placeBands', () => {
	it.each([
		[
			'stays where it wishes when there is room',
			[10, 10],
			[
				{ top: 50, weight: 3, steady: true },
				{ top: 90, weight: 3, steady: true }
			],
			[50, 90]
		],
		[
			'pushes apart bands that would overlap',
			[20, 20],
			[
				{ top: 50, weight: 1, steady: true },
				{ top: 55, weight: 1, steady: true }
			],
			[37.5, 67.5]
		],
		['never above the top', [20, 20], [{ top: -50, weight: 1, steady: true }, null], [0, 30]],
		[
			'never past the bottom (the first band, wishing nothing, goes to the top)',
			[20, 20],
			[null, { top: 500, weight: 1, steady: true }],
			[0, 80]
		]
	] as const)('%s', (_, heights, wishes, tops) => {
		const placed = placeBands(heights, wishes, 10, 0, 100);
		placed.forEach((top, i) => expect(top).toBeCloseTo(tops[i]!, 0));
	});
});
