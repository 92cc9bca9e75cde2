import cytoscape from 'cytoscape';
import type { Positions } from './arrange';
import { hubPositions, type GraphModel } from './elements';
import type { PanelMarks } from './marks';
import type { PlacedPerson } from '../model/spatial-nav';
import { fitViewport, type Box } from './camera';
import { FACTION, PERSON_LABEL, PRESENTATION, labelScaleFor } from './encoding';
import type { Selection } from '../state/selection';
import { graphStyle, graphStyleFor, type LabelScale } from './style';

export type { Selection };

export interface GraphViewOptions {
	/** Where to draw; `null` runs headless (benchmarks, tests in Node). */
	container: HTMLElement | null;
	onselect: (selection: Selection) => void;
}

const ANIMATION_MS = 450;
const GHOST_PREFIX = 'ghost:';

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

	constructor({ container, onselect }: GraphViewOptions) {
		this.cy = cytoscape({
			...(container ? { container } : { headless: true, styleEnabled: true }),
			style: graphStyle,
			minZoom: 0.2,
			maxZoom: 4,
			boxSelectionEnabled: false,
			autoungrabify: true
		});
		this.cy.on('tap', 'node[status]', (event) =>
			onselect({ kind: 'person', id: event.target.id() })
		);
		this.cy.on('tap', 'node[hub]', (event) =>
			onselect({ kind: 'alliance', id: String(event.target.data('alliance')) })
		);
		this.cy.on('tap', 'edge', (event) =>
			onselect({ kind: 'alliance', id: String(event.target.data('alliance')) })
		);
		this.cy.on('tap', (event) => {
			if (event.target === this.cy) onselect(null);
		});
	}

	/**
	 * Shows a month: removes who is gone, adds who is new at their place, moves people whose
	 * faction changed into their new group, and glides everyone to their new position. The hub of
	 * an alliance drawn as a star glides with its members, to their centroid.
	 */
	show(model: GraphModel, positions: Positions, animate: boolean) {
		const cy = this.cy;
		const wanted = new Set([
			...model.factions.map((f) => f.id),
			...model.people.map((p) => p.id),
			...model.hubs.map((h) => h.id),
			...model.edges.map((e) => e.id)
		]);
		const hubTargets = hubPositions(model, positions);
		const nodes = new Map<string, cytoscape.NodeSingular>();
		cy.batch(() => {
			cy.edges()
				.filter((e) => !wanted.has(e.id()))
				.remove();
			cy.nodes('[status], [hub]')
				.filter((n) => !wanted.has(n.id()))
				.remove();
			for (const faction of model.factions) {
				const node = cy.getElementById(faction.id);
				if (node.empty()) cy.add({ group: 'nodes', data: { ...faction }, pannable: true });
			}
			for (const person of model.people) {
				const target = positions[person.id] ?? [0, 0];
				// One lookup per person: every cytoscape query builds a collection, and at 2,000
				// people the collections alone cost more than a frame.
				let node = cy.getElementById(person.id);
				if (node.empty()) {
					cy.add({
						group: 'nodes',
						data: { ...person },
						position: { x: target[0], y: target[1] },
						pannable: true
					});
					continue;
				}
				if ((node.data('parent') ?? undefined) !== person.parent) {
					const position = { ...node.position() };
					node.move({ parent: person.parent ?? null });
					node = cy.getElementById(person.id);
					node.position(position);
				}
				// Setting data restyles the node: only people who changed are touched.
				const data = node.data() as Record<string, unknown>;
				if (
					(Object.keys(person) as (keyof typeof person)[]).some((key) => data[key] !== person[key])
				)
					node.data({ ...person });
				nodes.set(person.id, node);
			}
			for (const hub of model.hubs) {
				const target = hubTargets[hub.id] ?? [0, 0];
				const node = cy.getElementById(hub.id);
				if (node.empty()) {
					cy.add({ group: 'nodes', data: { ...hub }, position: { x: target[0], y: target[1] } });
					continue;
				}
				const data = node.data() as Record<string, unknown>;
				if ((Object.keys(hub) as (keyof typeof hub)[]).some((key) => data[key] !== hub[key]))
					node.data({ ...hub });
				nodes.set(hub.id, node);
			}
			cy.nodes('[kind = "faction"]')
				.filter((n) => !wanted.has(n.id()))
				.remove();
			const shownEdges = new Set(cy.edges().map((edge) => edge.id()));
			const newEdges = model.edges.filter((edge) => !shownEdges.has(edge.id));
			if (newEdges.length) cy.add(newEdges.map((edge) => ({ group: 'edges', data: { ...edge } })));
		});
		const moves: { node: cytoscape.NodeSingular; to: cytoscape.Position }[] = [];
		for (const { id } of [...model.people, ...model.hubs]) {
			const target = positions[id] ?? hubTargets[id];
			if (!target) continue;
			const node = nodes.get(id);
			// Newcomers were added at their place.
			if (!node) continue;
			const to = { x: target[0], y: target[1] };
			if (node.animated()) node.stop(true, false);
			const from = node.position();
			if (from.x !== to.x || from.y !== to.y) moves.push({ node, to });
		}
		if (animate) {
			for (const { node, to } of moves)
				node.animate({ position: to }, { duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
		} else {
			// One batch: moved one by one, each move would recompute its group's bounds and style.
			cy.batch(() => {
				for (const { node, to } of moves) node.position(to);
			});
		}
	}

	/**
	 * Marks what changed against another date (see `PanelMarks`): classes on people and edges, and
	 * for each person who changed faction a ghost where they stood, with an arrow to where they are.
	 * Call after `show`; a new call replaces the previous marks.
	 */
	mark(marks: PanelMarks) {
		const cy = this.cy;
		cy.batch(() => {
			cy.elements('.ghost, .came-from').remove();
			cy.elements().removeClass('arrived departed formed dissolved');
			for (const id of marks.arrived) cy.getElementById(id).addClass('arrived');
			for (const id of marks.departed) cy.getElementById(id).addClass('departed');
			const formed = new Set(marks.formed);
			const dissolved = new Set(marks.dissolved);
			cy.edges().forEach((edge) => {
				const alliance = String(edge.data('alliance'));
				if (formed.has(alliance)) edge.addClass('formed');
				if (dissolved.has(alliance)) edge.addClass('dissolved');
			});
			for (const { id, label, position } of marks.cameFrom) {
				if (cy.getElementById(id).empty()) continue;
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
		});
	}

	/** Highlights the selected person's or alliance's edges and people, and dims the rest. */
	highlight(selection: Selection) {
		const cy = this.cy;
		cy.batch(() => {
			cy.elements().removeClass('dimmed highlighted selected');
			if (!selection) return;
			let focus: cytoscape.CollectionReturnValue;
			if (selection.kind === 'person') {
				const node = cy.getElementById(selection.id);
				if (node.empty()) return;
				node.addClass('selected');
				focus = node.union(node.connectedEdges()).union(node.connectedEdges().connectedNodes());
				// Through a hub, the person's allies are its other members: they stay in view.
				focus = focus.union(focus.nodes('[hub]').connectedEdges().connectedNodes());
			} else {
				const edges = cy.edges().filter((e) => e.data('alliance') === selection.id);
				if (edges.empty()) return;
				focus = edges.union(edges.connectedNodes());
			}
			focus.edges().addClass('highlighted');
			cy.elements().not(focus).not('[kind = "faction"]').addClass('dimmed');
		});
	}

	/**
	 * Fits the camera to a box in model coordinates (see `fitViewport`): never zoomed in past
	 * `FIT.maxZoom`, so that a month with few people does not show giant discs, and on a phone
	 * never so far out that names cannot be read.
	 */
	fit(box: Box, animate = false) {
		const viewport = fitViewport(box, this.cy.width(), this.cy.height());
		this.cy.stop(true, false);
		this.scaleLabels(viewport.zoom);
		if (animate) {
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
		this.labelFloor = floor;
		if (!floor) this.scaleLabels(this.cy.zoom());
	}

	/**
	 * Restyles labels to reach their floor at `zoom`. The sizes are in model units, so they zoom
	 * with the camera; the stylesheet is replaced only when the scale changes.
	 */
	private scaleLabels(zoom: number) {
		const floor = this.labelFloor;
		const scale: LabelScale = {
			person: floor ? labelScaleFor(zoom, PERSON_LABEL.size, floor.person) : 1,
			faction: floor ? labelScaleFor(zoom, FACTION.labelSize, floor.faction) : 1,
			...(floor ? { dimmedOpacity: PRESENTATION.dimmedOpacity } : {})
		};
		const shown = this.labelScale;
		if (
			scale.person === shown.person &&
			scale.faction === shown.faction &&
			scale.dimmedOpacity === shown.dimmedOpacity
		)
			return;
		this.labelScale = scale;
		this.cy.style(graphStyleFor(scale));
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

	destroy() {
		this.cy.destroy();
	}
}
