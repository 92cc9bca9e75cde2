import { describe, expect, it } from 'vitest';
import { ALLEGED_NOTE, ALLIANCE_KIND_LABEL, allianceKindPhrase, isRealTie } from './alliance-kind';
import { allianceKinds } from './schema';

describe('the words for each kind of tie', () => {
	it('names every kind, and calls a trial charge alleged', () => {
		expect(Object.keys(ALLIANCE_KIND_LABEL).sort()).toEqual([...allianceKinds].sort());
		expect(ALLIANCE_KIND_LABEL.alleged).toBe('Charged at trial (alleged)');
		expect(allianceKindPhrase('alleged')).toBe('charged at trial, alleged');
		expect(allianceKindPhrase('opposition')).toBe('opposition bloc');
	});

	it('never counts a trial charge as a real tie', () => {
		expect(allianceKinds.filter(isRealTie)).toEqual(['alliance', 'opposition']);
		expect(ALLEGED_NOTE).toMatch(/prosecution.*duress/);
	});
});
