import type { Positions } from './arrange';
import type { Flipbook } from './flipbook';

/**
 * A flip-book in typed arrays, for the trip from the layout worker to the page: copying
 * hundreds of thousands of `[x, y]` pairs through `postMessage` blocks the page for half a
 * second at 2,000 people, while typed arrays are transferred without a copy. Months that share
 * positions share a frame.
 */
export interface PackedFlipbook {
	months: string[];
	strategy: Flipbook['strategy'];
	/** Every person id that appears in any month. */
	ids: string[];
	/** For each month, the index of its frame. */
	frameOfMonth: Uint32Array;
	/** For each frame, the indexes into `ids` of the people placed. */
	frameIds: Uint32Array[];
	/** For each frame, x and y of each placed person, interleaved. */
	frameCoordinates: Float64Array[];
}

/** Packs a flip-book; the buffers of the result can be listed as transferables. */
export function packFlipbook(flipbook: Flipbook): PackedFlipbook {
	const idIndex = new Map<string, number>();
	const frames = new Map<Positions, number>();
	const frameIds: Uint32Array[] = [];
	const frameCoordinates: Float64Array[] = [];
	const frameOfMonth = new Uint32Array(flipbook.months.length);
	flipbook.months.forEach((month, m) => {
		const positions = flipbook.positions[month] ?? {};
		let frame = frames.get(positions);
		if (frame === undefined) {
			const entries = Object.entries(positions);
			const ids = new Uint32Array(entries.length);
			const coordinates = new Float64Array(entries.length * 2);
			entries.forEach(([id, point], i) => {
				let index = idIndex.get(id);
				if (index === undefined) idIndex.set(id, (index = idIndex.size));
				ids[i] = index;
				coordinates[2 * i] = point[0];
				coordinates[2 * i + 1] = point[1];
			});
			frame = frameIds.length;
			frames.set(positions, frame);
			frameIds.push(ids);
			frameCoordinates.push(coordinates);
		}
		frameOfMonth[m] = frame;
	});
	return {
		months: flipbook.months,
		strategy: flipbook.strategy,
		ids: [...idIndex.keys()],
		frameOfMonth,
		frameIds,
		frameCoordinates
	};
}

/** The buffers of a packed flip-book, to transfer rather than copy. */
export function transferablesOf(packed: PackedFlipbook): ArrayBuffer[] {
	return [
		packed.frameOfMonth.buffer as ArrayBuffer,
		...packed.frameIds.map((a) => a.buffer as ArrayBuffer),
		...packed.frameCoordinates.map((a) => a.buffer as ArrayBuffer)
	];
}

/**
 * The flip-book again. A month's positions are built when first read, so the page pays for
 * the months it shows, a few at a time, never for all at once.
 */
export function unpackFlipbook(packed: PackedFlipbook): Flipbook {
	const frames: (Positions | undefined)[] = [];
	const frameAt = (frame: number): Positions => {
		const cached = frames[frame];
		if (cached) return cached;
		const ids = packed.frameIds[frame]!;
		const coordinates = packed.frameCoordinates[frame]!;
		const positions: Positions = {};
		for (let i = 0; i < ids.length; i++)
			positions[packed.ids[ids[i]!]!] = [coordinates[2 * i]!, coordinates[2 * i + 1]!];
		frames[frame] = positions;
		return positions;
	};
	const positions: Record<string, Positions> = {};
	packed.months.forEach((month, m) => {
		Object.defineProperty(positions, month, {
			enumerable: true,
			get: () => frameAt(packed.frameOfMonth[m]!)
		});
	});
	return { months: packed.months, positions, strategy: packed.strategy };
}
