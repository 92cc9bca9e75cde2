import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { snapshotAt } from '../model/snapshot';
import { parseXml } from '../../../tests/unit/xml';
import { computeFlipbook } from '../graph/flipbook';
import {
	canvasSizeProblem,
	comparisonSvg,
	parseImageSize,
	snapshotImageOptions,
	DEFAULT_IMAGE_CHOICES
} from './image';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');

describe('parseImageSize', () => {
	it.each([
		['1920x1080', { width: 1920, height: 1080 }],
		['3840×2160', { width: 3840, height: 2160 }],
		[' 800 X 600 ', { width: 800, height: 600 }],
		['0x100', null],
		['99999x100', null],
		['1920', null],
		['axb', null]
	])('%s', (text, expected) => {
		expect(parseImageSize(text)).toEqual(expected);
	});
});

describe('snapshotImageOptions', () => {
	const snapshot = snapshotAt(loaded.dataset, '1926-10');
	it('burns in the title, the date, the legend of the month and the source, as chosen', () => {
		const options = snapshotImageOptions(loaded.dataset, snapshot, DEFAULT_IMAGE_CHOICES);
		expect(options.title).toBe(loaded.dataset.meta.title);
		expect(options.subtitle).toBe('October 1926');
		expect(options.legend!.alliances.map((a) => a.id)).toEqual(snapshot.alliances.map((a) => a.id));
		expect(options.source).toMatch(/CC BY-SA 4.0/);
		const bare = snapshotImageOptions(loaded.dataset, snapshot, {
			...DEFAULT_IMAGE_CHOICES,
			title: false,
			date: false,
			legend: false,
			source: false
		});
		expect(Object.keys(bare).sort()).toEqual(['background', 'height', 'width']);
	});
});

describe('canvasSizeProblem', () => {
	it.each([
		[3840, 2160, null],
		[16384, 16384, null],
		[16385, 100, /more than a browser can draw/],
		[0, 100, /not an image size/],
		[100.5, 100, /not an image size/]
	])('%d × %d', (width, height, expected) => {
		const problem = canvasSizeProblem(width, height);
		if (expected === null) expect(problem).toBeNull();
		else expect(problem).toMatch(expected);
	});
});

describe('comparisonSvg', () => {
	it('draws both dates side by side with the written difference and both months’ alliances', () => {
		const flipbook = computeFlipbook(loaded.dataset);
		const at = (month: string) => ({
			snapshot: snapshotAt(loaded.dataset, month),
			positions: flipbook.positions[month]!
		});
		const svg = comparisonSvg(
			loaded.dataset,
			at('1924-06'),
			at('1929-06'),
			['Trotsky, Zinoviev and Kamenev removed from the Politburo'],
			DEFAULT_IMAGE_CHOICES
		);
		const document = parseXml(svg, 'image/svg+xml');
		const texts = Array.from(document.getElementsByTagName('text')).map((t) => t.textContent);
		expect(texts).toEqual(
			expect.arrayContaining([
				'June 1924 and June 1929',
				'June 1924',
				'June 1929',
				'Trotsky, Zinoviev and Kamenev removed from the Politburo'
			])
		);
		expect(document.getElementById('legend-alliance-troika')).not.toBeNull();
		expect(document.getElementById('legend-alliance-right-opposition')).not.toBeNull();
		expect(document.getElementById('panel-1-person-trotsky')).not.toBeNull();
		expect(document.getElementById('panel-2-person-stalin')).not.toBeNull();
	});
});
