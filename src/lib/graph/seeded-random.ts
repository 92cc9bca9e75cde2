import { mulberry32 } from '../model/random';

/**
 * Runs `fn` with `Math.random` drawn from a generator seeded with `seed`, and puts the real one
 * back after, even if `fn` throws: cose-bilkent draws from `Math.random` internally, and a fixed
 * seed is what makes a layout give the same picture on every run.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
	const original = Math.random;
	Math.random = mulberry32(seed);
	try {
		return fn();
	} finally {
		Math.random = original;
	}
}
