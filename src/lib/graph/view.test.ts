import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { snapshotAt } from '../model/snapshot';
import type { Positions } from './arrange';
import { factionBoxes, type Box } from './boxes';
import { graphModelOf } from './elements';
import { EDGE, TRANSITION } from './encoding';
import { NO_MARKS } from './marks';
import { GraphView, type Selection } from './view';

// tests/fixtures/edge-cases.json: Bob (Left) and Carol (Right) in the Pact from 1925-06; Dan joins
// the Left in 1926-01 and the Pact from 1926-02-10; Bob goes Right in 1926-03; Carol and Dan form
// the Bloc in 1926-04; Dan leaves the Pact in 1926-05; Alice is on stage from 5 to 25 July 1926.
const dataset = readDatasetFixture('edge-cases.json');
const modelAt = (month: string) => graphModelOf(snapshotAt(dataset, month), dataset.factions);

/** A distinct place for every person, different each month, so that moves can be seen. */
function positionsAt(month: string): Positions {
	const shift = Number(month.slice(5, 7));
	return {
		alice: [-200 + shift, 10],
		bob: [-100 + shift, 20],
		carol: [100 + shift, 30],
		dan: [-150 + shift, -40]
	};
}

let view: GraphView;
let selections: Selection[];
function newView() {
	selections = [];
	view = new GraphView({ container: null, onselect: (s) => selections.push(s) });
	return view;
}
afterEach(() => {
	view?.destroy();
	vi.useRealTimers();
});

const idsOf = (collection: { map: (f: (e: { id(): string }) => string) => string[] }) =>
	collection.map((e) => e.id()).sort();
const withClass = (className: string) => idsOf(view.cy.elements(`.${className}`));

/** The faction boxes drawn around where `id` stands, by their size and place. */
function boxesAround(id: string): string[] {
	const at = view.cy.getElementById(id).position();
	return view.cy
		.nodes('[kind = "faction"]')
		.filter((box) => {
			const { x, y } = box.position();
			const [w, h] = [Number(box.data('width')), Number(box.data('height'))];
			return Math.abs(at.x - x) < w / 2 && Math.abs(at.y - y) < h / 2;
		})
		.map((box) => box.id());
}

describe('GraphView, headless', () => {
	it("shows a month: a node per person inside their faction's box, an edge per alliance pair, at the given positions", () => {
		newView().show(modelAt('1926-02'), positionsAt('1926-02'), 'none');
		const cy = view.cy;
		expect(idsOf(cy.nodes('[status]'))).toEqual(['bob', 'carol', 'dan']);
		expect(idsOf(cy.nodes('[kind = "faction"]'))).toEqual(['left', 'right']);
		expect(cy.getElementById('bob').data('box')).toBe('left');
		expect(boxesAround('bob')).toEqual(['left']);
		expect(cy.getElementById('carol').data('box')).toBe('right');
		expect(boxesAround('carol')).toEqual(['right']);
		expect(idsOf(cy.edges())).toEqual(['pact:bob:carol', 'pact:bob:dan', 'pact:carol:dan']);
		for (const id of ['bob', 'carol', 'dan']) {
			const [x, y] = positionsAt('1926-02')[id]!;
			expect(view.positionOf(id), id).toEqual({ x, y });
		}
		expect(view.positionOf('alice')).toBeNull();
		expect(view.isAnimating()).toBe(false);
	});

	it('adds and removes people, factions and edges between months, and moves who changed faction', () => {
		newView().show(modelAt('1926-02'), positionsAt('1926-02'), 'none');
		const dan = view.cy.getElementById('dan');
		dan.data('marker', 'kept');

		view.show(modelAt('1926-07-10'), positionsAt('1926-07-10'), 'none');
		const cy = view.cy;
		expect(idsOf(cy.nodes('[status]'))).toEqual(['alice', 'bob', 'carol', 'dan']);
		expect(cy.getElementById('bob').data('box')).toBe('right');
		expect(boxesAround('bob')).toEqual(['right']);
		expect(cy.getElementById('bob').data('faction')).toBe('right');
		// Dan left the Pact in 1926-05 and formed the Bloc with Carol in 1926-04.
		expect(idsOf(cy.edges())).toEqual(['bloc:carol:dan', 'pact:bob:carol']);
		// Someone who stays is the same node, moved to their new place.
		expect(cy.getElementById('dan').data('marker')).toBe('kept');
		for (const id of ['alice', 'bob', 'carol', 'dan']) {
			const [x, y] = positionsAt('1926-07-10')[id]!;
			expect(view.positionOf(id), id).toEqual({ x, y });
		}

		// Bob left the Politburo in October 1926 and the Pact ended in January 1927: he is gone.
		view.show(modelAt('1927-06'), positionsAt('1927-06'), 'none');
		expect(idsOf(cy.nodes('[status]'))).toEqual(['carol', 'dan']);
		expect(cy.getElementById('bob').empty()).toBe(true);
		expect(idsOf(cy.nodes('[kind = "faction"]'))).toEqual(['left', 'right']);
		expect(idsOf(cy.edges())).toEqual(['bloc:carol:dan']);

		view.show(modelAt('1925-03'), positionsAt('1925-03'), 'none');
		expect(idsOf(cy.nodes('[status]'))).toEqual(['bob', 'carol']);
		expect(cy.getElementById('bob').data('box')).toBe('left');
		expect(boxesAround('bob')).toEqual(['left']);
		expect(idsOf(cy.edges())).toEqual([]);
	});

	it('sets again only who comes as a new object, and draws again as they were who left and came back', () => {
		const first = modelAt('1926-02');
		newView().show(first, positionsAt('1926-02'), 'none');
		const cy = view.cy;
		const renamed = {
			...first,
			people: first.people.map((p) => (p.id === 'bob' ? { ...p, label: 'Robert' } : p))
		};
		view.show(renamed, positionsAt('1926-03'), 'none');
		expect(cy.getElementById('bob').data('label')).toBe('Robert');
		expect(cy.getElementById('carol').data('label')).toBe('Carol');
		// Bob leaves, then the first month comes back with its own objects: Bob as he was there.
		view.show(
			{ ...first, people: first.people.filter((p) => p.id !== 'bob'), edges: [] },
			positionsAt('1926-04'),
			'none'
		);
		expect(cy.getElementById('bob').empty()).toBe(true);
		view.show(first, positionsAt('1926-02'), 'none');
		expect(cy.getElementById('bob').data('label')).toBe('Bob');
		view.show(renamed, positionsAt('1926-02'), 'none');
		expect(cy.getElementById('bob').data('label')).toBe('Robert');
	});

	it("bends apart two alliances' lines between the same pair, and straightens the one left", () => {
		newView().show(modelAt('1926-04'), positionsAt('1926-04'), 'none');
		const line = (id: string) => view.cy.getElementById(id);
		// Carol and Dan are in the Pact and the Bloc: the two lines bend to opposite sides.
		const step = EDGE.controlPointStep / 2;
		expect([line('bloc:carol:dan').data('bend'), line('pact:carol:dan').data('bend')]).toEqual([
			-step,
			step
		]);
		expect(line('bloc:carol:dan').style('curve-style')).toBe('unbundled-bezier');
		expect(line('pact:bob:carol').data('bend')).toBeUndefined();
		expect(line('pact:bob:carol').style('curve-style')).toBe('straight');
		expect(line('pact:bob:carol').data('members')).toBe(3);
		// Dan leaves the Pact: the Bloc's line is alone, and the Pact has two members.
		view.show(modelAt('1926-05'), positionsAt('1926-05'), 'none');
		expect(line('pact:carol:dan').empty()).toBe(true);
		expect(line('bloc:carol:dan').data('bend')).toBeUndefined();
		expect(line('bloc:carol:dan').style('curve-style')).toBe('straight');
		expect(line('pact:bob:carol').data('members')).toBe(2);
	});

	it('ignores any call once destroyed', () => {
		newView().show(modelAt('1926-04'), positionsAt('1926-04'), 'none');
		view.destroy();
		expect(() => {
			view.setLabelFloor({ person: 20, faction: 24 });
			view.fit({ x1: 0, y1: 0, x2: 100, y2: 100 });
			view.show(modelAt('1926-05'), positionsAt('1926-05'), 'staged');
			view.highlight({ kind: 'person', id: 'carol' });
			view.mark(NO_MARKS);
			view.focusPerson('carol');
		}).not.toThrow();
	});

	it('glides people to their new place when asked to animate, and jumps when not', () => {
		vi.useFakeTimers();
		newView().show(modelAt('1926-02'), positionsAt('1926-02'), 'none');
		view.show(modelAt('1926-03'), positionsAt('1926-03'), 'staged');
		expect(view.isAnimating()).toBe(true);
		// Nobody is at the end of the glide before any time has passed.
		const [x, y] = positionsAt('1926-03').carol!;
		expect(view.positionOf('carol')).not.toEqual({ x, y });
		vi.advanceTimersByTime(2000);
		expect(view.isAnimating()).toBe(false);
		expect(view.positionOf('carol')).toEqual({ x, y });
	});

	it('starts a glide cut short by the next month from where the first was going, with no jump to it before', () => {
		vi.useFakeTimers();
		const carolAt = (month: string, x: number): Positions => ({
			...positionsAt(month),
			carol: [x, 30]
		});
		newView().show(modelAt('1926-02'), carolAt('1926-02', 0), 'none');
		view.show(modelAt('1926-03'), carolAt('1926-03', 300), 'staged');
		// Frame by frame until she is on her way.
		for (let frame = 0; frame < 100 && view.positionOf('carol')!.x < 50; frame++)
			vi.advanceTimersByTime(16);
		const midway = view.positionOf('carol')!;
		expect(midway.x).toBeGreaterThanOrEqual(50);
		expect(midway.x).toBeLessThan(250);
		// Carol stays where the glide left her until the next one draws its first frame.
		view.show(modelAt('1926-04'), carolAt('1926-04', 600), 'staged');
		expect(view.positionOf('carol')).toEqual(midway);
		// Then she goes on from March's place, not from where she was when cut short.
		vi.advanceTimersByTime(16);
		expect(view.positionOf('carol')!.x).toBeGreaterThan(299.9);
		expect(view.positionOf('carol')!.x).toBeLessThan(350);
		vi.advanceTimersByTime(2000);
		expect(view.isAnimating()).toBe(false);
		expect(view.positionOf('carol')).toEqual({ x: 600, y: 30 });
	});

	it("draws each faction's box as the SVG writer does, and keeps it around its members as they glide", () => {
		vi.useFakeTimers();
		const drawnBox = (id: string) => {
			const box = view.cy.getElementById(id);
			const { x, y } = box.position();
			const [w, h] = [Number(box.data('width')), Number(box.data('height'))];
			return { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
		};
		const close = (a: Box, b: Box) =>
			(['x1', 'y1', 'x2', 'y2'] as const).every((k) => Math.abs(a[k] - b[k]) < 1e-9);
		newView().show(modelAt('1926-02'), positionsAt('1926-02'), 'none');
		const before = factionBoxes(modelAt('1926-02'), positionsAt('1926-02'));
		expect(close(drawnBox('left'), before.get('left')!)).toBe(true);
		expect(close(drawnBox('right'), before.get('right')!)).toBe(true);
		// Bob goes Right in 1926-03, far to the right: while he glides there, the box he is
		// going into stretches to hold him, and at the end both are the new month's boxes.
		const march: Positions = { ...positionsAt('1926-03'), bob: [400, 20] };
		view.show(modelAt('1926-03'), march, 'staged');
		vi.advanceTimersByTime(TRANSITION.stages.leave + TRANSITION.stages.move / 2);
		expect(view.isAnimating()).toBe(true);
		const gliding = view.positionOf('bob')!;
		expect(gliding.x).toBeGreaterThan(0);
		expect(gliding.x).toBeLessThan(400);
		expect(boxesAround('bob')).toEqual(['right']);
		expect(drawnBox('right').x2).toBeGreaterThan(gliding.x);
		vi.advanceTimersByTime(2000);
		expect(view.isAnimating()).toBe(false);
		const after = factionBoxes(modelAt('1926-03'), march);
		expect(boxesAround('bob')).toEqual(['right']);
		expect(close(drawnBox('right'), after.get('right')!)).toBe(true);
		expect(close(drawnBox('left'), after.get('left')!)).toBe(true);
	});

	it('in stages, keeps who leaves on stage until faded and shows who arrives only at the end', () => {
		vi.useFakeTimers();
		newView().show(modelAt('1926-02'), positionsAt('1926-02'), 'none');
		// By 10 July 1926 Dan has left the Pact (its Bob–Dan edge goes) and Alice is on stage.
		view.show(modelAt('1926-07-10'), positionsAt('1926-07-10'), 'staged');
		const cy = view.cy;
		expect(cy.getElementById('pact:bob:dan').nonempty()).toBe(true);
		expect(view.opacityOf('alice')).toBe(0);
		expect(view.opacityOf('bloc:carol:dan')).toBe(0);
		expect(view.isAnimating()).toBe(true);
		vi.advanceTimersByTime(2000);
		expect(view.isAnimating()).toBe(false);
		expect(cy.getElementById('pact:bob:dan').empty()).toBe(true);
		expect(view.opacityOf('alice')).toBe(1);
		expect(view.opacityOf('bloc:carol:dan')).toBeCloseTo(EDGE.opacity);
		// A new month during a transition finishes it first: nothing is left half faded.
		view.show(modelAt('1927-06'), positionsAt('1927-06'), 'staged');
		view.show(modelAt('1925-03'), positionsAt('1925-03'), 'none');
		expect(idsOf(cy.nodes('[status]'))).toEqual(['bob', 'carol']);
		expect(view.opacityOf('bob')).toBe(1);
	});

	it("keeps a comparison's marks through a staged change of dates", () => {
		vi.useFakeTimers();
		const cameFrom = [{ id: 'bob', label: 'Bob', position: [-300, 5] as const }];
		const marks = { ...NO_MARKS, cameFrom };
		newView().show(modelAt('1926-02'), positionsAt('1926-02'), 'none');
		view.mark(marks);
		view.show(modelAt('1926-07-10'), positionsAt('1926-07-10'), 'staged');
		view.mark(marks);
		vi.advanceTimersByTime(2000);
		expect(view.isAnimating()).toBe(false);
		expect(withClass('ghost')).toEqual(['ghost:bob']);
		expect(idsOf(view.cy.elements('.came-from'))).toEqual(['ghost:bob:arrow']);
		expect(view.opacityOf('ghost:bob:arrow')).toBe(1);
	});

	it('highlights a person with their alliances and dims everyone else', () => {
		newView().show(modelAt('1926-07-10'), positionsAt('1926-07-10'), 'none');
		view.highlight({ kind: 'person', id: 'dan' });
		expect(withClass('selected')).toEqual(['dan']);
		expect(withClass('highlighted')).toEqual(['bloc:carol:dan']);
		// Factions are never dimmed: their boxes stay readable.
		expect(withClass('dimmed')).toEqual(['alice', 'bob', 'pact:bob:carol']);

		view.highlight({ kind: 'alliance', id: 'pact' });
		expect(withClass('selected')).toEqual([]);
		expect(withClass('highlighted')).toEqual(['pact:bob:carol']);
		expect(withClass('dimmed')).toEqual(['alice', 'bloc:carol:dan', 'dan']);

		view.highlight(null);
		expect(withClass('dimmed')).toEqual([]);
		expect(withClass('highlighted')).toEqual([]);

		view.highlight({ kind: 'person', id: 'nobody' });
		expect(withClass('dimmed')).toEqual([]);

		// Selected, then someone who is not on stage: nothing stays dimmed from before.
		view.highlight({ kind: 'person', id: 'dan' });
		view.highlight({ kind: 'person', id: 'nobody' });
		expect(withClass('dimmed')).toEqual([]);
		expect(withClass('selected')).toEqual([]);
	});

	it('marks what changed against another date, and a new call replaces the marks', () => {
		newView().show(modelAt('1926-07-10'), positionsAt('1926-07-10'), 'none');
		view.mark({
			arrived: ['alice'],
			departed: ['dan'],
			formed: ['bloc'],
			dissolved: ['pact'],
			cameFrom: [
				{ id: 'bob', label: 'Bob', position: [-300, 5] },
				{ id: 'nobody', label: 'Nobody', position: [0, 0] }
			]
		});
		expect(withClass('arrived')).toEqual(['alice']);
		expect(withClass('departed')).toEqual(['dan']);
		expect(withClass('formed')).toEqual(['bloc:carol:dan']);
		expect(withClass('dissolved')).toEqual(['pact:bob:carol']);
		// A ghost where Bob stood, with an arrow to where he is; none for someone not drawn.
		expect(withClass('ghost')).toEqual(['ghost:bob']);
		const ghost = view.cy.getElementById('ghost:bob');
		expect(ghost.data('label')).toBe('Bob before');
		expect(ghost.position()).toEqual({ x: -300, y: 5 });
		const arrow = view.cy.elements('.came-from');
		expect(arrow.length).toBe(1);
		expect([arrow.first().data('source'), arrow.first().data('target')]).toEqual([
			'ghost:bob',
			'bob'
		]);

		view.mark({ ...NO_MARKS, arrived: ['carol'] });
		expect(withClass('arrived')).toEqual(['carol']);
		for (const name of ['departed', 'formed', 'dissolved', 'ghost', 'came-from'])
			expect(withClass(name), name).toEqual([]);
	});

	it("tells what the user tapped: a person, an alliance, or the background (a faction's box too)", () => {
		newView().show(modelAt('1926-07-10'), positionsAt('1926-07-10'), 'none');
		view.cy.getElementById('carol').emit('tap');
		view.cy.getElementById('bloc:carol:dan').emit('tap');
		view.cy.emit('tap');
		// A faction's box is paper with a tint: tapping it clears the selection as the paper does.
		view.cy.getElementById('left').emit('tap');
		expect(selections).toEqual([
			{ kind: 'person', id: 'carol' },
			{ kind: 'alliance', id: 'bloc' },
			null,
			null
		]);
	});
});

describe('GraphView, an alliance drawn as a hub', () => {
	// With hubs past two members, the Pact of three (1926-02) is a hub; of two (1926-05), a pair.
	const hubModelAt = (month: string) =>
		graphModelOf(snapshotAt(dataset, month), dataset.factions, 2);
	const hub = 'alliance-hub:pact';

	it('puts the hub at its members’ centroid with a spoke to each, and follows them', () => {
		newView().show(hubModelAt('1926-02'), positionsAt('1926-02'), 'none');
		const cy = view.cy;
		const centre = (month: string, ids: string[]) => {
			const at = positionsAt(month);
			return {
				x: ids.reduce((s, id) => s + at[id as keyof typeof at]![0], 0) / ids.length,
				y: ids.reduce((s, id) => s + at[id as keyof typeof at]![1], 0) / ids.length
			};
		};
		expect(view.positionOf(hub)).toEqual(centre('1926-02', ['bob', 'carol', 'dan']));
		expect(idsOf(cy.edges())).toEqual([
			'alliance-hub:pact:bob',
			'alliance-hub:pact:carol',
			'alliance-hub:pact:dan'
		]);
		expect(idsOf(cy.nodes('[status]'))).toEqual(['bob', 'carol', 'dan']);

		view.show(hubModelAt('1926-03'), positionsAt('1926-03'), 'none');
		expect(view.positionOf(hub)).toEqual(centre('1926-03', ['bob', 'carol', 'dan']));

		view.show(hubModelAt('1926-05'), positionsAt('1926-05'), 'none');
		expect(view.positionOf(hub)).toBeNull();
		expect(idsOf(cy.edges('[alliance = "pact"]'))).toEqual(['pact:bob:carol']);
	});

	it('selects the alliance when its hub is tapped, and highlights its members', () => {
		newView().show(hubModelAt('1926-02'), positionsAt('1926-02'), 'none');
		view.cy.getElementById(hub).emit('tap');
		expect(selections).toEqual([{ kind: 'alliance', id: 'pact' }]);
		view.highlight({ kind: 'alliance', id: 'pact' });
		expect(withClass('highlighted')).toEqual([
			'alliance-hub:pact:bob',
			'alliance-hub:pact:carol',
			'alliance-hub:pact:dan'
		]);
		view.highlight({ kind: 'person', id: 'bob' });
		// Bob's allies through the hub stay in view; only his own spoke is highlighted.
		expect(withClass('dimmed')).not.toEqual(expect.arrayContaining(['carol']));
		expect(withClass('dimmed')).not.toEqual(expect.arrayContaining(['dan']));
		expect(withClass('highlighted')).toEqual(['alliance-hub:pact:bob']);
	});
});
