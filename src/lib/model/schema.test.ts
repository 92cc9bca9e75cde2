import { describe, expect, it } from 'vitest';
import { COLOUR_PATTERN, ID_PATTERN } from './schema';

describe('the patterns of ids and colours', () => {
	it.each([
		['stalin', true],
		['left-opposition', true],
		['1926-plenum', true],
		['a', true],
		['-left', false],
		['Stalin', false],
		['left_opposition', false],
		['zhou enlai', false],
		['', false]
	])('%j is an id: %s', (text, expected) => {
		expect(ID_PATTERN.test(text)).toBe(expected);
	});

	it.each([
		['#c0392b', true],
		['#C0392B', true],
		['#c03', false],
		['c0392b', false],
		['#c0392b80', false],
		['#g0392b', false],
		['red', false]
	])('%j is a colour: %s', (text, expected) => {
		expect(COLOUR_PATTERN.test(text)).toBe(expected);
	});
});
