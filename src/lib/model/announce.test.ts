import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import { monthAnnouncement } from './announce';
import { filterSnapshot, snapshotAt } from './snapshot';

const edgeCases = readDatasetFixture('edge-cases.json');
const at = (month: string) => snapshotAt(edgeCases, month);

describe('monthAnnouncement', () => {
	it('says the month, then what changed since the month before and the month’s events', () => {
		expect(monthAnnouncement(edgeCases, at('1926-10'), at('1926-09'))).toBe(
			'October 1926: Bob removed from the Politburo; A plenum; Bob removed.'
		);
		expect(monthAnnouncement(edgeCases, at('1926-03'), at('1926-02'))).toBe(
			'March 1926: Bob moved from the Left to the Right.'
		);
	});

	it('says "no change" for a quiet month, and just the month with no month before', () => {
		expect(monthAnnouncement(edgeCases, at('1927-06'), at('1927-05'))).toBe(
			'June 1927: no change.'
		);
		expect(monthAnnouncement(edgeCases, at('1925-01'), null)).toBe('January 1925');
	});

	it('compares what is shown: with the Politburo only, an alliance member off it is not news', () => {
		const shown = (month: string) => filterSnapshot(at(month), 'politburo');
		expect(monthAnnouncement(edgeCases, at('1926-02'), at('1926-01'))).toContain(
			'Dan now on stage'
		);
		expect(monthAnnouncement(edgeCases, shown('1926-02'), shown('1926-01'))).not.toContain('Dan');
	});
});
