/**
 * A deterministic generator of pseudo-random numbers in [0, 1) (mulberry32): the same seed gives
 * the same sequence on every run and every machine, which is what layouts and made-up test
 * datasets need. Not for anything that must be unpredictable.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
