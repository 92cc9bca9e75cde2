import { beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticDataset } from '../../../scripts/synthetic';
import { compareMoments, comparisonInWords } from './compare';
import * as snapshot from './snapshot';

// Every snapshot the comparison reads, counted: dating a change reads the dataset month by month.
vi.mock('./snapshot', async (original) => {
	const actual = await original<typeof import('./snapshot')>();
	return { ...actual, snapshotAt: vi.fn(actual.snapshotAt) };
});
const reads = vi.mocked(snapshot.snapshotAt);

describe('compareMoments dates a change when its month is first read', () => {
	const dataset = syntheticDataset(200, 240);
	// A function given back from `beforeEach` would be called after the test: not the mock.
	beforeEach(() => {
		reads.mockClear();
	});

	it('reads only the two dates until a month is asked for', () => {
		const comparison = compareMoments(dataset, '1905-01', '1915-01');
		expect(comparison.sections.flatMap((s) => s.items).length).toBeGreaterThan(50);
		expect(reads).toHaveBeenCalledTimes(2);
	});

	it('dates one change for one month read, and keeps it', () => {
		const comparison = compareMoments(dataset, '1905-01', '1915-01');
		const [first, second] = comparison.sections[0]!.items;
		const month = first!.month;
		const afterOne = reads.mock.calls.length;
		expect(afterOne).toBeGreaterThan(2);
		expect(first!.month).toBe(month);
		expect(reads).toHaveBeenCalledTimes(afterOne);
		void second!.month;
		expect(reads.mock.calls.length).toBeGreaterThan(afterOne);
	});

	it('gives the same months read late as when read at once', () => {
		const late = compareMoments(dataset, '1915-01', '1905-01');
		const atOnce = compareMoments(dataset, '1915-01', '1905-01');
		const months = atOnce.sections.flatMap((s) => s.items.map((item) => item.month));
		// Read in the other order: no month depends on which was read before it.
		const lateMonths = late.sections
			.flatMap((s) => s.items)
			.reverse()
			.map((item) => item.month)
			.reverse();
		expect(lateMonths).toEqual(months);
		expect(months.filter((m) => m !== null).length).toBeGreaterThan(50);
	});

	it('carries the month into copies, JSON and the words of the comparison', () => {
		const comparison = compareMoments(dataset, '1905-01', '1915-01');
		const item = comparison.sections[0]!.items[0]!;
		expect({ ...item }.month).toBe(item.month);
		expect(JSON.parse(JSON.stringify(item)).month).toBe(item.month);
		expect(structuredClone(item).month).toBe(item.month);
		expect(comparisonInWords(comparison).join(' ')).toMatch(/\(([A-Z][a-z]{2} \d{4})\)/);
	});
});
