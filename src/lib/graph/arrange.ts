/** A position in model units. */
export type Point = readonly [number, number];
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
 * This is what makes the orientation never flip, whatever the force layout did.
 */
export function arrangeFactions(
	positions: Positions,
	members: readonly Member[],
	factionOrder: readonly string[]
): Positions {
	const groups = new Map<string, string[]>();
	for (const member of members) {
		if (!positions[member.id]) continue;
		const key = member.faction ?? '';
		groups.set(key, [...(groups.get(key) ?? []), member.id]);
	}
	const order = [...factionOrder, ''].filter((id) => groups.has(id));
	const oriented = orientGroups(positions, groups, order);
	const boxes = order.map((id) => {
		const ids = groups.get(id)!;
		const xs = ids.map((p) => oriented[p]![0]);
		const ys = ids.map((p) => oriented[p]![1]);
		return {
			ids,
			minX: Math.min(...xs) - HALF_NODE,
			maxX: Math.max(...xs) + HALF_NODE,
			midY: (Math.min(...ys) + Math.max(...ys)) / 2
		};
	});
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

function centroid(ids: readonly string[], positions: Positions): Point {
	let x = 0;
	let y = 0;
	for (const id of ids) {
		x += positions[id]![0];
		y += positions[id]![1];
	}
	return [x / ids.length, y / ids.length];
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
	const meanOf = (points: readonly Point[], fallback: Point): Point =>
		points.length
			? [
					points.reduce((sum, p) => sum + p[0], 0) / points.length,
					points.reduce((sum, p) => sum + p[1], 0) / points.length
				]
			: fallback;
	const result: Record<string, Point> = { ...positions };
	order.forEach((id, index) => {
		const own = centres[index]!;
		const after = meanOf(centres.slice(index + 1), own);
		const before = meanOf(centres.slice(0, index), own);
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
