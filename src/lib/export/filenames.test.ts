import { describe, expect, it } from 'vitest';
import { compareFileName, fileNameAt, historyFileName, seriesFileName } from './filenames';

describe('export file names say what they hold', () => {
	it.each([
		[fileNameAt('1926-10', 'png'), 'factions-1926-10.png'],
		[fileNameAt('1926-10', 'csv', 'people'), 'factions-1926-10-people.csv'],
		[compareFileName('1924-06', '1929-06', 'svg'), 'factions-compare-1924-06-1929-06.svg'],
		[historyFileName('1917-10', '1938-03'), 'factions-1917-10-1938-03.gexf'],
		[seriesFileName('1923-06', '1934-06', 'year', 'png'), 'factions-1923-06-1934-06-year-png.zip']
	])('%s', (name, expected) => {
		expect(name).toBe(expected);
	});
});
