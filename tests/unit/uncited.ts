import type { Fate } from '../../src/lib/model/schema';

/**
 * A fate without its citation (`sources`, `confidence`, `alternatives`): what the flat formats
 * carry of it, for comparing a fate read back from a file with the one written.
 */
export function uncited(fate: Fate): Partial<Fate> {
	return Object.fromEntries(
		Object.entries(fate).filter(([key]) => !['sources', 'confidence', 'alternatives'].includes(key))
	);
}
