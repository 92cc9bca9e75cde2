import cytoscape from 'cytoscape';
import type { Positions } from './arrange';
import { boxesAround, type BoxMember } from './boxes';
import { hubPositions, type GraphModel, type PersonNodeData } from './elements';
import type { PanelMarks } from './marks';
import type { PlacedPerson } from '../model/spatial-nav';
import { fitViewport, type Box } from './camera';
import {
	FACTION,
	PERSON_LABEL,
	PRESENTATION,
	SCALE,
	TRANSITION,
	labelScaleFor,
	personLabelsShownAt
} from './encoding';
import type { Point } from '../model/geometry';
import {
	planTransition,
	transitionAt,
	type TransitionFrame,
	type TransitionPlan
} from '../model/transition';
import type { Selection } from '../state/selection';
import { DEFAULT_RENDERER, type GraphRenderer } from './renderer';
import { DrawingApart } from './drawing-apart';
import { graphStyle, graphStyleFor, type LabelScale } from './style';

export type { Selection };

export interface GraphViewOptions {
	/** Where to draw; `null` runs headless (benchmarks, tests in Node). */
	container: HTMLElement | null;
	onselect: (selection: Selection) => void;
	/** How to draw (see `GraphRenderer`); `DEFAULT_RENDERER` unless said. */
	renderer?: GraphRenderer;
}

const ANIMATION_MS = TRANSITION.stages.move;

/** How a new month comes on screen: in stages, cross-faded (reduced motion), or at once. */
export type Motion = 'staged' | 'cross-fade' | 'none';

interface RunningTransition {
	plan: TransitionPlan;
	/** When the first frame was drawn; the transition's clock starts there. */
	startedAt: number | null;
	frame: number | null;
	/** The ids of the new month's elements; anything else on stage is leaving. */
	wanted: Set<string>;
	/** New groups that fade in with their newcomers. */
	newGroups: string[];
	/** Groups going away with their last members. */
	leavingGroups: string[];
	/** Each faded element's own opacity. */
	base: Map<string, number>;
	/**
	 * The elements given an opacity of their own (faded) during the transition: the only ones
	 * whose opacity is taken back at its end, not the whole stage.
	 */
	faded: Set<string>;
	camera: { from: Viewport; to: Viewport } | null;
}

interface Viewport {
	zoom: number;
	pan: { x: number; y: number };
}

/** `requestAnimationFrame`, or a timer where there is none (headless, in Node). */
const nextFrame = (callback: (now: number) => void): number =>
	typeof requestAnimationFrame === 'function'
		? requestAnimationFrame(() => callback(performance.now()))
		: (setTimeout(() => callback(performance.now()), 16) as unknown as number);

const cancelFrame = (frame: number) =>
	typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(frame) : clearTimeout(frame);
const GHOST_PREFIX = 'ghost:';

/**
 * A person as a cytoscape node: a plain node, never a compound's child. Their faction's box is
 * `box`, a node that `placeFactionBoxes` sizes around its members: as a compound parent,
 * cytoscape restyled every member of a box whenever one element of it changed, which at a few
 * hundred people made each step a long task.
 */
function personNodeData(person: PersonNodeData): Omit<PersonNodeData, 'parent'> & { box?: string } {
	const { parent, ...data } = person;
	return parent ? { ...data, box: parent } : data;
}

/** The part of cytoscape's canvas renderer that `withoutLayerTextures` reaches (not typed). */
interface CanvasRendererInternals {
	data?: { lyrTxrCache?: { getLayers: (...args: unknown[]) => unknown } };
}

/**
 * Cytoscape's canvas renderer draws a graph that has stood still for a quarter of a second (and
 * its very first frame) into one large layer texture, up to 4,000 × 4,000 pixels, and then pans
 * by copying it. Making that texture, fresh memory painted element by element, was the longest
 * task of opening a big month: about 3 s of the compare view's 5 s of long tasks at 2,000
 * people. Drawn without it, each element still comes from its own cached texture, a few ms a
 * frame. The renderer has no option for this, so its layer cache is told it has no layers; with
 * another renderer (WebGL, headless) there is no such cache and nothing is changed.
 */
function withoutLayerTextures(cy: cytoscape.Core) {
	const renderer = (cy as unknown as { renderer?: () => CanvasRendererInternals }).renderer?.();
	const layers = renderer?.data?.lyrTxrCache;
	if (layers) layers.getLayers = () => null;
}

/**
 * Removes the elements that pass `test`: asked on every step of the slider, where there is most
 * often nothing to remove, and a filtered collection costs more than the look.
 */
function removeWhere<E extends cytoscape.NodeSingular | cytoscape.EdgeSingular>(
	cy: cytoscape.Core,
	elements: { forEach(each: (element: E) => void): unknown },
	test: (element: E) => boolean
) {
	// As one collection: cytoscape then updates its indexes and the compound parents once, where
	// removing each alone did it once per element (a year's step at 2,000 people: 18 of 50 ms).
	const gone = cy.collection();
	elements.forEach((element) => {
		if (test(element)) gone.merge(element);
	});
	if (gone.nonempty()) gone.remove();
}

// Which elements are which, as functions: cytoscape parses a selector string again on every
// query, and these are asked on every step of the slider.
/** A person or an alliance's hub: what the flip-book places. */
const onStage = (node: cytoscape.NodeSingular) =>
	node.data('status') !== undefined || node.data('hub') !== undefined;
const isFaction = (node: cytoscape.NodeSingular) => node.data('kind') === 'faction';
const isCrowd = (node: cytoscape.NodeSingular) => node.data('kind') === 'crowd';
/** A person drawn inside a faction's box. */
const isBoxed = (node: cytoscape.NodeSingular) => node.data('box') !== undefined;
/** An alliance's line, not a comparison's arrow (a mark, see `mark`). */
const isLine = (edge: cytoscape.EdgeSingular) => !edge.hasClass('came-from');

/**
 * The explorer's cytoscape instance. It never lays anything out: it shows the positions it is
 * given (from the flip-book) and animates from one month's positions to the next. Every node is
 * pannable: a finger that drags on a faction's box or a person moves the camera, as on the paper
 * around them (on a phone the boxes fill the view).
 */
export class GraphView {
	readonly cy: cytoscape.Core;
	/** When the latest animation started is due to end (cytoscape queues it until a frame). */
	private animatingUntil = 0;
	/** Screen sizes labels must reach (present mode), or `null` for the sizes of the vocabulary. */
	private labelFloor: { person: number; faction: number } | null = null;
	private labelScale: LabelScale = { person: 1, faction: 1 };
	private transition: RunningTransition | null = null;
	/** Whether the graph is drawn (not headless): only then do arrivals wait for frames. */
	private readonly drawn: boolean;
	/**
	 * Elements of the shown month not yet on the graph, added `SCALE.addedPerFrame` a frame (see
	 * `show`), and the frame that adds the next of them.
	 */
	private arriving: { elements: cytoscape.ElementDefinition[]; frame: number | null } | null = null;
	/** The latest selection and marks, given again to elements that arrive in later frames. */
	private selection: Selection = null;
	private marks: PanelMarks | null = null;
	/** Whether any element may be selected, highlighted or dimmed (see `highlight`). */
	private emphasised = false;
	/** The model's person each node's data was last set from, by id. */
	private readonly applied = new Map<string, PersonNodeData>();
	/** Where cytoscape draws: in the frame, or in tasks before it for large months. */
	private readonly drawing: DrawingApart;

	constructor({ container, onselect, renderer = DEFAULT_RENDERER }: GraphViewOptions) {
		this.cy = cytoscape({
			...(container
				? { container, webgl: renderer === 'webgl' }
				: { headless: true, styleEnabled: true }),
			style: graphStyle,
			minZoom: 0.2,
			maxZoom: 4,
			boxSelectionEnabled: false,
			autoungrabify: true
		});
		this.drawn = container !== null;
		withoutLayerTextures(this.cy);
		this.drawing = new DrawingApart(this.cy);
		this.cy.on('tap', 'node[status]', (event) =>
			onselect({ kind: 'person', id: event.target.id() })
		);
		this.cy.on('tap', 'node[hub]', (event) =>
			onselect({ kind: 'alliance', id: String(event.target.data('alliance')) })
		);
		this.cy.on('tap', 'edge', (event) =>
			onselect({ kind: 'alliance', id: String(event.target.data('alliance')) })
		);
		// A faction's box is paper with a tint: a tap on it clears the selection as the paper does.
		this.cy.on('tap', (event) => {
			if (event.target === this.cy || event.target.data?.('kind') === 'faction') onselect(null);
		});
		// Zooming in far enough brings people's names back (see `personLabelsShownAt`).
		this.cy.on('zoom', () => this.scaleLabels(this.cy.zoom()));
	}

	/**
	 * Shows a month. With `motion` 'none' it is shown at once: who is gone is removed, who is new
	 * added at their place, who changed faction moved into their new group and everyone put at
	 * their new position. With 'staged' the change is animated in stages (`model/transition.ts`):
	 * who leaves fades out, then people glide, then who arrives fades in; with 'cross-fade'
	 * (reduced motion) who leaves and who arrives cross-fade briefly and people jump halfway.
	 * Frames come from `requestAnimationFrame`; a new month finishes the running transition first.
	 * The hub of an alliance drawn as a star moves and fades with its members, to their centroid.
	 */
	show(model: GraphModel, positions: Positions, motion: Motion) {
		if (this.cy.destroyed()) return;
		const interrupted = this.finishTransition({ forNext: true });
		// What had not arrived yet is measured against the new month like anything else.
		this.stopArriving();
		const cy = this.cy;
		const wanted = new Set([
			...model.factions.map((f) => f.id),
			...(model.crowds ?? []).map((c) => c.id),
			...model.people.map((p) => p.id),
			...model.hubs.map((h) => h.id),
			...model.edges.map((e) => e.id)
		]);
		const hubTargets = hubPositions(model, positions);
		// What is on the graph, read once: each `cy.nodes()` or `cy.edges()` builds a collection
		// of them all, and a step asked for one eight times.
		const shownNodes = cy.nodes().toArray();
		const shownEdges = cy.edges().toArray();
		let animate = motion !== 'none';
		const from: TransitionFrame = { positions: {}, edges: [] };
		let plan: TransitionPlan | null = null;
		if (animate) {
			const was: Record<string, Point> = {};
			for (const node of shownNodes) {
				if (!onStage(node)) continue;
				const { x, y } = node.position();
				was[node.id()] = interrupted?.[node.id()] ?? [x, y];
			}
			from.positions = was;
			// A comparison's arrows are marks, redrawn by `mark`: not part of the transition.
			from.edges = shownEdges.filter(isLine).map((edge) => edge.id());
			const to: TransitionFrame = {
				positions: Object.fromEntries(
					[...model.people, ...model.hubs].map(({ id }) => [
						id,
						positions[id] ?? hubTargets[id] ?? from.positions[id] ?? [0, 0]
					])
				),
				edges: model.edges.map((edge) => edge.id)
			};
			plan = planTransition(
				from,
				to,
				TRANSITION.stages,
				motion === 'cross-fade' ? TRANSITION.reducedMotion : undefined
			);
			// Nothing to glide or fade (a month where nobody comes, goes or moves): shown at once.
			if (plan.duration <= 0) animate = false;
		}
		const nodes = new Map<string, cytoscape.NodeSingular>();
		const arrived: string[] = [];
		// Newcomers are gathered and added together, one `cy.add` for all. Shown at once, they come
		// a frame's worth at a time (see `SCALE.addedPerFrame`): people first, then the hubs at
		// their centroids and new groups around them, then lines.
		const gradual = !animate && this.drawn;
		// A transition's frames are drawn in those frames.
		this.drawing.isApart = gradual && model.people.length > SCALE.drawnApartAbove;
		const comingPeople: cytoscape.ElementDefinition[] = [];
		const comingGroups: cytoscape.ElementDefinition[] = [];
		const comingLines: cytoscape.ElementDefinition[] = [];
		cy.batch(() => {
			// Who leaves stays on stage to fade out when the change is animated.
			if (!animate) {
				removeWhere(cy, shownEdges, (e) => !wanted.has(e.id()));
				removeWhere(cy, shownNodes, (n) => onStage(n) && !wanted.has(n.id()));
			}
			for (const faction of model.factions) {
				const node = cy.getElementById(faction.id);
				if (node.empty()) {
					// Sized and placed around its members once they are on stage.
					comingGroups.push({
						group: 'nodes',
						data: { ...faction, width: 1, height: 1 },
						pannable: true
					});
					arrived.push(faction.id);
				}
			}
			// A month drawn as crowds is never animated: its groups come and go at once.
			removeWhere(cy, shownNodes, (n) => !n.removed() && isCrowd(n) && !wanted.has(n.id()));
			for (const crowd of model.crowds ?? []) {
				const [x, y] = positions[crowd.id] ?? [0, 0];
				const node = cy.getElementById(crowd.id);
				if (node.empty()) {
					cy.add({ group: 'nodes', data: { ...crowd }, position: { x, y }, pannable: true });
					continue;
				}
				const data = node.data() as Record<string, unknown>;
				if ((Object.keys(crowd) as (keyof typeof crowd)[]).some((key) => data[key] !== crowd[key]))
					node.data({ ...crowd });
				node.position({ x, y });
			}
			for (const person of model.people) {
				const target = positions[person.id] ?? [0, 0];
				// One lookup per person: every cytoscape query builds a collection, and at 2,000
				// people the collections alone cost more than a frame.
				const node = cy.getElementById(person.id);
				if (node.empty()) {
					this.applied.set(person.id, person);
					comingPeople.push({
						group: 'nodes',
						data: personNodeData(person),
						position: { x: target[0], y: target[1] },
						pannable: true
					});
					arrived.push(person.id);
					continue;
				}
				nodes.set(person.id, node);
				// The same object as last time is the same person (see `graphModelOf`).
				if (this.applied.get(person.id) === person) continue;
				this.applied.set(person.id, person);
				const wanted = personNodeData(person);
				// Setting data restyles the node: only people who changed are touched.
				const data = node.data() as Record<string, unknown>;
				// A person outside any faction has no `box` in their data: that the node still has
				// one is a change too.
				if (
					data.box !== wanted.box ||
					(Object.keys(wanted) as (keyof typeof wanted)[]).some((key) => data[key] !== wanted[key])
				) {
					if (data.box !== undefined && wanted.box === undefined) node.removeData('box');
					node.data(wanted);
				}
			}
			for (const hub of model.hubs) {
				const target = hubTargets[hub.id] ?? [0, 0];
				const node = cy.getElementById(hub.id);
				if (node.empty()) {
					comingGroups.push({
						group: 'nodes',
						data: { ...hub },
						position: { x: target[0], y: target[1] },
						pannable: true
					});
					arrived.push(hub.id);
					continue;
				}
				const data = node.data() as Record<string, unknown>;
				if ((Object.keys(hub) as (keyof typeof hub)[]).some((key) => data[key] !== hub[key]))
					node.data({ ...hub });
				nodes.set(hub.id, node);
			}
			// A group with nobody left in it would be drawn as a bare box: it goes at once.
			// Newcomers are not on the graph yet: only those shown before are looked at.
			const boxed = new Set<string>();
			const groups: cytoscape.NodeSingular[] = [];
			for (const n of shownNodes) {
				if (n.removed()) continue;
				if (isBoxed(n)) boxed.add(String(n.data('box')));
				else if (isFaction(n)) groups.push(n);
			}
			for (const group of groups)
				if (!wanted.has(group.id()) && (!animate || !boxed.has(group.id()))) group.remove();
			// A line goes with either end: what is left of those shown before.
			const linesShown = new Set(
				shownEdges.filter((edge) => !edge.removed()).map((edge) => edge.id())
			);
			const newEdges = model.edges.filter((edge) => !linesShown.has(edge.id));
			// A line that stays may change: its alliance gains members, or a parallel comes or goes.
			for (const edge of model.edges) {
				if (!linesShown.has(edge.id)) continue;
				const line = cy.getElementById(edge.id);
				const data = line.data() as Record<string, unknown>;
				if (
					data.bend === edge.bend &&
					(Object.keys(edge) as (keyof typeof edge)[]).every((key) => data[key] === edge[key])
				)
					continue;
				if (edge.bend === undefined) line.removeData('bend');
				line.data({ ...edge });
			}
			// One at a time: spread into a call, 100,000 ids or more overflow the stack.
			for (const edge of newEdges) {
				comingLines.push({ group: 'edges', data: { ...edge } });
				arrived.push(edge.id);
			}
			if (!gradual) {
				// People before the groups and hubs among them, then the lines between them.
				const added = cy.add([...comingPeople, ...comingGroups, ...comingLines]);
				// Who arrives is invisible until their stage.
				if (animate) added.style('opacity', 0);
			}
			// The boxes as the transition starts, new groups included (once moved, below).
			if (animate) this.placeFactionBoxes();
		});
		if (!animate || !plan) {
			const moves: { node: cytoscape.NodeSingular; to: cytoscape.Position }[] = [];
			for (const { id } of [...model.people, ...model.hubs]) {
				const target = positions[id] ?? hubTargets[id];
				const node = nodes.get(id);
				// Newcomers were added at their place.
				if (!target || !node) continue;
				const from = node.position();
				if (from.x !== target[0] || from.y !== target[1])
					moves.push({ node, to: { x: target[0], y: target[1] } });
			}
			// One batch: moved one by one, each move would redraw on its own.
			cy.batch(() => {
				for (const { node, to } of moves) node.position(to);
				if (gradual) this.startArriving([...comingPeople, ...comingGroups, ...comingLines]);
				this.placeFactionBoxes();
			});
			return;
		}
		// A new group fades in with its newcomers; one that people move into is there at once,
		// or the people moving into it would be faded with it.
		const newGroups = arrived.filter((id) => cy.getElementById(id).data('kind') === 'faction');
		const fadingGroups = new Set(
			newGroups.filter((id) =>
				model.people.every((p) => p.parent !== id || !Object.hasOwn(from.positions, p.id))
			)
		);
		const faded = new Set(arrived);
		cy.batch(() => {
			for (const id of newGroups)
				if (!fadingGroups.has(id)) {
					cy.getElementById(id).removeStyle('opacity');
					faded.delete(id);
				}
		});
		// A group that leaves was on the graph before: new ones are wanted.
		const leavingGroups = shownNodes
			.filter((n) => !n.removed() && isFaction(n) && !wanted.has(n.id()))
			.map((n) => n.id());
		this.transition = {
			plan,
			startedAt: null,
			frame: null,
			wanted,
			newGroups: [...fadingGroups],
			leavingGroups,
			base: new Map(),
			faded,
			camera: null
		};
		this.transition.frame = nextFrame((now) => this.tick(now));
	}

	/**
	 * Adds the first `SCALE.addedPerFrame` of `elements` now (call inside a batch) and the rest a
	 * frame's worth at a time. Cytoscape's first drawing of an element (its style, its texture,
	 * its name measured) is most of the cost of a new one: a thousand at once was a frame of half
	 * a second and more, the page frozen meanwhile.
	 */
	private startArriving(elements: cytoscape.ElementDefinition[]) {
		if (!elements.length) return;
		this.cy.add(elements.splice(0, SCALE.addedPerFrame));
		if (!elements.length) return;
		const arriving = { elements, frame: null as number | null };
		this.arriving = arriving;
		const next = () => {
			arriving.frame = null;
			const cy = this.cy;
			cy.batch(() => {
				const added = cy.add(elements.splice(0, SCALE.addedPerFrame));
				this.placeFactionBoxes();
				// The newcomers take the marks and the selection the rest of the stage has.
				if (this.marks) this.markElements(added, this.marks);
			});
			if (this.selection) this.highlight(this.selection);
			if (elements.length) arriving.frame = nextFrame(next);
			else this.arriving = null;
		};
		arriving.frame = nextFrame(next);
	}

	private stopArriving() {
		if (this.arriving?.frame != null) cancelFrame(this.arriving.frame);
		this.arriving = null;
	}

	/** Draws the running transition at time `now` (ms), and asks for the next frame until it ends. */
	private tick(now: number) {
		const running = this.transition;
		if (!running) return;
		running.startedAt ??= now;
		const t = (now - running.startedAt) / running.plan.duration;
		if (t >= 1) {
			this.finishTransition();
			return;
		}
		this.drawTransition(running, t);
		running.frame = nextFrame((next) => this.tick(next));
	}

	private drawTransition(running: RunningTransition, t: number) {
		const cy = this.cy;
		const state = transitionAt(running.plan, t);
		/** An element's own opacity (its class's), read once before the transition fades it. */
		const baseOf = (element: cytoscape.SingularElementReturnValue) => {
			const known = running.base.get(element.id());
			if (known !== undefined) return known;
			element.removeStyle('opacity');
			const base = Number(element.numericStyle('opacity') ?? 1);
			running.base.set(element.id(), base);
			return base;
		};
		const fade = (id: string, opacity: number) => {
			const element = cy.getElementById(id);
			if (element.empty()) return;
			running.faded.add(id);
			element.style('opacity', baseOf(element) * opacity);
		};
		const fadingIds: [string, number][] = [];
		for (const [id, person] of state.people)
			if (
				!Object.hasOwn(running.plan.from.positions, id) ||
				!Object.hasOwn(running.plan.to.positions, id)
			)
				fadingIds.push([id, person.opacity]);
		const fromEdges = new Set(running.plan.from.edges);
		for (const [id, opacity] of state.edges)
			if (!fromEdges.has(id) || !running.wanted.has(id)) fadingIds.push([id, opacity]);
		// Bases are read outside a batch, where the style is up to date.
		for (const [id] of fadingIds) {
			const element = cy.getElementById(id);
			if (!element.empty()) baseOf(element);
		}
		for (const id of [...running.leavingGroups, ...running.newGroups]) {
			const element = cy.getElementById(id);
			if (!element.empty()) baseOf(element);
		}
		cy.batch(() => {
			for (const [id, person] of state.people) {
				if (!running.wanted.has(id) || !Object.hasOwn(running.plan.from.positions, id)) continue;
				const node = cy.getElementById(id);
				const at = node.position();
				if (at.x !== person.x || at.y !== person.y) node.position({ x: person.x, y: person.y });
			}
			for (const [id, opacity] of fadingIds) fade(id, opacity);
			for (const id of running.leavingGroups) fade(id, 1 - state.fadedOut);
			for (const id of running.newGroups) fade(id, state.fadedIn);
			this.placeFactionBoxes();
		});
		if (running.camera) {
			const { from, to } = running.camera;
			const k = running.plan.stages.move || running.plan.crossFade ? state.moved : t;
			this.cy.viewport({
				zoom: from.zoom + (to.zoom - from.zoom) * k,
				pan: {
					x: from.pan.x + (to.pan.x - from.pan.x) * k,
					y: from.pan.y + (to.pan.y - from.pan.y) * k
				}
			});
		}
	}

	/**
	 * Ends the running transition at once: the new month as it is meant to be, nothing faded.
	 * When `show` cuts it short for the next month (`forNext`), it leaves the people where they
	 * are and the boxes unplaced (`show` places both), and returns where the people were going:
	 * the next transition starts from there, as it would have from the finished one.
	 */
	private finishTransition({ forNext = false } = {}): Record<string, Point> | null {
		const running = this.transition;
		if (!running) return null;
		this.transition = null;
		if (running.frame !== null) cancelFrame(running.frame);
		const cy = this.cy;
		cy.batch(() => {
			removeWhere(cy, cy.edges(), (e) => isLine(e) && !running.wanted.has(e.id()));
			removeWhere(
				cy,
				cy.nodes(),
				(n) => (onStage(n) || isFaction(n)) && !running.wanted.has(n.id())
			);
			if (!forNext)
				for (const [id, [x, y]] of Object.entries(running.plan.to.positions)) {
					const node = cy.getElementById(id);
					if (node.empty()) continue;
					// Setting a position restyles the node and its group: only who is not there yet.
					const at = node.position();
					if (at.x !== x || at.y !== y) node.position({ x, y });
				}
			// Taking back an opacity restyles the element: only those the transition faded.
			for (const id of running.faded) {
				if (!running.wanted.has(id)) continue;
				const element = cy.getElementById(id);
				if (!element.empty()) element.removeStyle('opacity');
			}
			if (!forNext) this.placeFactionBoxes();
		});
		if (running.camera) this.cy.viewport(running.camera.to);
		return forNext ? running.plan.to.positions : null;
	}

	/**
	 * Sizes and places each faction's box around its members as they stand now, with their names
	 * at the size drawn (see `boxesAround`). Only boxes whose size or place changed are touched.
	 */
	private placeFactionBoxes() {
		const cy = this.cy;
		const members: BoxMember[] = [];
		const groups: cytoscape.NodeSingular[] = [];
		// One pass over the graph: each `cy.nodes()` builds a collection of every node.
		cy.nodes().forEach((node) => {
			if (isFaction(node)) {
				groups.push(node);
				return;
			}
			if (!isBoxed(node)) return;
			const { x, y } = node.position();
			members.push({
				faction: String(node.data('box')),
				person: { size: Number(node.data('size')), label: String(node.data('label')) },
				at: [x, y]
			});
		});
		const boxes = boxesAround(members, this.labelScale.person);
		for (const node of groups) {
			const box = boxes.get(node.id());
			if (!box) continue;
			const width = box.x2 - box.x1;
			const height = box.y2 - box.y1;
			if (node.data('width') !== width || node.data('height') !== height)
				node.data({ width, height });
			const x = (box.x1 + box.x2) / 2;
			const y = (box.y1 + box.y2) / 2;
			const at = node.position();
			if (at.x !== x || at.y !== y) node.position({ x, y });
		}
	}

	/**
	 * How opaque a person, group or edge is drawn now (a transition fades them), or `null` if it
	 * is not on stage: for browser tests that sample a transition's frames.
	 */
	opacityOf(id: string): number | null {
		const element = this.cy.getElementById(id);
		return element.empty() ? null : Number(element.numericStyle('opacity') ?? 1);
	}

	/**
	 * Marks what changed against another date (see `PanelMarks`): classes on people and edges, and
	 * for each person who changed faction a ghost where they stood, with an arrow to where they are.
	 * Call after `show`; a new call replaces the previous marks.
	 */
	mark(marks: PanelMarks) {
		if (this.cy.destroyed()) return;
		this.marks = marks;
		const cy = this.cy;
		cy.batch(() => {
			cy.elements('.ghost, .came-from').remove();
			cy.elements('.arrived, .departed, .formed, .dissolved').removeClass(
				'arrived departed formed dissolved'
			);
			this.markElements(cy.elements(), marks);
		});
	}

	/**
	 * Gives `elements` their marks: a person's and an edge's depend on themselves alone, so
	 * elements that arrive later are marked without touching the rest (see `startArriving`).
	 */
	private markElements(elements: cytoscape.CollectionReturnValue, marks: PanelMarks) {
		const cy = this.cy;
		const arrived = new Set(marks.arrived);
		const departed = new Set(marks.departed);
		const formed = new Set(marks.formed);
		const dissolved = new Set(marks.dissolved);
		elements.forEach((element) => {
			if (element.group() === 'nodes') {
				if (arrived.has(element.id())) element.addClass('arrived');
				if (departed.has(element.id())) element.addClass('departed');
				return;
			}
			const alliance = String(element.data('alliance'));
			if (formed.has(alliance)) element.addClass('formed');
			if (dissolved.has(alliance)) element.addClass('dissolved');
		});
		for (const { id, label, position } of marks.cameFrom) {
			if (elements.getElementById(id).empty()) continue;
			const ghost = `${GHOST_PREFIX}${id}`;
			cy.add({
				group: 'nodes',
				data: { id: ghost, label: `${label} before` },
				position: { x: position[0], y: position[1] },
				classes: 'ghost',
				pannable: true
			});
			cy.add({
				group: 'edges',
				data: { id: `${ghost}:arrow`, source: ghost, target: id },
				classes: 'came-from'
			});
		}
	}

	/** Highlights the selected person's or alliance's edges and people, and dims the rest. */
	highlight(selection: Selection) {
		if (this.cy.destroyed()) return;
		this.selection = selection;
		const cy = this.cy;
		const focus = this.focusOf(selection);
		// Nothing in focus and nothing marked: every element is as it should be. Looking at each
		// of them was a few ms a step at 2,000 people, where nothing is selected most of the time.
		if (focus === null && !this.emphasised) return;
		this.emphasised = focus !== null;
		cy.batch(() => {
			// A class change restyles the element: only elements whose classes change are touched,
			// so that the elements arriving after a selection (`startArriving`) cost only their own.
			cy.elements().forEach((element) => {
				const inFocus = focus !== null && focus.has(element);
				const wanted = {
					selected: inFocus && selection?.kind === 'person' && element.id() === selection.id,
					highlighted: inFocus && element.isEdge(),
					dimmed: focus !== null && !inFocus && element.data('kind') !== 'faction'
				};
				for (const [name, on] of Object.entries(wanted))
					if (element.hasClass(name) !== on) element.toggleClass(name, on);
			});
		});
	}

	/** What a selection keeps in view: the person or alliance, their lines and their allies. */
	private focusOf(selection: Selection): cytoscape.CollectionReturnValue | null {
		const cy = this.cy;
		if (!selection) return null;
		if (selection.kind === 'person') {
			const node = cy.getElementById(selection.id);
			if (node.empty()) return null;
			const focus = node.union(node.connectedEdges()).union(node.connectedEdges().connectedNodes());
			// Through a hub, the person's allies are its other members: they stay in view.
			return focus.union(focus.nodes('[hub]').connectedEdges().connectedNodes());
		}
		const edges = cy.edges().filter((e) => e.data('alliance') === selection.id);
		return edges.empty() ? null : edges.union(edges.connectedNodes());
	}

	/**
	 * Fits the camera to a box in model coordinates (see `fitViewport`): never zoomed in past
	 * `FIT.maxZoom`, so that a month with few people does not show giant discs, and on a phone
	 * never so far out that names cannot be read.
	 */
	fit(box: Box, animate = false) {
		if (this.cy.destroyed()) return;
		const viewport = fitViewport(box, this.cy.width(), this.cy.height());
		this.cy.stop(true, false);
		this.scaleLabels(viewport.zoom);
		if (this.transition && this.transition.plan.duration > 0) {
			// The camera is part of the transition: it moves while people move.
			this.transition.camera = {
				from: { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } },
				to: viewport
			};
		} else if (animate) {
			this.cy.animate(viewport, { duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
			this.animatingUntil = performance.now() + ANIMATION_MS;
		} else this.cy.viewport(viewport);
	}

	/** The people on the graph and where they stand, for moving between them by keyboard. */
	placedPeople(): PlacedPerson[] {
		return this.cy.nodes('[status]').map((node) => ({ id: node.id(), ...node.position() }));
	}

	/** Rings the person the keyboard is on (or nobody), and keeps them in view. */
	focusPerson(id: string | null) {
		if (this.cy.destroyed()) return;
		const cy = this.cy;
		cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
		if (id === null) return;
		const node = cy.getElementById(id);
		if (node.empty()) return;
		node.addClass('keyboard-focus');
		const { x, y } = node.renderedPosition();
		if (x < 0 || y < 0 || x > cy.width() || y > cy.height()) cy.center(node);
	}

	/**
	 * Present mode: makes labels at least `floor` CSS pixels on screen from the next `fit` on,
	 * and fades the unselected less; `null` goes back to the explorer's style.
	 */
	setLabelFloor(floor: { person: number; faction: number } | null) {
		if (this.cy.destroyed()) return;
		this.labelFloor = floor;
		if (!floor) this.scaleLabels(this.cy.zoom());
	}

	/**
	 * Restyles labels to reach their floor at `zoom`. The sizes are in model units, so they zoom
	 * with the camera; the stylesheet is replaced only when the scale changes.
	 */
	private scaleLabels(zoom: number) {
		const floor = this.labelFloor;
		const person = floor ? labelScaleFor(zoom, PERSON_LABEL.size, floor.person) : 1;
		const scale: LabelScale = {
			person,
			faction: floor ? labelScaleFor(zoom, FACTION.labelSize, floor.faction) : 1,
			...(floor ? { dimmedOpacity: PRESENTATION.dimmedOpacity } : {}),
			...(personLabelsShownAt(zoom, person, !this.labelScale.withoutPersonLabels)
				? {}
				: { withoutPersonLabels: true })
		};
		const shown = this.labelScale;
		if (
			scale.person === shown.person &&
			scale.faction === shown.faction &&
			scale.dimmedOpacity === shown.dimmedOpacity &&
			scale.withoutPersonLabels === shown.withoutPersonLabels
		)
			return;
		const resized = scale.person !== shown.person;
		this.labelScale = scale;
		this.cy.style(graphStyleFor(scale));
		// Larger names take more room in their boxes.
		if (resized) this.cy.batch(() => this.placeFactionBoxes());
	}

	/** Where a person stands in model coordinates (the flip-book's units), once animations end. */
	positionOf(id: string): { x: number; y: number } | null {
		const node = this.cy.getElementById(id);
		return node.empty() ? null : { ...node.position() };
	}

	/** Whether anything is still moving. */
	isAnimating(): boolean {
		// The core's own animations (the camera) are not in cytoscape's types.
		const core = this.cy as unknown as { animated(): boolean };
		return (
			this.transition !== null ||
			this.arriving !== null ||
			performance.now() < this.animatingUntil ||
			this.cy.nodes(':animated').nonempty() ||
			core.animated()
		);
	}

	/** Where a person is drawn on the page, in CSS pixels relative to the container. */
	renderedPositionOf(id: string): { x: number; y: number } | null {
		const node = this.cy.getElementById(id);
		return node.empty() ? null : { ...node.renderedPosition() };
	}

	/**
	 * Stops drawing for good. Any later call is ignored: the page's effects and the renderer's
	 * own resize events can still reach the view in the frame it goes away (leaving present mode
	 * as an opened dataset replaced the graph did), and cytoscape throws once destroyed.
	 */
	destroy() {
		if (this.transition?.frame != null) cancelFrame(this.transition.frame);
		this.transition = null;
		this.stopArriving();
		this.drawing.dispose();
		this.cy.destroy();
	}
}
