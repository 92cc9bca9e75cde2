import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { computeStoryline } from '../model/storyline';
import { trackPercent } from '../model/time-bar';
import { STORYLINE } from './encoding';
import { placeBands, storylineGeometry, type StorylineGeometry } from './storyline-geometry';

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

	it('lets no label overlap another', () => {
		const boxes = geometry.labels.map((l) => l.box);
		expect(boxes.length).toBeGreaterThan(50);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!, boxes[j]!];
				const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
				expect(overlap, `${geometry.labels[i]!.text} and ${geometry.labels[j]!.text}`).toBe(false);
			}
	});

	it('names Stalin where his line starts, and the Duumvirate on its ribbon', () => {
		const stalin = geometry.labels.find((l) => l.kind === 'person' && l.id === 'stalin')!;
		expect(stalin.x).toBeLessThan(geometry.xs[3]!);
		expect(geometry.labels.some((l) => l.kind === 'alliance' && l.id === 'duumvirate')).toBe(true);
	});

	it('is the same for the same input', () => {
		expect(storylineGeometry(dataset, storyline, frame)).toEqual(geometry);
	});
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
