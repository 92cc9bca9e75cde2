/**
 * The ordering behind the storyline, on plain integers: which person sits where in their
 * faction's band at each month. Kept apart from the dataset (see `storyline.ts`, which builds
 * its input from snapshots) so that it can be tested and measured on its own.
 *
 * The method follows the storyline literature (Tanahashi & Ma, "Design considerations for
 * optimizing storyline visualizations", TVCG 2012; Liu et al., "StoryFlow", TVCG 2013):
 * 1. people allied at a month form blocks that are never split (allies run side by side);
 * 2. blocks tied by an alliance to people in another band sit at the edge of their band that
 *    faces that band, so such an alliance reads as lines touching across a border;
 * 3. sweeps forward and backward over the months order each band's blocks by the barycentre
 *    of their members' places in the month before (or after), which removes most crossings;
 * 4. a straightening pass orders by the mean of both neighbouring months, which removes wiggles;
 * every pass is scored (crossings plus wiggle) and the best ordering seen is kept, so the
 * result is never worse than the one it started from. Everything is deterministic: ties fall
 * back to first appearance, then to the person's index.
 */

/** One month of the ordering's input. */
export interface OrderColumn {
	/** Per band (in band order, top to bottom), the people on stage in it, in any order. */
	bands: number[][];
	/** The active alliances, each as the people on stage in it (any band). */
	groups: number[][];
}

/** Per month, per band, the people from top to bottom. */
export type Order = number[][][];

export interface OrderInput {
	columns: OrderColumn[];
	/** How many people there are: people are `0 … people − 1`. */
	people: number;
}

/** How hard the optimiser tries. */
export interface OrderOptions {
	/** Pairs of sweeps (forward then backward); default 4. */
	sweeps?: number;
	/** Straightening passes after the sweeps; default 2. */
	straightenings?: number;
	/** Rounds of sifting (neighbours trading places) at the end; default 8. */
	sifts?: number;
	/**
	 * Whether allies in neighbouring bands sit at the edges that face each other; default true.
	 * Off only to measure what that rule costs in crossings.
	 */
	facingEdges?: boolean;
}

/** Each person's first month on stage (`Infinity` if never): the naive order's key. */
export function firstAppearances(input: OrderInput): number[] {
	const first = new Array<number>(input.people).fill(Infinity);
	input.columns.forEach((column, t) => {
		for (const band of column.bands) for (const p of band) if (first[p] === Infinity) first[p] = t;
	});
	return first;
}

/** The naive ordering: each band sorted by first appearance, then by index. */
export function naiveOrder(input: OrderInput): Order {
	const first = firstAppearances(input);
	return input.columns.map((column) =>
		column.bands.map((band) => [...band].sort((a, b) => first[a]! - first[b]! || a - b))
	);
}

/** Crossings and wiggle of an ordering: the two figures the optimiser lowers. */
export interface OrderScore {
	/** Pairs of lines that swap places between two consecutive months, summed over the months. */
	crossings: number;
	/**
	 * Vertical moves in slots: for each person on stage in two consecutive months, how many
	 * places their rank from the top of the month (all bands) changes, summed.
	 */
	wiggle: number;
}

/** Each person's rank from the top of a month (all bands), `-1` off stage. */
function ranksOf(column: readonly (readonly number[])[], into: Int32Array) {
	into.fill(-1);
	let rank = 0;
	for (const band of column) for (const p of band) into[p] = rank++;
}

/** Inversions in `values` (pairs out of order), by merge sort. `values` is sorted in place. */
function inversions(values: Int32Array, scratch: Int32Array, from: number, to: number): number {
	if (to - from < 2) return 0;
	const middle = (from + to) >> 1;
	let count = inversions(values, scratch, from, middle) + inversions(values, scratch, middle, to);
	let i = from;
	let j = middle;
	let k = from;
	while (i < middle && j < to) {
		if (values[i]! <= values[j]!) scratch[k++] = values[i++]!;
		else {
			count += middle - i;
			scratch[k++] = values[j++]!;
		}
	}
	while (i < middle) scratch[k++] = values[i++]!;
	while (j < to) scratch[k++] = values[j++]!;
	for (k = from; k < to; k++) values[k] = scratch[k]!;
	return count;
}

/** Crossings and wiggle of `order` over `people` people; `O(months × n log n)`. */
export function scoreOrder(order: Order, people: number): OrderScore {
	let crossings = 0;
	let wiggle = 0;
	let before = new Int32Array(people);
	let after = new Int32Array(people);
	const sequence = new Int32Array(people);
	const scratch = new Int32Array(people);
	if (order.length) ranksOf(order[0]!, before);
	for (let t = 1; t < order.length; t++) {
		ranksOf(order[t]!, after);
		let n = 0;
		for (const band of order[t - 1]!)
			for (const p of band) {
				if (after[p]! < 0) continue;
				sequence[n++] = after[p]!;
				wiggle += Math.abs(after[p]! - before[p]!);
			}
		crossings += inversions(sequence, scratch, 0, n);
		[before, after] = [after, before];
	}
	return { crossings, wiggle };
}

/** What stays the same in a month whatever the order: its blocks of allies and their pulls. */
interface ColumnShape {
	/** Per band, its blocks: people who must stay together. */
	blocks: number[][][];
	/** Per person on stage: alliance ties to people below (+) minus ties to people above (−). */
	pull: Map<number, number>;
	/** Per person on stage: the groups they belong to at this month. */
	groupsOf: Map<number, number[]>;
	/** Per band, per block: −1 if tied to bands above it, +1 to bands below, 0 if neither. */
	blockPulls: number[][];
}

function shapeOf(column: OrderColumn, first: readonly number[], facingEdges: boolean): ColumnShape {
	const bandOf = new Map<number, number>();
	column.bands.forEach((band, b) => band.forEach((p) => bandOf.set(p, b)));
	// Bands with nobody between them at this month: only their lines can touch across a border.
	const occupied = column.bands.map((band) => band.length > 0);
	const neighbours = (a: number, b: number) => {
		for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (occupied[i]) return false;
		return true;
	};
	const parent = new Map<number, number>();
	const find = (p: number): number => {
		let root = p;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(p, root);
		return root;
	};
	for (const p of bandOf.keys()) parent.set(p, p);
	const pull = new Map<number, number>();
	const groupsOf = new Map<number, number[]>();
	column.groups.forEach((group, g) => {
		const members = group.filter((p) => bandOf.has(p));
		for (const p of members) {
			const list = groupsOf.get(p);
			if (list) list.push(g);
			else groupsOf.set(p, [g]);
		}
		for (const p of members) {
			for (const q of members) {
				if (p === q) continue;
				const [bp, bq] = [bandOf.get(p)!, bandOf.get(q)!];
				if (bp === bq) {
					const [rp, rq] = [find(p), find(q)];
					if (rp !== rq) parent.set(Math.max(rp, rq), Math.min(rp, rq));
				} else if (facingEdges && neighbours(bp, bq))
					pull.set(p, (pull.get(p) ?? 0) + Math.sign(bq - bp));
			}
		}
	});
	const blocks = column.bands.map((band) => {
		const byRoot = new Map<number, number[]>();
		const sorted = [...band].sort((a, b) => first[a]! - first[b]! || a - b);
		for (const p of sorted) {
			const root = find(p);
			const block = byRoot.get(root);
			if (block) block.push(p);
			else byRoot.set(root, [p]);
		}
		return [...byRoot.values()];
	});
	const blockPulls = blocks.map((list) =>
		list.map((block) => Math.sign(block.reduce((sum, p) => sum + (pull.get(p) ?? 0), 0)))
	);
	return { blocks, pull, groupsOf, blockPulls };
}

const shared = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
	a && b ? a.reduce((count, g) => count + (b.includes(g) ? 1 : 0), 0) : 0;

/**
 * A block's members in a line: a chain that puts each next to the one it shares most
 * alliances with (so a smaller alliance inside a larger one stays together), started from the
 * member with the smallest key, then turned so that members tied across a border face it.
 */
function chainOf(block: readonly number[], key: (p: number) => number, shape: ColumnShape) {
	if (block.length === 1) return [block[0]!];
	const remaining = [...block].sort((a, b) => key(a) - key(b));
	const chain = [remaining.shift()!];
	while (remaining.length) {
		const last = shape.groupsOf.get(chain[chain.length - 1]!);
		let best = 0;
		let bestShared = -1;
		remaining.forEach((p, i) => {
			const count = shared(last, shape.groupsOf.get(p));
			if (count > bestShared) [best, bestShared] = [i, count];
		});
		chain.push(remaining.splice(best, 1)[0]!);
	}
	// Turn the chain if that brings members pulled across a border nearer that border, or, when
	// no one is pulled, if that agrees better with the keys.
	const n = chain.length;
	let pullScore = 0;
	let keyScore = 0;
	chain.forEach((p, i) => {
		pullScore += (shape.pull.get(p) ?? 0) * (i - (n - 1) / 2);
		keyScore += key(p) * (i - (n - 1) / 2);
	});
	if (pullScore < 0 || (pullScore === 0 && keyScore < 0)) chain.reverse();
	return chain;
}

/**
 * One month's bands, ordered by `key` (lower is higher up; `NaN` where unknown): blocks pulled
 * up first, then the free ones, then those pulled down, each by the mean key of its members.
 */
function arrange(shape: ColumnShape, key: (p: number) => number): number[][] {
	return shape.blocks.map((blocks, b) => {
		const pulls = shape.blockPulls[b]!;
		const placed = blocks.map((block, index) => {
			let sum = 0;
			let known = 0;
			for (const p of block) {
				const k = key(p);
				if (Number.isNaN(k)) continue;
				sum += k;
				known++;
			}
			return { block, index, mean: known ? sum / known : NaN, pull: pulls[index]! };
		});
		// A block with no known key keeps its place after the block before it.
		let previous = -1e9;
		for (const item of placed) {
			if (Number.isNaN(item.mean)) item.mean = previous + 1e-6;
			previous = item.mean;
		}
		placed.sort((x, y) => x.pull - y.pull || x.mean - y.mean || x.index - y.index);
		const ordered: number[] = [];
		for (const item of placed) {
			if (item.block.length === 1) {
				ordered.push(item.block[0]!);
				continue;
			}
			const fallback = (p: number) => {
				const k = key(p);
				return Number.isNaN(k) ? item.mean : k;
			};
			for (const p of chainOf(item.block, fallback, shape)) ordered.push(p);
		}
		return ordered;
	});
}

/**
 * The optimised ordering: blocks of allies kept together and at the facing edges of their
 * bands, crossings and wiggles lowered by barycentre sweeps and a straightening pass (see the
 * module's comment). Deterministic; about `O(passes × months × n log n)` for `n` people on stage.
 */
export function optimisedOrder(input: OrderInput, options: OrderOptions = {}): Order {
	const { sweeps = 4, straightenings = 2, sifts = 8, facingEdges = true } = options;
	const first = firstAppearances(input);
	const shapes = input.columns.map((column) => shapeOf(column, first, facingEdges));
	const months = input.columns.length;
	const ranks = Array.from({ length: months }, () => new Int32Array(input.people));
	let order: Order = naiveOrder(input);
	const rank = (t: number) => ranksOf(order[t]!, ranks[t]!);
	const at = (t: number, p: number) => {
		if (t < 0 || t >= months) return NaN;
		const r = ranks[t]![p]!;
		return r < 0 ? NaN : r;
	};

	/** Orders month `t` by `key`; someone without a key keeps their own rank in `t` as theirs. */
	const pass = (t: number, key: (p: number) => number) => {
		order[t] = arrange(shapes[t]!, (p) => {
			const k = key(p);
			return Number.isNaN(k) ? at(t, p) : k;
		});
		rank(t);
	};
	// Every month once with its own order as the key: allies together before the first sweep.
	for (let t = 0; t < months; t++) {
		rank(t);
		pass(t, () => NaN);
	}
	let best = order.map((column) => column.map((band) => [...band]));
	let bestScore = total(scoreOrder(order, input.people));
	const keep = () => {
		const score = total(scoreOrder(order, input.people));
		if (score < bestScore) {
			bestScore = score;
			best = order.map((column) => column.map((band) => [...band]));
		}
	};
	for (let s = 0; s < sweeps; s++) {
		for (let t = 1; t < months; t++) pass(t, (p) => at(t - 1, p));
		keep();
		for (let t = months - 2; t >= 0; t--) pass(t, (p) => at(t + 1, p));
		keep();
	}
	order = best.map((column) => column.map((band) => [...band]));
	for (let t = 0; t < months; t++) rank(t);
	for (let s = 0; s < straightenings; s++) {
		for (let t = 0; t < months; t++) {
			pass(t, (p) => {
				const [a, b] = [at(t - 1, p), at(t + 1, p)];
				if (Number.isNaN(a)) return b;
				if (Number.isNaN(b)) return a;
				return (a + b) / 2;
			});
		}
		keep();
	}
	order = best;
	for (let t = 0; t < months; t++) rank(t);
	for (let s = 0; s < sifts; s++) if (!siftAll(order, shapes, ranks)) break;
	return order;
}

const total = (score: OrderScore) => score.crossings + score.wiggle;

/**
 * What swapping two neighbours `above` and `below` at month `t` changes in crossings plus
 * wiggle against the months either side: negative when the swap helps.
 */
function swapGain(
	above: readonly number[],
	below: readonly number[],
	ranks: readonly Int32Array[],
	t: number
): number {
	let delta = 0;
	const here = ranks[t]!;
	for (const u of [t - 1, t + 1]) {
		const there = ranks[u];
		if (!there) continue;
		for (const x of above) {
			const rx = there[x]!;
			if (rx < 0) continue;
			// x moves down past everyone in `below`.
			delta += Math.abs(here[x]! + below.length - rx) - Math.abs(here[x]! - rx);
			for (const y of below) {
				const ry = there[y]!;
				if (ry < 0) continue;
				delta += rx < ry ? 1 : -1;
			}
		}
		for (const y of below) {
			const ry = there[y]!;
			if (ry < 0) continue;
			delta += Math.abs(here[y]! - above.length - ry) - Math.abs(here[y]! - ry);
		}
	}
	return delta;
}

/**
 * One round of sifting over every month: neighbours that may trade places without breaking a
 * rule (two blocks of allies pulled the same way, or two members of a block in the same
 * alliances) trade them wherever that lowers crossings plus wiggle against the months either
 * side. The local repair that barycentre sweeps leave undone. Returns whether anything moved.
 */
function siftAll(order: Order, shapes: readonly ColumnShape[], ranks: Int32Array[]): boolean {
	let moved = false;
	order.forEach((bands, t) => {
		const shape = shapes[t]!;
		bands.forEach((band, b) => {
			const blockOf = new Map<number, number>();
			shape.blocks[b]!.forEach((block, i) => block.forEach((p) => blockOf.set(p, i)));
			// The band as its blocks, top to bottom (blocks are contiguous in an arranged band).
			const units: number[][] = [];
			for (const p of band) {
				const last = units[units.length - 1];
				if (last && blockOf.get(last[0]!) === blockOf.get(p)) last.push(p);
				else units.push([p]);
			}
			const pullOf = (unit: readonly number[]) => shape.blockPulls[b]![blockOf.get(unit[0]!)!]!;
			const membership = (p: number) => (shape.groupsOf.get(p) ?? []).join(',');
			let improved = true;
			for (let pass = 0; improved && pass < 4; pass++) {
				improved = false;
				for (let i = 0; i + 1 < units.length; i++) {
					const [above, below] = [units[i]!, units[i + 1]!];
					if (pullOf(above) !== pullOf(below)) continue;
					if (swapGain(above, below, ranks, t) < 0) {
						const start = ranks[t]![above[0]!]!;
						units[i] = below;
						units[i + 1] = above;
						below.forEach((p, k) => (ranks[t]![p] = start + k));
						above.forEach((p, k) => (ranks[t]![p] = start + below.length + k));
						improved = moved = true;
					}
				}
				// Inside a block: members in the same alliances may trade places.
				for (const unit of units) {
					for (let i = 0; i + 1 < unit.length; i++) {
						const [x, y] = [unit[i]!, unit[i + 1]!];
						if (membership(x) !== membership(y)) continue;
						if (swapGain([x], [y], ranks, t) < 0) {
							[unit[i], unit[i + 1]] = [y, x];
							[ranks[t]![x], ranks[t]![y]] = [ranks[t]![y]!, ranks[t]![x]!];
							improved = moved = true;
						}
					}
				}
			}
			bands[b] = units.flat();
		});
	});
	return moved;
}
