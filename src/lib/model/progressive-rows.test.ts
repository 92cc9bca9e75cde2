import { describe, expect, it } from 'vitest';
import { firstRowLimit, nextRowLimit, rowsPerGroup } from './progressive-rows';

describe('rowsPerGroup', () => {
	it.each([
		{ sizes: [3, 4, 5], limit: Infinity, shown: [3, 4, 5] },
		{ sizes: [3, 4, 5], limit: 12, shown: [3, 4, 5] },
		{ sizes: [3, 4, 5], limit: 5, shown: [3, 2, 0] },
		{ sizes: [3, 4, 5], limit: 3, shown: [3, 0, 0] },
		{ sizes: [3, 4, 5], limit: 0, shown: [0, 0, 0] },
		{ sizes: [], limit: 10, shown: [] }
	])('shows $shown of groups of $sizes within $limit rows', ({ sizes, limit, shown }) => {
		expect(rowsPerGroup(sizes, limit)).toEqual(shown);
	});
});

describe('firstRowLimit and nextRowLimit', () => {
	it('shows a short list whole at once', () => {
		expect(firstRowLimit(200, 200)).toBe(Infinity);
		expect(firstRowLimit(45, 200)).toBe(Infinity);
	});

	it('shows a long list a chunk at a time until it is whole', () => {
		const limits = [firstRowLimit(650, 200)];
		while (limits.at(-1)! < Infinity) limits.push(nextRowLimit(limits.at(-1)!, 650, 200));
		expect(limits).toEqual([200, 400, 600, Infinity]);
	});
});
