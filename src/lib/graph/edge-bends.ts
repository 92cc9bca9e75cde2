import { EDGE } from './encoding';

type Point = readonly [number, number];

/**
 * How far each edge bends from the straight line between its ends, in model units: parallel
 * edges of one pair (two alliances of the same two people) bend apart by `EDGE.controlPointStep`,
 * as cytoscape's bezier edges do; a pair's only edge stays straight (0).
 */
export function edgeBends(
	edges: readonly { id: string; source: string; target: string }[]
): Map<string, number> {
	// Every step of the slider asks for every line's bend: no array per line.
	const pairs = new Map<string, string[]>();
	for (const { id, source, target } of edges) {
		const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
		const siblings = pairs.get(key);
		if (siblings) siblings.push(id);
		else pairs.set(key, [id]);
	}
	const bends = new Map<string, number>();
	for (const siblings of pairs.values())
		siblings.forEach((id, i) =>
			bends.set(id, (i - (siblings.length - 1) / 2) * EDGE.controlPointStep)
		);
	return bends;
}

/**
 * The control point of a quadratic curve from `a` to `b` that bends by `offset`, measured from
 * the end whose id sorts first, so that the two edges of a pair bend to opposite sides.
 */
export function bendControlPoint(
	a: Point,
	b: Point,
	sourceFirst: boolean,
	offset: number
): [number, number] {
	const [first, second] = sourceFirst ? [a, b] : [b, a];
	const dx = second[0] - first[0];
	const dy = second[1] - first[1];
	const length = Math.hypot(dx, dy) || 1;
	return [(a[0] + b[0]) / 2 + (-dy / length) * offset, (a[1] + b[1]) / 2 + (dx / length) * offset];
}
