import type { Positions } from '../graph/arrange';
import { graphModelOf, type GraphModel } from '../graph/elements';
import { TRANSITION } from '../graph/encoding';
import { presentationOf } from '../model/presentation';
import type { Dataset } from '../model/schema';
import { filterSnapshot, snapshotAt, type StageFilter } from '../model/snapshot';
import { monthsBetween } from '../model/time';
import { planTransition, transitionAt, type TransitionPlan } from '../model/transition';
import type { SeriesStep } from './filenames';
import { snapshotImageOptions, type ImageChoices } from './image';
import { seriesMonths } from './series';
import { writeSvg } from './svg';

/**
 * An animation of the graph (an animated GIF, or numbered frames): each month or story step
 * held for a while, and between two of them the staged transition the explorer plays
 * (`model/transition.ts`) sampled at a frame rate. Pure: the frames are SVG images, drawn by
 * the same writer as the still exports; the browser and the command line rasterise them.
 */

/** One picture the animation stops on: a month, who is on stage, and a story step's caption. */
export interface AnimationKey {
	month: string;
	show: StageFilter;
	caption?: string;
	/** The person a story step points at, glowing as the graph's selection. */
	focus?: string;
}

/** How fast the animation plays. */
export interface AnimationTiming {
	/** Frames per second of the transitions. */
	fps: number;
	/** How long each month or step is held, in milliseconds. */
	holdMs: number;
	/** The transitions' stage lengths are multiplied by this (2: twice as slow). */
	pace: number;
}

export const DEFAULT_TIMING: AnimationTiming = { fps: 15, holdMs: 1000, pace: 1 };

/** The speeds the Export dialog offers. */
export const ANIMATION_SPEEDS = {
	slow: { label: 'Slow', timing: { fps: 15, holdMs: 2000, pace: 1.6 } },
	normal: { label: 'Normal', timing: DEFAULT_TIMING },
	fast: { label: 'Fast', timing: { fps: 15, holdMs: 500, pace: 0.6 } }
} as const satisfies Record<string, { label: string; timing: AnimationTiming }>;
export type AnimationSpeed = keyof typeof ANIMATION_SPEEDS;

/** The sizes an animation is offered at, in pixels. */
export const ANIMATION_SIZES = [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
] as const;

/**
 * The keys of playback between two months (either order, inclusive) by month, year or event,
 * with `show` on stage.
 */
export function rangeKeys(
	dataset: Dataset,
	from: string,
	to: string,
	step: SeriesStep,
	show: StageFilter = 'everyone'
): AnimationKey[] {
	const months = monthsBetween(dataset.meta.start, dataset.meta.end);
	return seriesMonths(months, dataset.events, from, to, step).map((month) => ({
		month,
		show
	}));
}

/** The keys of a story's steps, each with its caption; `undefined` if there is no such story. */
export function storyKeys(dataset: Dataset, id: string): AnimationKey[] | undefined {
	const story = dataset.stories?.find((s) => s.id === id);
	const presentation = story ? presentationOf(dataset, id) : undefined;
	return presentation?.steps.map((step) => ({
		month: step.month,
		show: step.show,
		caption: step.caption,
		...(step.focus ? { focus: step.focus } : {})
	}));
}

/** One frame: which keys it lies between, how far (0: the first key, held), and how long it lasts. */
export interface AnimationFrame {
	/** Index of the key shown, or of the key the transition leaves. */
	key: number;
	/** Progress of the transition to the next key, 0 for a held key. */
	t: number;
	/** How long the frame is shown, in milliseconds (a multiple of 10: GIF counts hundredths). */
	delayMs: number;
}

/** A key drawn: its graph and positions, worked out once for all the frames that show it. */
interface DrawnKey {
	key: AnimationKey;
	model: GraphModel;
	positions: Positions;
	options: ReturnType<typeof snapshotImageOptions>;
}

/** Everything needed to draw an animation's frames, the app's and the command line's. */
export interface Animation {
	keys: AnimationKey[];
	frames: AnimationFrame[];
	/** The SVG image of frame `index`. */
	svgOf(index: number): string;
	width: number;
	height: number;
	/** The transitions' frame rate. */
	fps: number;
}

const centiseconds = (ms: number) => Math.max(10, Math.round(ms / 10) * 10);

/**
 * The frames of an animation through `keys`: each key held `holdMs` as one frame, then the
 * transition to the next key at `fps` frames a second (a transition with nothing to show takes
 * no frame). The last key is held too. Each frame is the picture of the still SVG export at the
 * user's `image` choices, with the date (and a story step's caption) of the key it is at or
 * going to.
 */
export function planAnimation(
	dataset: Dataset,
	keys: readonly AnimationKey[],
	positionsAt: (month: string) => Positions,
	image: ImageChoices,
	timing: AnimationTiming = DEFAULT_TIMING
): Animation {
	const drawn = keys.map((key): DrawnKey => {
		const snapshot = filterSnapshot(snapshotAt(dataset, key.month), key.show);
		return {
			key,
			model: graphModelOf(snapshot, dataset.factions),
			positions: positionsAt(snapshot.at),
			options: snapshotImageOptions(dataset, snapshot, image)
		};
	});
	const frameOf = ({ model, positions }: DrawnKey) => ({
		positions: Object.fromEntries(
			model.people.flatMap((p) => (positions[p.id] ? [[p.id, positions[p.id]!]] : []))
		),
		edges: model.edges.map((edge) => edge.id)
	});
	const stages = {
		leave: TRANSITION.stages.leave * timing.pace,
		move: TRANSITION.stages.move * timing.pace,
		arrive: TRANSITION.stages.arrive * timing.pace
	};
	const plans: TransitionPlan[] = drawn
		.slice(1)
		.map((next, i) => planTransition(frameOf(drawn[i]!), frameOf(next), stages));
	const frames: AnimationFrame[] = [];
	const step = 1000 / timing.fps;
	drawn.forEach((_, index) => {
		frames.push({ key: index, t: 0, delayMs: centiseconds(timing.holdMs) });
		const plan = plans[index];
		if (!plan || plan.duration <= 0) return;
		const count = Math.max(1, Math.round(plan.duration / step));
		// The transition's last frame is the next key's held frame.
		for (let i = 1; i < count; i++)
			frames.push({ key: index, t: i / count, delayMs: centiseconds(step) });
	});
	return {
		keys: [...keys],
		frames,
		width: image.width,
		height: image.height,
		fps: timing.fps,
		svgOf(index) {
			const frame = frames[index];
			if (!frame) throw new RangeError(`no frame ${index}`);
			const from = drawn[frame.key]!;
			if (frame.t === 0) return keySvg(from);
			return transitionSvg(from, drawn[frame.key + 1]!, plans[frame.key]!, frame.t);
		}
	};
}

/** The page of a key: a story step's caption is written under the graph, wrapped. */
const pageOf = ({ key, options }: DrawnKey) =>
	key.caption ? { ...options, notes: [key.caption] } : options;

/** A story step's focus, glowing in its held frame and in the transition that leads to it. */
const selectedOf = ({ key }: DrawnKey) => (key.focus ? { selected: key.focus } : {});

function keySvg(drawn: DrawnKey): string {
	return writeSvg(
		[{ model: drawn.model, positions: drawn.positions, ...selectedOf(drawn) }],
		pageOf(drawn)
	);
}

/**
 * A frame between two keys: everyone of either, where the transition has them, faded as it
 * fades them; the date, caption and legend of the key it goes to.
 */
function transitionSvg(from: DrawnKey, to: DrawnKey, plan: TransitionPlan, t: number): string {
	const state = transitionAt(plan, t);
	const toPeople = new Set(to.model.people.map((p) => p.id));
	const toEdges = new Set(to.model.edges.map((e) => e.id));
	const toHubs = new Set(to.model.hubs.map((h) => h.id));
	const toFactions = new Set(to.model.factions.map((f) => f.id));
	const fromFactions = new Set(from.model.factions.map((f) => f.id));
	const leavers = from.model.people.filter((p) => !toPeople.has(p.id));
	const leaverFactions = new Set(leavers.map((p) => p.parent));
	const model: GraphModel = {
		factions: [
			...to.model.factions,
			...from.model.factions.filter((f) => !toFactions.has(f.id) && leaverFactions.has(f.id))
		],
		people: [...to.model.people, ...leavers],
		// A hub stands at its members' centroid, wherever the transition has them.
		hubs: [...to.model.hubs, ...from.model.hubs.filter((h) => !toHubs.has(h.id))],
		edges: [...to.model.edges, ...from.model.edges.filter((e) => !toEdges.has(e.id))]
	};
	const positions: Positions = {};
	const fade = new Map<string, number>();
	// Who is not drawn yet (or any more) takes no room in their group's box.
	for (const [id, person] of state.people) {
		if (person.opacity <= 0) continue;
		positions[id] = [person.x, person.y];
		if (person.opacity < 1) fade.set(id, person.opacity);
	}
	for (const [id, opacity] of state.edges) if (opacity < 1) fade.set(id, opacity);
	for (const faction of model.factions) {
		if (!toFactions.has(faction.id)) fade.set(faction.id, 1 - state.fadedOut);
		else if (
			!fromFactions.has(faction.id) &&
			to.model.people.every(
				(p) => p.parent !== faction.id || !Object.hasOwn(plan.from.positions, p.id)
			)
		)
			fade.set(faction.id, state.fadedIn);
	}
	return writeSvg([{ model, positions, fade, ...selectedOf(to) }], pageOf(to));
}
