import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../model/time';
import { chosenMonths, seriesMonths } from './series';

const months = monthsBetween('1917-10', '1938-03');
const events = [
	{ date: '1924-01-21' },
	{ date: '1924-01-26' },
	{ date: '1926-10-23' },
	{ date: '1940-01' }
];

describe('seriesMonths', () => {
	it.each([
		['year', '1923-06', '1926-06', ['1923-06', '1924-06', '1925-06', '1926-06']],
		['year', '1926-06', '1923-06', ['1923-06', '1924-06', '1925-06', '1926-06']],
		['month', '1926-11', '1927-02', ['1926-11', '1926-12', '1927-01', '1927-02']],
		['event', '1923-01', '1938-03', ['1924-01', '1926-10']],
		['year', '1910-10', '1919-10', ['1917-10', '1918-10', '1919-10']],
		['year', '1939-01', '1940-01', []],
		['year', '1937-06', '1938-06', ['1937-06', '1938-03']],
		['year', '1936-06', '1938-02', ['1936-06', '1937-06', '1938-02']]
	] as const)('steps by %s from %s to %s', (step, from, to, expected) => {
		expect(seriesMonths(months, events, from, to, step)).toEqual(expected);
	});

	it('gives one month a year from 1917 to 1938, the ends clamped into the data', () => {
		const years = seriesMonths(months, events, '1917-06', '1938-06', 'year');
		expect(years).toHaveLength(22);
		expect([years[0], years[1], years[21]]).toEqual(['1917-10', '1918-06', '1938-03']);
	});

	it('steps by year across the year 1000 with four-digit months', () => {
		const early = monthsBetween('0998-03', '1001-02');
		expect(seriesMonths(early, [], '0998-06', '1001-06', 'year')).toEqual([
			'0998-06',
			'0999-06',
			'1000-06',
			'1001-02'
		]);
	});
});

describe('chosenMonths', () => {
	it.each([
		['1926-10, 1924-01', ['1924-01', '1926-10']],
		['1927-12;1927-12  1917-10\n1938-03', ['1917-10', '1927-12', '1938-03']],
		['', []]
	])('reads %j as %j', (text, expected) => {
		expect(chosenMonths(text, months)).toEqual({ months: expected });
	});

	it.each([
		['1926-10, 1926', '"1926" is not a month'],
		['1926-10 October', '"October" is not a month'],
		['1940-01', '1940-01 is outside the data, which runs from 1917-10 to 1938-03'],
		['1926-13', '1926-13 is outside the data']
	])('names what is wrong in %j', (text, message) => {
		const read = chosenMonths(text, months);
		expect('error' in read && read.error).toContain(message);
	});
});
