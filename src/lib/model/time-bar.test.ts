import { describe, expect, it } from 'vitest';
import type { HistoricalEvent } from './schema';
import { eventMarks, marksAround, trackPercent, yearLabelStep, yearStarts } from './time-bar';
import { monthsBetween } from './time';

const event = (date: string, title: string): HistoricalEvent => ({
	id: title.toLowerCase().replace(/\W+/g, '-'),
	date,
	title,
	kind: 'other',
	people: [],
	sources: ['made-up'],
	confidence: 'high'
});

describe('eventMarks', () => {
	const months = monthsBetween('1923-11', '1924-03');
	const marks = eventMarks(months, [
		event('1924-01-21', 'Lenin dies'),
		event('1924-01-16', '13th Party Conference'),
		event('1923-11', 'A plenum'),
		event('1925-01', 'Outside the months')
	]);

	it('gives one mark per month with events, their titles in date order', () => {
		expect(marks).toEqual([
			{ month: '1923-11', index: 0, titles: ['A plenum'], name: 'November 1923: A plenum' },
			{
				month: '1924-01',
				index: 2,
				titles: ['13th Party Conference', 'Lenin dies'],
				name: 'January 1924: 13th Party Conference; Lenin dies'
			}
		]);
	});

	it('finds the marks at, before and after a month', () => {
		expect(marksAround(marks, 2)).toEqual({
			current: marks[1],
			previous: marks[0],
			next: undefined
		});
		expect(marksAround(marks, 1)).toEqual({
			current: undefined,
			previous: marks[0],
			next: marks[1]
		});
		expect(marksAround(marks, 0).previous).toBeUndefined();
	});
});

describe('the track and its years', () => {
	it('places months along the track in percent', () => {
		expect(trackPercent(0, 10)).toBe(0);
		expect(trackPercent(5, 10)).toBe(50);
		expect(trackPercent(0, 0)).toBe(0);
	});

	it('marks each January', () => {
		expect(yearStarts(monthsBetween('1923-11', '1925-02'))).toEqual([
			{ year: 1924, index: 2 },
			{ year: 1925, index: 14 }
		]);
	});

	it.each([
		[22, 1200, 1],
		[22, 600, 2],
		[22, 300, 5],
		[22, 30, 50]
	])('labels %i years in %ipx every %i', (years, width, step) => {
		expect(yearLabelStep(years, width, 46)).toBe(step);
	});
});
