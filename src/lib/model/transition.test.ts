import { describe, expect, it } from 'vitest';
import { easeInOut, planTransition, transitionAt, type TransitionFrame } from './transition';

const STAGES = { leave: 200, move: 400, arrive: 200 };

/** Trotsky leaves, Stalin moves, Bukharin arrives; the Stalin–Trotsky edge goes, a new one comes. */
const from: TransitionFrame = {
	positions: { stalin: [0, 0], trotsky: [100, 0], zinoviev: [50, 50] },
	edges: ['stalin~trotsky', 'stalin~zinoviev']
};
const to: TransitionFrame = {
	positions: { stalin: [40, 80], zinoviev: [50, 50], bukharin: [200, 0] },
	edges: ['stalin~zinoviev', 'stalin~bukharin']
};

describe('planTransition', () => {
	it('runs the three stages in order, each its share of the whole', () => {
		const plan = planTransition(from, to, STAGES);
		expect(plan.duration).toBe(800);
		expect(plan.stages).toEqual({ leave: [0, 0.25], move: [0.25, 0.75], arrive: [0.75, 1] });
	});

	it.each([
		[
			'nobody leaves',
			{ positions: { stalin: [0, 0] }, edges: [] },
			{ positions: { stalin: [9, 9], bukharin: [1, 1] }, edges: [] },
			600,
			['move', 'arrive']
		],
		[
			'nobody arrives',
			{ positions: { stalin: [0, 0], trotsky: [1, 1] }, edges: [] },
			{ positions: { stalin: [9, 9] }, edges: [] },
			600,
			['leave', 'move']
		],
		[
			'nobody moves',
			{ positions: { stalin: [0, 0], trotsky: [1, 1] }, edges: [] },
			{ positions: { stalin: [0, 0], bukharin: [1, 1] }, edges: [] },
			400,
			['leave', 'arrive']
		],
		['nothing changes', from, from, 0, []]
	] as const)('collapses empty stages when %s', (_, a, b, duration, stages) => {
		const plan = planTransition(a, b, STAGES);
		expect(plan.duration).toBe(duration);
		expect(Object.keys(plan.stages)).toEqual(stages);
		if (stages.length) expect(Object.values(plan.stages).at(-1)![1]).toBe(1);
	});

	it('counts an edge coming or going as a stage even when nobody comes or goes', () => {
		const a = { positions: { stalin: [0, 0] as const }, edges: ['x'] };
		const b = { positions: { stalin: [0, 0] as const }, edges: ['y'] };
		expect(Object.keys(planTransition(a, b, STAGES).stages)).toEqual(['leave', 'arrive']);
	});
});

describe('transitionAt', () => {
	const plan = planTransition(from, to, STAGES);

	it('starts at the first frame and ends at the second', () => {
		const start = transitionAt(plan, 0);
		expect(start.people.get('stalin')).toEqual({ x: 0, y: 0, opacity: 1 });
		expect(start.people.get('trotsky')?.opacity).toBe(1);
		expect(start.people.get('bukharin')?.opacity).toBe(0);
		const end = transitionAt(plan, 1);
		expect(end.people.get('stalin')).toEqual({ x: 40, y: 80, opacity: 1 });
		expect(end.people.get('trotsky')?.opacity).toBe(0);
		expect(end.people.get('bukharin')).toEqual({ x: 200, y: 0, opacity: 1 });
		expect(end.edges.get('stalin~trotsky')).toBe(0);
		expect(end.edges.get('stalin~bukharin')).toBe(1);
		expect(end.edges.get('stalin~zinoviev')).toBe(1);
	});

	it('fades who leaves out before anyone moves, and fades who arrives in after everyone moved', () => {
		const samples = Array.from({ length: 81 }, (_, i) => transitionAt(plan, i / 80));
		const moving = (s: (typeof samples)[number]) => {
			const p = s.people.get('stalin')!;
			return p.x !== 0 && p.x !== 40;
		};
		const firstMove = samples.findIndex(moving);
		const lastMove = samples.findLastIndex(moving);
		expect(firstMove).toBeGreaterThan(0);
		// The leaver is gone (and their edge too) before the first frame that moves anyone.
		expect(samples[firstMove - 1]!.people.get('trotsky')!.opacity).toBe(0);
		expect(samples[firstMove - 1]!.edges.get('stalin~trotsky')).toBe(0);
		expect(samples.slice(0, firstMove - 1).some((s) => s.people.get('trotsky')!.opacity > 0)).toBe(
			true
		);
		// The newcomer is invisible until the last moving frame, then appears.
		for (const s of samples.slice(0, lastMove + 1)) {
			expect(s.people.get('bukharin')!.opacity).toBe(0);
			expect(s.edges.get('stalin~bukharin')).toBe(0);
		}
		expect(samples.at(-1)!.people.get('bukharin')!.opacity).toBe(1);
		// Who stays is never faded.
		for (const s of samples) expect(s.people.get('zinoviev')!.opacity).toBe(1);
	});

	it('moves people along the straight line, eased in and out', () => {
		const [start, end] = plan.stages.move!;
		const quarter = transitionAt(plan, start + (end - start) / 4).people.get('stalin')!;
		const half = transitionAt(plan, (start + end) / 2).people.get('stalin')!;
		expect(half.x).toBeCloseTo(20);
		expect(half.y).toBeCloseTo(40);
		expect(quarter.x).toBeCloseTo(40 * easeInOut(0.25));
		expect(quarter.x).toBeLessThan(10);
	});

	it('clamps progress outside 0 to 1', () => {
		expect(transitionAt(plan, -1).people.get('stalin')).toEqual({ x: 0, y: 0, opacity: 1 });
		expect(transitionAt(plan, 2).people.get('bukharin')!.opacity).toBe(1);
	});

	it('with reduced motion, cross-fades briefly and jumps people halfway, never in between', () => {
		const reduced = planTransition(from, to, STAGES, { reduced: true, ms: 150 });
		expect(reduced.duration).toBe(150);
		const quarter = transitionAt(reduced, 0.25);
		expect(quarter.people.get('trotsky')!.opacity).toBeCloseTo(0.75);
		expect(quarter.people.get('bukharin')!.opacity).toBeCloseTo(0.25);
		expect(quarter.people.get('stalin')).toMatchObject({ x: 0, y: 0 });
		expect(transitionAt(reduced, 0.5).people.get('stalin')).toMatchObject({ x: 40, y: 80 });
		expect(planTransition(from, to, STAGES, { reduced: true, ms: 0 }).duration).toBe(0);
		expect(
			transitionAt(planTransition(from, to, STAGES, { reduced: true, ms: 0 }), 0).people.get(
				'stalin'
			)
		).toMatchObject({ x: 40, y: 80 });
	});
});

describe('easeInOut', () => {
	it.each([
		[0, 0],
		[0.5, 0.5],
		[1, 1]
	])('at %d is %d', (t, value) => expect(easeInOut(t)).toBeCloseTo(value));
	it('is symmetric', () => expect(easeInOut(0.2) + easeInOut(0.8)).toBeCloseTo(1));
});
