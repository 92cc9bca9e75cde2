import type { Point } from './geometry';

/**
 * A staged transition between two frames of the graph, as GraphDiaries (Bach, Pietriga & Fekete,
 * TVCG 2014) found easiest to follow: first who leaves fades out, then people move, then who
 * arrives fades in. Pure: the explorer drives it frame by frame, the animated exports sample it
 * at their frame rate.
 */

/** What the graph shows at one moment: where each person stands, and which edges are drawn. */
export interface TransitionFrame {
	/** The people present and their positions (model units). */
	positions: Readonly<Record<string, Point>>;
	/** The ids of the edges present. */
	edges: readonly string[];
}

/** How long each stage lasts, in milliseconds, when it has something in it. */
export interface StageDurations {
	leave: number;
	move: number;
	arrive: number;
}

export const STAGES = ['leave', 'move', 'arrive'] as const;
export type Stage = (typeof STAGES)[number];

/** A transition worked out once: who leaves, moves and arrives, and when each stage runs. */
export interface TransitionPlan {
	from: TransitionFrame;
	to: TransitionFrame;
	/** Total length in milliseconds: the sum of the stages that have something in them. */
	duration: number;
	/** Each stage's share of the transition, `[start, end]` in [0, 1]; empty stages are absent. */
	stages: Partial<Record<Stage, readonly [number, number]>>;
	/** Reduced motion: one short cross-fade, and people jump halfway through it. */
	crossFade: boolean;
}

/** How everything is drawn at one moment of a transition. */
export interface TransitionState {
	people: Map<string, { x: number; y: number; opacity: number }>;
	edges: Map<string, number>;
	/** The eased progress of the move stage, 0 before it and 1 after (for a camera to follow). */
	moved: number;
	/** How far who leaves has faded out, and who arrives has faded in (0 to 1). */
	fadedOut: number;
	fadedIn: number;
}

/** Ease in-out (cubic): slow start, slow end, as cytoscape's `ease-in-out-cubic`. */
export function easeInOut(t: number): number {
	const x = clamp01(t);
	return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

const clamp01 = (t: number) => (t <= 0 ? 0 : t >= 1 ? 1 : Number.isNaN(t) ? 0 : t);

/**
 * Plans the transition from `from` to `to`. A stage with nothing in it takes no time: if nobody
 * leaves, people start moving at once; if nobody moves, who arrives fades in right after who
 * leaves. With `crossFade` (reduced motion) there is a single stage of `crossFadeMs` in which who
 * leaves fades out while who arrives fades in, and people jump to their new places halfway; a
 * `crossFadeMs` of 0 (or a transition with nothing in it) has no duration at all.
 */
export function planTransition(
	from: TransitionFrame,
	to: TransitionFrame,
	durations: StageDurations,
	crossFade: { reduced: boolean; ms: number } = { reduced: false, ms: 0 }
): TransitionPlan {
	const toEdges = new Set(to.edges);
	const fromEdges = new Set(from.edges);
	const leaves =
		Object.keys(from.positions).some((id) => !Object.hasOwn(to.positions, id)) ||
		from.edges.some((id) => !toEdges.has(id));
	const arrives =
		Object.keys(to.positions).some((id) => !Object.hasOwn(from.positions, id)) ||
		to.edges.some((id) => !fromEdges.has(id));
	const moves = Object.entries(to.positions).some(([id, [x, y]]) => {
		const was = from.positions[id];
		return was !== undefined && (was[0] !== x || was[1] !== y);
	});
	if (crossFade.reduced) {
		const duration = leaves || arrives || moves ? Math.max(0, crossFade.ms) : 0;
		return { from, to, duration, stages: {}, crossFade: true };
	}
	const lengths: Record<Stage, number> = {
		leave: leaves ? Math.max(0, durations.leave) : 0,
		move: moves ? Math.max(0, durations.move) : 0,
		arrive: arrives ? Math.max(0, durations.arrive) : 0
	};
	const duration = lengths.leave + lengths.move + lengths.arrive;
	const stages: TransitionPlan['stages'] = {};
	let start = 0;
	for (const stage of STAGES) {
		if (lengths[stage] <= 0 || duration <= 0) continue;
		const end = start + lengths[stage] / duration;
		stages[stage] = [start, Math.min(1, end)];
		start = end;
	}
	return { from, to, duration, stages, crossFade: false };
}

/** Progress through `stage` at `t`: 0 before it starts, 1 after it ends (or if it is empty). */
function stageProgress(plan: TransitionPlan, stage: Stage, t: number): number {
	const span = plan.stages[stage];
	if (!span) return 1;
	const [start, end] = span;
	if (end <= start) return t >= end ? 1 : 0;
	return clamp01((t - start) / (end - start));
}

/**
 * Where each person stands and how opaque each person and edge is at progress `t` (0 to 1) of
 * `plan`. Everyone of either frame is in the answer: who leaves stands still at their old place
 * while fading from 1 to 0, who arrives stands at their new place fading from 0 to 1, who stays
 * glides (eased in-out) from the old place to the new one. At `t` = 0 the picture is `from`,
 * at 1 it is `to` (leavers at opacity 0). `t` outside [0, 1] is clamped.
 */
export function transitionAt(plan: TransitionPlan, t: number): TransitionState {
	const at = plan.duration > 0 ? clamp01(t) : 1;
	const { from, to } = plan;
	let fadeOut: number;
	let moved: number;
	let fadeIn: number;
	if (plan.crossFade) {
		fadeOut = fadeIn = at;
		moved = at >= 0.5 ? 1 : 0;
	} else {
		fadeOut = stageProgress(plan, 'leave', at);
		moved = easeInOut(stageProgress(plan, 'move', at));
		fadeIn = stageProgress(plan, 'arrive', at);
	}
	const people: TransitionState['people'] = new Map();
	for (const [id, [x, y]] of Object.entries(from.positions)) {
		const next = to.positions[id];
		if (!next) {
			people.set(id, { x, y, opacity: 1 - fadeOut });
			continue;
		}
		people.set(id, {
			x: moved === 1 ? next[0] : moved === 0 ? x : x + (next[0] - x) * moved,
			y: moved === 1 ? next[1] : moved === 0 ? y : y + (next[1] - y) * moved,
			opacity: 1
		});
	}
	for (const [id, [x, y]] of Object.entries(to.positions))
		if (!Object.hasOwn(from.positions, id)) people.set(id, { x, y, opacity: fadeIn });
	const edges: TransitionState['edges'] = new Map();
	const toEdges = new Set(to.edges);
	for (const id of from.edges) edges.set(id, toEdges.has(id) ? 1 : 1 - fadeOut);
	const fromEdges = new Set(from.edges);
	for (const id of to.edges) if (!fromEdges.has(id)) edges.set(id, fadeIn);
	return { people, edges, moved, fadedOut: fadeOut, fadedIn: fadeIn };
}
