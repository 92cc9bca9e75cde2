import { describe, expect, it } from 'vitest';
import { comparePartner } from './compare-partner';
import { monthsBetween } from './time';

describe('comparePartner', () => {
	const months = monthsBetween('1917-01', '1938-12');

	it.each([
		['1924-06', '1929-06'],
		['1936-01', '1931-01'],
		['1917-01', '1922-01']
	])('compares %s with %s: five years on, else five years back', (month, partner) => {
		expect(comparePartner(months, month)).toBe(partner);
	});

	it('takes the last month when the dataset does not span five years either way', () => {
		expect(comparePartner(monthsBetween('1925-01', '1927-12'), '1926-10')).toBe('1927-12');
	});
});
