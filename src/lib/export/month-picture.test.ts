import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { READABLE_ZOOM } from '../graph/camera';
import { FIT } from '../graph/encoding';
import { computeFlipbook } from '../graph/flipbook';
import { snapshotAt } from '../model/snapshot';
import { monthPicture } from './month-picture';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset does not load');
const dataset = loaded.dataset;

describe('monthPicture', () => {
	const flipbook = computeFlipbook(dataset);
	const picture = monthPicture(dataset, '1926-10', flipbook.positions['1926-10']!);

	it('draws everyone on stage where the flip-book puts them, in the box the camera fits', () => {
		const onStage = snapshotAt(dataset, '1926-10').people;
		for (const person of onStage) {
			const [x, y] = flipbook.positions['1926-10']![person.id]!;
			expect(picture.graph.svg).toContain(`id="picture-person-${person.id}"`);
			expect(picture.graph.box.x1).toBeLessThan(x);
			expect(picture.graph.box.x2).toBeGreaterThan(x);
			expect(picture.graph.box.y1).toBeLessThan(y);
			expect(picture.graph.box.y2).toBeGreaterThan(y);
		}
		const { x1, y1, x2, y2 } = picture.graph.box;
		expect(picture.graph.svg).toMatch(/^<svg [^>]*viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/);
		const [, vx, vy, vw, vh] = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/
			.exec(picture.graph.svg)!
			.map(Number);
		expect([vx, vy, vw, vh]).toEqual(
			[x1, y1, x2 - x1, y2 - y1].map((v) => Math.round(v * 100) / 100)
		);
		// Never drawn larger than the camera's closest zoom, nor on a phone smaller than its readable one.
		expect(picture.graph.svg).toContain(
			`width="${Math.round((x2 - x1) * FIT.maxZoom * 100) / 100}"`
		);
		expect(picture.graph.readable.width).toBeCloseTo((x2 - x1) * READABLE_ZOOM, 6);
		expect(picture.graph.readable.height).toBeCloseTo((y2 - y1) * READABLE_ZOOM, 6);
	});

	it('names the month in its title, its description and its label, and escapes nothing twice', () => {
		expect(picture.title).toBe('Factions — October 1926');
		expect(picture.description).toMatch(
			/^Who stood where in the Soviet leadership in October 1926: \d+ people on stage \(Left \d+, Centre \d+, Right \d+\); 2 alliances: /
		);
		expect(picture.graph.label).toMatch(/^Faction graph for October 1926: \d+ people, 2 active/);
		expect(picture.graph.svg).toContain('aria-label="Faction graph for October 1926');
	});

	it('carries only what the month reads of the dataset', () => {
		const onStage = new Set(picture.snapshot.people.map((p) => p.id));
		expect(
			picture.dataset.people.every((p) => onStage.has(p.id) || p.fate?.date?.startsWith('1926-10'))
		).toBe(true);
		expect(picture.dataset.people.length).toBeLessThan(dataset.people.length);
		expect(picture.dataset.alliances.map((a) => a.id).sort()).toEqual(
			picture.snapshot.alliances.map((a) => a.id).sort()
		);
		expect(picture.dataset.sources).toEqual([]);
		expect(picture.dataset.alignments).toEqual([]);
		expect(picture.snapshot.edges).toEqual([]);
	});

	it('is laid out as the camera would: the page keeps the fitting padding', () => {
		const css = readFileSync(new URL('../components/GraphPicture.svelte', import.meta.url), 'utf8');
		expect(css).toMatch(new RegExp(`padding: ${FIT.padding}px;`));
	});
});

describe('monthPicture and markup in the data', () => {
	it('writes names as text, never as markup, for the page to place as it is', () => {
		const hostile = structuredClone(dataset);
		const person = hostile.people.find((p) => p.id === 'stalin')!;
		person.label = '<img src=x onerror="alert(1)">&amp;';
		const faction = hostile.factions[0]!;
		faction.label = '</svg><script>alert(2)</script>';
		const picture = monthPicture(
			hostile,
			'1926-10',
			computeFlipbook(hostile).positions['1926-10']!
		);
		expect(picture.graph.svg).not.toContain('<img');
		expect(picture.graph.svg).not.toContain('<script');
		expect(picture.graph.svg).not.toContain('</svg><');
		expect(picture.graph.svg).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;');
		expect(picture.graph.svg.match(/<\/svg>/g)).toHaveLength(1);
	});
});
