import { GOLDEN_ANGLE, meanPoint, nondecreasingFit, type Point } from '../model/geometry';
import { FIT } from './encoding';

export type { Point };
export type Positions = Record<string, Point>;

/** Space between two faction groups, and around a person inside a group. */
export const FACTION_GAP = 90;
const HALF_NODE = 30;

export interface Member {
	id: string;
	faction: string | null;
}

/**
 * Places the faction groups side by side in the given order (Left, Centre, Right), keeping
 * each person's place inside their group and centring every group vertically on the origin.
 * This is what makes the orientation never flip, whatever the force layout did. With `orient`,
 * each group is first turned to face its neighbours (see `orientGroups`).
 */
export function arrangeFactions(
	positions: Positions,
	members: readonly Member[],
	factionOrder: readonly string[],
	orient = true
): Positions {
	const { groups, order } = groupsOf(positions, members, factionOrder);
	const oriented = orient ? orientGroups(positions, groups, order) : positions;
	const boxes = boxesOf(oriented, groups, order);
	const totalWidth =
		boxes.reduce((sum, box) => sum + box.maxX - box.minX, 0) +
		FACTION_GAP * Math.max(0, boxes.length - 1);
	let left = -totalWidth / 2;
	const arranged: Record<string, Point> = {};
	for (const box of boxes) {
		const dx = left - box.minX;
		for (const id of box.ids) {
			const [x, y] = oriented[id]!;
			arranged[id] = [round(x + dx), round(y - box.midY)];
		}
		left += box.maxX - box.minX + FACTION_GAP;
	}
	return arranged;
}

/**
 * Puts the faction groups in a row in the faction order, `FACTION_GAP` apart, as
 * `arrangeFactions` does, but moving each group as little as the row allows, and sideways only:
 * a group holding people who `kept` their place moves only to make room for a neighbour grown
 * into it (the less, the more of them it holds), and a group without any (new this month) stands
 * next to its neighbours, centred on the origin's height. So the people who stay are where they
 * were, month after month, unless a neighbour needs the room; with nobody kept, the groups are
 * arranged as `arrangeFactions` does.
 */
export function keepFactionsInRow(
	positions: Positions,
	members: readonly Member[],
	factionOrder: readonly string[],
	kept: ReadonlySet<string>
): Positions {
	const { groups, order } = groupsOf(positions, members, factionOrder);
	const boxes = boxesOf(positions, groups, order);
	const keptIn = boxes.map((box) => box.ids.filter((id) => kept.has(id)).length);
	if (keptIn.every((count) => count === 0))
		return arrangeFactions(positions, members, factionOrder, false);
	const widths = boxes.map((box) => box.maxX - box.minX);
	// Where each group's left edge would be: where it is, or (a new group) next to the group
	// before it, or before the group after it when it comes first.
	const wishes = boxes.map((box) => box.minX);
	for (let i = 1; i < boxes.length; i++)
		if (!keptIn[i] && keptIn.slice(0, i).some(Boolean))
			wishes[i] = wishes[i - 1]! + widths[i - 1]! + FACTION_GAP;
	for (let i = boxes.length - 2; i >= 0; i--)
		if (!keptIn[i] && !keptIn.slice(0, i).some(Boolean))
			wishes[i] = wishes[i + 1]! - FACTION_GAP - widths[i]!;
	// Left edges less the room of the groups before must not decrease: order and gaps kept.
	const row = (gap: number) => {
		const offsets: number[] = [];
		let room = 0;
		for (const width of widths) {
			offsets.push(room);
			room += width + gap;
		}
		return nondecreasingFit(
			wishes.map((wish, i) => wish - offsets[i]!),
			keptIn.map((count) => count || 1e-6)
		).map((value, i) => value + offsets[i]!);
	};
	let lefts = row(FACTION_GAP);
	// Groups that must make room make more than they need, so that the groups, growing month
	// by month, do not push each other again at every step.
	if (lefts.some((left, i) => keptIn[i] && Math.abs(left - wishes[i]!) > 0.05))
		lefts = row(FACTION_GAP + ROOM_TO_GROW);
	const arranged: Record<string, Point> = {};
	boxes.forEach((box, i) => {
		const dx = lefts[i]! - box.minX;
		const dy = keptIn[i] ? 0 : -box.midY;
		for (const id of box.ids) {
			const [x, y] = positions[id]!;
			arranged[id] = [round(x + dx), round(y + dy)];
		}
	});
	return arranged;
}

/** How much more than the gap groups pushed apart are set apart (see `keepFactionsInRow`). */
const ROOM_TO_GROW = 300;

/** The people of `members` placed in `positions`, by faction, and the factions in order. */
function groupsOf(
	positions: Positions,
	members: readonly Member[],
	factionOrder: readonly string[]
) {
	const groups = new Map<string, string[]>();
	for (const member of members) {
		if (!positions[member.id]) continue;
		const key = member.faction ?? '';
		groups.set(key, [...(groups.get(key) ?? []), member.id]);
	}
	const order = [...factionOrder, ''].filter((id) => groups.has(id));
	return { groups, order };
}

/** Each group's people, the left and right of its nodes, and its vertical middle. */
function boxesOf(
	positions: Positions,
	groups: ReadonlyMap<string, string[]>,
	order: readonly string[]
) {
	return order.map((id) => {
		const ids = groups.get(id)!;
		const xs = ids.map((p) => positions[p]![0]);
		const ys = ids.map((p) => positions[p]![1]);
		return {
			ids,
			minX: Math.min(...xs) - HALF_NODE,
			maxX: Math.max(...xs) + HALF_NODE,
			midY: (Math.min(...ys) + Math.max(...ys)) / 2
		};
	});
}

function centroid(ids: readonly string[], positions: Positions): Point {
	return meanPoint(ids.map((id) => positions[id]!)) ?? [0, 0];
}

/**
 * Turns each group so that the side facing the groups after it in the order faces right, and
 * the side facing the groups before it faces left, before the groups are put in a row. The
 * force layout places groups anywhere around each other; turning them keeps a person who was
 * drawn towards allies in another group on that group's side once the groups stand in a row.
 */
function orientGroups(
	positions: Positions,
	groups: ReadonlyMap<string, string[]>,
	order: readonly string[]
): Positions {
	if (order.length < 2) return positions;
	const centres = order.map((id) => centroid(groups.get(id)!, positions));
	const result: Record<string, Point> = { ...positions };
	order.forEach((id, index) => {
		const own = centres[index]!;
		const after = meanPoint(centres.slice(index + 1)) ?? own;
		const before = meanPoint(centres.slice(0, index)) ?? own;
		const angle = Math.atan2(after[1] - before[1], after[0] - before[0]);
		const cos = Math.cos(-angle);
		const sin = Math.sin(-angle);
		for (const member of groups.get(id)!) {
			const dx = positions[member]![0] - own[0];
			const dy = positions[member]![1] - own[1];
			result[member] = [own[0] + dx * cos - dy * sin, own[1] + dx * sin + dy * cos];
		}
	});
	return result;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Mean distance moved by the people present in both, over the diagonal of `after`'s bounding box. */
export function displacement(before: Positions, after: Positions): number | null {
	const shared = Object.keys(after).filter((id) => before[id]);
	if (shared.length === 0) return null;
	const xs = Object.values(after).map((p) => p[0]);
	const ys = Object.values(after).map((p) => p[1]);
	const diagonal = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
	if (diagonal === 0) return 0;
	const total = shared.reduce(
		(sum, id) => sum + Math.hypot(after[id]![0] - before[id]![0], after[id]![1] - before[id]![1]),
		0
	);
	return total / shared.length / diagonal;
}

/**
 * Moves each person from where they were towards where `target` puts them, by `pull(id)`
 * (0: stays, 1: goes all the way). People not in `before` take their target place.
 */
export function blend(
	before: Positions,
	target: Positions,
	pull: (id: string) => number
): Positions {
	const result: Record<string, Point> = {};
	for (const [id, to] of Object.entries(target)) {
		const from = before[id];
		const t = from ? pull(id) : 1;
		result[id] = from ? [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t] : to;
	}
	return result;
}

/** Closest two people of one group may stand, centre to centre: a node and its label. */
export const MIN_SEPARATION = 64;

/**
 * Pushes apart people of the same group who stand closer than `MIN_SEPARATION`, a little at a
 * time, in a fixed order so the result is the same on every run.
 */
export function separate(positions: Positions, members: readonly Member[], rounds = 40): Positions {
	const result: Record<string, [number, number]> = {};
	for (const [id, p] of Object.entries(positions)) result[id] = [p[0], p[1]];
	const ids = members.map((m) => m.id).filter((id) => result[id]);
	const factionOf = new Map(members.map((m) => [m.id, m.faction]));
	for (let round = 0; round < rounds; round++) {
		let moved = false;
		for (let i = 0; i < ids.length; i++) {
			for (let j = i + 1; j < ids.length; j++) {
				if (factionOf.get(ids[i]!) !== factionOf.get(ids[j]!)) continue;
				const a = result[ids[i]!]!;
				const b = result[ids[j]!]!;
				let dx = b[0] - a[0];
				let dy = b[1] - a[1];
				let d = Math.hypot(dx, dy);
				if (d >= MIN_SEPARATION) continue;
				if (d < 1e-6) {
					const angle = (i * GOLDEN_ANGLE + j) % (2 * Math.PI);
					dx = Math.cos(angle);
					dy = Math.sin(angle);
					d = 1;
				}
				const push = (MIN_SEPARATION - d) / 2 / d;
				a[0] -= dx * push;
				a[1] -= dy * push;
				b[0] += dx * push;
				b[1] += dy * push;
				moved = true;
			}
		}
		if (!moved) break;
	}
	return result;
}

/** The box holding every position of every month, with room for labels. */
export function boundsOf(positionsByMonth: Iterable<Positions>) {
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const positions of positionsByMonth) {
		for (const [x, y] of Object.values(positions)) {
			x1 = Math.min(x1, x);
			y1 = Math.min(y1, y);
			x2 = Math.max(x2, x);
			y2 = Math.max(y2, y);
		}
	}
	if (!Number.isFinite(x1)) return { x1: -100, y1: -100, x2: 100, y2: 100 };
	const room = FIT.labelRoom;
	return { x1: x1 - room.x, y1: y1 - room.top, x2: x2 + room.x, y2: y2 + room.bottom };
}
