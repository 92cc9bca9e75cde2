import { describe, expect, it } from 'vitest';
import type { Positions } from '../graph/arrange';
import type { GraphModel } from '../graph/elements';
import { parseXml } from '../../../tests/unit/xml';
import { wrapText } from '../graph/text';
import { NO_MARKS } from '../graph/marks';
import { writeSvg, type SvgImageOptions } from './svg';

/**
 * A hand-made month: two factions; a full member, a candidate and someone outside the
 * Politburo; a pair joined by two alliances (parallel edges); an opposition bloc; and a label
 * with characters XML must escape.
 */
const model: GraphModel = {
	factions: [
		{ id: 'left', label: 'Left', colour: '#c0392b', textColour: '#7d251c', kind: 'faction' },
		{ id: 'right', label: 'Right & Co', colour: '#2471a3', textColour: '#174a6a', kind: 'faction' }
	],
	people: [
		{
			id: 'ann',
			label: 'Ann',
			parent: 'left',
			faction: 'left',
			status: 'full',
			size: 46,
			colour: '#c0392b'
		},
		{
			id: 'ben',
			label: 'Ben <B>',
			parent: 'left',
			faction: 'left',
			status: 'candidate',
			size: 36,
			colour: '#c0392b'
		},
		{
			id: 'cy',
			label: 'Cy "the" Third',
			parent: 'right',
			faction: 'right',
			status: 'outside',
			size: 28,
			colour: '#2471a3'
		}
	],
	edges: [
		{
			id: 'pact:ann:ben',
			source: 'ann',
			target: 'ben',
			alliance: 'pact',
			colour: '#7d3c98',
			kind: 'alliance',
			members: 2
		},
		{
			id: 'bloc:ann:ben',
			source: 'ann',
			target: 'ben',
			alliance: 'bloc',
			colour: '#117a65',
			kind: 'opposition',
			members: 3
		},
		{
			id: 'bloc:ann:cy',
			source: 'ann',
			target: 'cy',
			alliance: 'bloc',
			colour: '#117a65',
			kind: 'opposition',
			members: 3
		}
	],
	hubs: []
};
const positions: Positions = { ann: [-150, 0], ben: [-60, 40], cy: [140, -10] };
const full: SvgImageOptions = {
	width: 1920,
	height: 1080,
	background: 'white',
	title: 'A made-up struggle',
	subtitle: 'October 1926',
	legend: {
		factions: model.factions,
		alliances: [
			{ id: 'pact', name: 'Pact of Ann & Ben', colour: '#7d3c98', kind: 'alliance' },
			{ id: 'bloc', name: 'The Bloc', colour: '#117a65', kind: 'opposition' }
		]
	},
	source: 'Data: hand-made (CC0). Drawn with Factions.'
};

const parse = (svg: string) => parseXml(svg, 'image/svg+xml');
const texts = (svg: string) =>
	Array.from(parse(svg).getElementsByTagName('text')).map((t) => t.textContent);

describe('writeSvg', () => {
	it('draws a month as the committed file shows', async () => {
		await expect(writeSvg([{ model, positions }], full)).toMatchFileSnapshot(
			'__snapshots__/one-panel.svg'
		);
	});

	it('draws two panels side by side with lines of text, as a comparison does', async () => {
		const later: Positions = { ann: [-100, 20], ben: [-20, -40], cy: [200, 0] };
		const svg = writeSvg(
			[
				{ model, positions, caption: 'June 1924' },
				{ model, positions: later, caption: 'June 1929' }
			],
			{
				...full,
				background: 'transparent',
				subtitle: 'June 1924 and June 1929',
				notes: ['Ben joined the Politburo as a candidate.', 'The Bloc formed.']
			}
		);
		await expect(svg).toMatchFileSnapshot('__snapshots__/two-panels.svg');
		const ids = Array.from(parse(svg).getElementsByTagName('g')).map((g) => g.getAttribute('id'));
		expect(ids).toEqual(expect.arrayContaining(['panel-1-person-ann', 'panel-2-person-ann']));
		expect(new Set(ids.filter(Boolean)).size).toBe(ids.filter(Boolean).length);
		expect(texts(svg)).toEqual(
			expect.arrayContaining(['June 1924', 'June 1929', 'The Bloc formed.'])
		);
	});

	it('marks what changed between two dates as the committed file shows', async () => {
		const later: Positions = { ann: [-100, 20], ben: [-20, -40], cy: [200, 0] };
		const svg = writeSvg(
			[
				{
					model,
					positions,
					caption: 'June 1924',
					marks: { ...NO_MARKS, departed: ['cy'], dissolved: ['pact'] }
				},
				{
					model,
					positions: later,
					caption: 'June 1929',
					marks: {
						...NO_MARKS,
						arrived: ['ben'],
						formed: ['bloc'],
						cameFrom: [{ id: 'cy', label: 'Cy', position: [60, 60] }]
					}
				}
			],
			{
				...full,
				sharedFrame: true,
				legend: { ...full.legend!, changes: { from: 'June 1924', to: 'June 1929' } }
			}
		);
		await expect(svg).toMatchFileSnapshot('__snapshots__/comparison-marks.svg');
		const document = parse(svg);
		const classOf = (id: string) => document.getElementById(id)?.getAttribute('class') ?? '';
		expect(classOf('panel-1-person-cy')).toMatch(/\bdeparted\b/);
		expect(classOf('panel-2-person-ben')).toMatch(/\barrived\b/);
		expect(classOf('panel-2-alliance-bloc-ann-ben')).toMatch(/\bformed\b/);
		expect(classOf('panel-1-alliance-pact-ann-ben')).toMatch(/\bdissolved\b/);
		expect(document.getElementById('panel-2-ghost-cy')).not.toBeNull();
		expect(document.getElementById('legend-change-moved')).not.toBeNull();
	});

	it('parses as XML with a viewBox, the names, the date and the legend as real text', () => {
		const svg = writeSvg([{ model, positions }], full);
		const root = parse(svg).documentElement!;
		expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
		expect(root.getAttribute('font-family')).toMatch(/sans-serif$/);
		expect(texts(svg)).toEqual(
			expect.arrayContaining([
				'A made-up struggle',
				'October 1926',
				'Ann',
				'Ben <B>',
				'Cy "the" Third',
				'Right & Co',
				'Pact of Ann & Ben',
				'Full member (filled)',
				'Data: hand-made (CC0). Drawn with Factions.'
			])
		);
		expect(svg).not.toContain('<B>');
	});

	it('names people and alliances in ids and classes', () => {
		const document = parse(writeSvg([{ model, positions }], full));
		const person = document.getElementById('person-cy')!;
		expect(person.getAttribute('class')).toBe('person person-cy outside faction-right');
		expect(document.getElementById('alliance-bloc-ann-cy')!.getAttribute('class')).toContain(
			'alliance-bloc'
		);
		expect(document.getElementById('legend-alliance-pact')).not.toBeNull();
	});

	it('bends parallel edges of one pair apart, and dashes opposition blocs', () => {
		const document = parse(writeSvg([{ model, positions }], full));
		const pact = document.getElementById('alliance-pact-ann-ben')!;
		const bloc = document.getElementById('alliance-bloc-ann-ben')!;
		expect(pact.getAttribute('d')).toMatch(/Q/);
		expect(pact.getAttribute('d')).not.toBe(bloc.getAttribute('d'));
		expect(bloc.getAttribute('stroke-dasharray')).toBe('9 5');
		expect(pact.hasAttribute('stroke-dasharray')).toBe(false);
		expect(document.getElementById('alliance-bloc-ann-cy')!.getAttribute('d')).toMatch(/L/);
	});

	it('leaves out the background, title, legend and source when not asked for', () => {
		const svg = writeSvg([{ model, positions }], {
			width: 800,
			height: 600,
			background: 'transparent'
		});
		const document = parse(svg);
		expect(document.getElementById('background')).toBeNull();
		expect(document.getElementById('legend')).toBeNull();
		expect(texts(svg)).toEqual(['Left', 'Right & Co', 'Ann', 'Ben <B>', 'Cy "the" Third']);
	});

	it('fits the graph inside the image, keeping its aspect ratio', () => {
		for (const [width, height] of [
			[1920, 1080],
			[600, 1200],
			[3840, 2160]
		] as const) {
			const svg = writeSvg([{ model, positions }], { ...full, width, height });
			const transform = Array.from(parse(svg).getElementsByTagName('g'))
				.find((g) => g.getAttribute('class') === 'graph')!
				.getAttribute('transform')!;
			const [tx, ty, scale] = /translate\((\S+) (\S+)\) scale\((\S+)\)/
				.exec(transform)!
				.slice(1)
				.map(Number) as [number, number, number];
			for (const [x, y] of Object.values(positions)) {
				expect(tx + x * scale).toBeGreaterThan(0);
				expect(tx + x * scale).toBeLessThan(width);
				expect(ty + y * scale).toBeGreaterThan(0);
				expect(ty + y * scale).toBeLessThan(height);
			}
		}
	});

	it('refuses a size that is not an image', () => {
		expect(() => writeSvg([{ model, positions }], { ...full, width: 0 })).toThrow(/image size/);
	});
});

describe('wrapText', () => {
	it('breaks at spaces so no line is much wider than asked', () => {
		const lines = wrapText('Troika (Zinoviev–Kamenev–Stalin) against Trotsky', 150, 16);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Troika (Zinoviev–Kamenev–Stalin) against Trotsky');
	});
});
