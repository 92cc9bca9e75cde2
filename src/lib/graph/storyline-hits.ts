import type { StorylineGeometry } from './storyline-geometry';

/**
 * Where each line of a storyline drawing is, month by month, as a few typed arrays: what the
 * page needs to find the line under the pointer and the people at the cursor without holding
 * the geometry (for 2,000 people, megabytes of path data that stay in the worker). Built in the
 * worker with `storylineHits`; the arrays survive `postMessage` and can be transferred.
 */
export interface StorylineHits {
	/** The people, one per line, in the geometry's line order. */
	people: string[];
	/** Their names as drawn. */
	labels: string[];
	/** Line `i`'s points are `starts[i]` to `starts[i + 1]` (exclusive) of `indexes` and `ys`. */
	starts: Int32Array;
	/** The month index of each point, ascending within a line. */
	indexes: Int32Array;
	/** The line's height at that month, in pixels. */
	ys: Float32Array;
	/** The x of each month, in pixels. */
	xs: Float64Array;
	/** The room one line gets across, in pixels. */
	slot: number;
	/** The drawing's lowest point. */
	bottom: number;
}

/** The hit index of a drawing (see `StorylineHits`). */
export function storylineHits(geometry: StorylineGeometry): StorylineHits {
	const count = geometry.lines.reduce((sum, line) => sum + line.points.length, 0);
	const starts = new Int32Array(geometry.lines.length + 1);
	const indexes = new Int32Array(count);
	const ys = new Float32Array(count);
	let k = 0;
	geometry.lines.forEach((line, i) => {
		starts[i] = k;
		for (const point of line.points) {
			indexes[k] = point.index;
			ys[k] = point.y;
			k++;
		}
	});
	starts[geometry.lines.length] = k;
	return {
		people: geometry.lines.map((l) => l.person),
		labels: geometry.lines.map((l) => l.label),
		starts,
		indexes,
		ys,
		xs: Float64Array.from(geometry.xs),
		slot: geometry.slot,
		bottom: geometry.bottom
	};
}

/** The transferable buffers of a hit index, for `postMessage`. */
export const hitBuffers = (hits: StorylineHits): ArrayBuffer[] =>
	[hits.starts, hits.indexes, hits.ys, hits.xs].map((a) => a.buffer as ArrayBuffer);

/** The month nearest `x`, by index, within the drawing's months. */
export function monthIndexAtX(hits: StorylineHits, x: number): number {
	const xs = hits.xs;
	if (xs.length < 2) return 0;
	const step = (xs[xs.length - 1]! - xs[0]!) / (xs.length - 1);
	return Math.min(xs.length - 1, Math.max(0, Math.round((x - xs[0]!) / step)));
}

/** Everyone on stage at month index `t`, top to bottom, with their line's height. */
export function linesAt(hits: StorylineHits, t: number): { person: string; y: number }[] {
	const found: { person: string; y: number }[] = [];
	for (let i = 0; i < hits.people.length; i++) {
		let lo = hits.starts[i]!;
		let hi = hits.starts[i + 1]! - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const index = hits.indexes[mid]!;
			if (index === t) {
				found.push({ person: hits.people[i]!, y: hits.ys[mid]! });
				break;
			}
			if (index < t) lo = mid + 1;
			else hi = mid - 1;
		}
	}
	return found.sort((a, b) => a.y - b.y);
}

/**
 * The person whose line passes nearest `(x, y)` at the month under `x`, if one passes within
 * `tolerance` pixels (at least half a line's room); `null` over empty space.
 */
export function lineAt(
	hits: StorylineHits,
	x: number,
	y: number,
	tolerance = 6
): { person: string; index: number } | null {
	const index = monthIndexAtX(hits, x);
	const reach = Math.max(tolerance, hits.slot / 2);
	let best: { person: string; distance: number } | null = null;
	for (const line of linesAt(hits, index)) {
		const distance = Math.abs(line.y - y);
		if (distance <= reach && (!best || distance < best.distance))
			best = { person: line.person, distance };
	}
	return best ? { person: best.person, index } : null;
}

/**
 * The person the keyboard goes to from `person` at month index `t` with ↑ (`-1`) or ↓ (`1`):
 * the next line up or down, stopping at the ends. From nobody, or someone not on stage then,
 * ↓ goes to the top line and ↑ to the bottom one. `null` when nobody is on stage.
 */
export function lineAfterKey(
	hits: StorylineHits,
	t: number,
	person: string | null,
	direction: -1 | 1
): string | null {
	const lines = linesAt(hits, t);
	if (!lines.length) return null;
	const at = person === null ? -1 : lines.findIndex((l) => l.person === person);
	if (at < 0) return lines[direction === 1 ? 0 : lines.length - 1]!.person;
	return lines[Math.min(lines.length - 1, Math.max(0, at + direction))]!.person;
}
