import { describe, expect, it } from 'vitest';
import {
	addMonths,
	formatDate,
	isActiveAt,
	monthOf,
	monthsBetween,
	nextDay,
	parseMoment,
	startKey
} from './time';

describe('parseMoment', () => {
	it.each([
		['1926-10', 19261031, '1926-10'],
		['1926-02', 19260228, '1926-02'],
		['1924-02', 19240229, '1924-02'],
		['1929', 19290630, '1929-06'],
		['1926-10-23', 19261023, '1926-10'],
		[' 1926-10 ', 19261031, '1926-10']
	])('reads %s as the end of day %i in month %s', (text, day, month) => {
		expect(parseMoment(text)).toEqual({ day, month });
	});

	it.each([
		'',
		'1926-13',
		'1926-00',
		'1926-02-30',
		'26-10',
		'1926/10',
		'October 1926',
		'1926-10-23T00:00'
	])('rejects %j', (text) => {
		expect(parseMoment(text)).toBeNull();
	});
});

describe('isActiveAt: from inclusive, to exclusive, a month meaning its end', () => {
	it.each([
		// a term ended at a plenum on 23 October: gone by the end of October, there in September
		['1923-05', '1926-10-23', '1926-09', true],
		['1923-05', '1926-10-23', '1926-10', false],
		['1923-05', '1926-10-23', '1926-10-22', true],
		['1923-05', '1926-10-23', '1926-10-23', false],
		// an interval ending "in" a month (month precision) is over at that month
		['1923-05', '1926-10', '1926-10', false],
		['1923-05', '1926-10', '1926-09', true],
		// something beginning in a month has happened by that month's end
		['1926-10-30', null, '1926-10', true],
		['1926-10', null, '1926-10', true],
		['1926-10-30', null, '1926-10-29', false],
		// a term that starts and ends inside one month is never seen at month precision
		['1926-07-05', '1926-07-25', '1926-07', false],
		['1926-07-05', '1926-07-25', '1926-07-10', true],
		// open-ended
		['1934-02', undefined, '1938-03', true],
		// a bare year is the end of June
		['1929-07', null, '1929', false],
		['1929-06-30', null, '1929', true]
	])('[%s, %s) at %s → %s', (from, to, at, expected) => {
		const moment = parseMoment(at)!;
		expect(isActiveAt(from, to, moment.day)).toBe(expected);
	});
});

describe('months', () => {
	it('lists every month of a range inclusive', () => {
		expect(monthsBetween('1917-10', '1918-02')).toEqual([
			'1917-10',
			'1917-11',
			'1917-12',
			'1918-01',
			'1918-02'
		]);
		expect(monthsBetween('1917-10', '1938-03')).toHaveLength(246);
	});

	it.each([
		['1926-10', 1, '1926-11'],
		['1926-12', 1, '1927-01'],
		['1926-01', -1, '1925-12'],
		['1926-10', -12, '1925-10'],
		['1926-10', 0, '1926-10']
	])('%s moved by %i is %s', (month, delta, expected) => {
		expect(addMonths(month, delta)).toBe(expected);
	});

	it('orders dates of mixed precision by their first day', () => {
		expect(startKey('1926-10')).toBeLessThan(startKey('1926-10-02'));
		expect(startKey('1926-10-31')).toBeLessThan(startKey('1926-11'));
	});

	it.each([
		['1926-10', 'October 1926'],
		['1926-10-23', '23 October 1926'],
		['1929', '1929']
	])('formats %s as %s', (date, text) => {
		expect(formatDate(date)).toBe(text);
	});
});

describe('the day after, and the month of, a date', () => {
	it.each([
		['1926-10-23', '1926-10-24'],
		['1926-10-31', '1926-11-01'],
		['1926-12-31', '1927-01-01'],
		['1924-02-28', '1924-02-29'],
		['1926-02-28', '1926-03-01'],
		['1926-10', '1926-11'],
		['1926-12', '1927-01']
	])('the exclusive end after %s is %s', (date, expected) => {
		expect(nextDay(date)).toBe(expected);
	});

	it.each([
		['1926-10-23', '1926-10'],
		['1926-10', '1926-10']
	])('%s falls in %s', (date, month) => {
		expect(monthOf(date)).toBe(month);
	});
});
