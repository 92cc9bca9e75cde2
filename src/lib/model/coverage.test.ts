import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { coverageByYear, emptyStageMonths, formatCoverageReport } from './coverage';

const edgeCases = readDatasetFixture('edge-cases.json');

describe('coverageByYear on the edge-case fixture', () => {
	const years = coverageByYear(edgeCases);

	it('has one row per year of the range', () => {
		expect(years.map((y) => [y.year, y.months])).toEqual([
			[1925, 12],
			[1926, 12],
			[1927, 12]
		]);
	});

	it('counts who is on stage at the end of some month, not inside one', () => {
		// Alice's three weeks in July 1926 never reach a month's end.
		expect(years.map((y) => y.people)).toEqual([
			['bob', 'carol'],
			['bob', 'carol', 'dan'],
			['carol', 'dan']
		]);
		expect(years.map((y) => y.fewestOnStage)).toEqual([2, 2, 2]);
		expect(years.map((y) => y.groups)).toEqual([['pact'], ['bloc', 'pact'], ['bloc']]);
		expect(years.map((y) => y.events)).toEqual([1, 2, 0]);
	});

	it('divides the facts touching each year by confidence and counts the disagreements', () => {
		expect(years[0]).toMatchObject({
			facts: 7,
			confidence: { high: 6, medium: 1, low: 0 },
			disagreements: 1
		});
		expect(years[1]).toMatchObject({
			facts: 13,
			confidence: { high: 9, medium: 3, low: 1 },
			disagreements: 1
		});
	});
});

describe('emptyStageMonths', () => {
	it('is empty when every month shows someone', () => {
		expect(emptyStageMonths(edgeCases)).toEqual([]);
	});

	it('lists the months nobody is on stage', () => {
		const thin = structuredClone(edgeCases);
		thin.people.find((p) => p.id === 'carol')!.terms = [];
		thin.alliances = thin.alliances.filter((a) => a.id !== 'bloc');
		expect(emptyStageMonths(thin)).toEqual([
			'1927-01',
			'1927-02',
			'1927-03',
			'1927-04',
			'1927-05',
			'1927-06',
			'1927-07',
			'1927-08',
			'1927-09',
			'1927-10',
			'1927-11',
			'1927-12'
		]);
		expect(formatCoverageReport(thin)).toMatch(/months with an empty stage: 12 \(1927-01, /);
	});
});

describe('formatCoverageReport', () => {
	it('prints a line per year and the totals', () => {
		const lines = formatCoverageReport(edgeCases).split('\n');
		expect(lines).toContainEqual(expect.stringMatching(/^year\s+on stage\s+fewest\s+groups/));
		expect(lines).toContainEqual(
			expect.stringMatching(/^1926\s+3\s+2\s+2\s+2\s+13\s+69%\s+23%\s+8%\s+1$/)
		);
		expect(lines).toContain('months with an empty stage: none');
		expect(lines).toContain('1926: bloc, pact');
	});
});
