import { describe, expect, it } from 'vitest';
import {
	addMonths,
	followingKey,
	formatDate,
	formatDayKey,
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

describe('dates of any era: four-digit years from 0001 to 9999', () => {
	it('writes months before the year 1000 with four digits, so keys stay unique and ordered', () => {
		const months = monthsBetween('0998-11', '1000-02');
		expect(months.slice(0, 3)).toEqual(['0998-11', '0998-12', '0999-01']);
		expect(months).toHaveLength(16);
		expect(new Set(months).size).toBe(months.length);
		expect([...months].sort()).toEqual(months);
	});

	it.each([
		['0999-12', 1, '1000-01'],
		['1000-01', -1, '0999-12'],
		['0001-02', -1, '0001-01'],
		['0009-12', 1, '0010-01'],
		['9999-11', 1, '9999-12']
	])('%s moved by %i is %s', (month, delta, expected) => {
		expect(addMonths(month, delta)).toBe(expected);
	});

	it.each([
		['0001-01', -1],
		['9999-12', 1],
		['0500-06', -6000]
	])(
		'%s moved by %i leaves the years the data can hold: no month of any dataset',
		(month, delta) => {
			const moved = addMonths(month, delta);
			expect(parseMoment(moved)).toBeNull();
			expect(monthsBetween('0001-01', '9999-12').includes(moved)).toBe(false);
		}
	);

	it.each([
		['0990', 9900630, '0990-06'],
		['0050-02', 500228, '0050-02'],
		['0004-02', 40229, '0004-02'],
		['0400-02-29', 4000229, '0400-02'],
		['9999-12-31', 99991231, '9999-12']
	])('reads %s as the end of day %i in month %s', (text, day, month) => {
		expect(parseMoment(text)).toEqual({ day, month });
	});

	it.each(['0000', '0000-01', '0100-02-29', '1900-02-29', '10000-01'])('rejects %j', (text) => {
		expect(parseMoment(text)).toBeNull();
	});

	it('gives the first day after a date, also after the last day of 9999', () => {
		expect(followingKey('1926-10')).toBe(19261101);
		expect(followingKey('1926-12-31')).toBe(19270101);
		expect(followingKey('0100-02-28')).toBe(1000301);
		expect(followingKey('9999-12')).toBe(100000101);
		expect(followingKey('9999-12-31')).toBe(100000101);
	});

	it('writes a day key with four-digit years', () => {
		expect(formatDayKey(500301)).toBe('0050-03-01');
		expect(formatDayKey(19261023)).toBe('1926-10-23');
	});

	it('names months of early years in words without padding', () => {
		expect(formatDate('0990-01')).toBe('January 990');
		expect(formatDate('0990-01-05')).toBe('5 January 990');
	});
});
