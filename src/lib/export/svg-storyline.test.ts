import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { parseXml } from '../../../tests/unit/xml';
import { syntheticDataset } from '../../../scripts/synthetic';
import { allianceNumbers, computeStoryline } from '../model/storyline';
import { DEFAULT_IMAGE_CHOICES } from './image';
import { storylineSvg } from './svg-storyline';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset is not valid');
const dataset = loaded.dataset;
const storyline = computeStoryline(dataset);
const svg = storylineSvg(dataset, storyline, DEFAULT_IMAGE_CHOICES, { cursor: '1926-10' });
const document = parseXml(svg);
const byId = (id: string) => document.getElementById(id);
const texts = (element: Element | null) =>
	Array.from(element?.getElementsByTagName('text') ?? []).map((t) => t.textContent);

describe('the storyline as SVG', () => {
	it('is a page of the requested size with title, dates, legend and source line', () => {
		const root = document.documentElement;
		expect(root.getAttribute('width')).toBe('1920');
		expect(root.getAttribute('height')).toBe('1080');
		expect(byId('title')?.textContent).toBe(dataset.meta.title);
		expect(byId('date')?.textContent).toBe('Storyline, October 1917 – March 1938');
		expect(byId('source')?.textContent).toMatch(/^Data: The Soviet leadership struggle/);
		expect(texts(byId('legend'))).toEqual(
			expect.arrayContaining(['Full member (solid line)', 'Duumvirate (Stalin–Bukharin)'])
		);
	});

	it('draws each person on stage as a path with the id line-<person>', () => {
		const onStage = new Set(storyline.columns.flatMap((c) => c.slots.map((s) => s.person)));
		for (const person of onStage) {
			const line = byId(`line-${person}`);
			expect(line?.tagName, person).toBe('path');
			expect(line?.getAttribute('d'), person).toMatch(/^M[\d.]+ [\d.]+[LC]/);
		}
		const paths = Array.from(document.getElementsByTagName('path')).filter((p) =>
			p.getAttribute('id')?.startsWith('line-')
		);
		expect(paths).toHaveLength(onStage.size);
	});

	it('draws each band as an element with the id band-<faction>', () => {
		for (const faction of dataset.factions) {
			const band = byId(`band-${faction.id}`);
			expect(band, faction.id).not.toBeNull();
			expect(band!.getElementsByTagName('path')[0]!.getAttribute('fill')).toBe(faction.colour);
		}
	});

	it('writes one text per labelled year on the time axis, whose content is the year', () => {
		const years = texts(byId('time-axis'));
		expect(years.length).toBeGreaterThanOrEqual(10);
		for (const year of years) expect(year).toMatch(/^19[1-3]\d$/);
		expect(years).toContain('1926');
		expect(new Set(years).size).toBe(years.length);
	});

	it('marks the cursor month, and nothing when none is given', () => {
		expect(byId('cursor')).not.toBeNull();
		const without = parseXml(storylineSvg(dataset, storyline, DEFAULT_IMAGE_CHOICES));
		expect(without.getElementById('cursor')).toBeNull();
	});

	it('leaves out what the choices leave out, and escapes the data’s text', () => {
		const bare = storylineSvg(
			{ ...dataset, meta: { ...dataset.meta, title: 'A <b> & "c"' } },
			storyline,
			{ ...DEFAULT_IMAGE_CHOICES, legend: false, source: false, date: false }
		);
		const parsed = parseXml(bare);
		expect(parsed.getElementById('title')?.textContent).toBe('A <b> & "c"');
		expect(parsed.getElementById('legend')).toBeNull();
		expect(parsed.getElementById('source')).toBeNull();
		expect(parsed.getElementById('date')).toBeNull();
	});

	it('numbers the legend’s alliances where numbers mark alliances with no room for their names', () => {
		// The built-in data names every alliance where it starts in an image: no numbers.
		expect(svg).not.toContain('mark-label');
		const crowded = syntheticDataset(500);
		const its = computeStoryline(crowded);
		const image = parseXml(storylineSvg(crowded, its, DEFAULT_IMAGE_CHOICES));
		const marks = Array.from(image.getElementsByTagName('text'))
			.filter((t) => t.getAttribute('class') === 'label mark-label')
			.map((t) => t.textContent!);
		expect(marks.length).toBeGreaterThan(5);
		const numbers = allianceNumbers(its);
		const legend = Array.from(image.getElementById('legend')!.getElementsByTagName('text')).map(
			(t) => t.textContent!
		);
		const byId = new Map(crowded.alliances.map((a) => [a.id, a.name]));
		for (const [id, number] of numbers) expect(legend).toContain(`${number} ${byId.get(id)}`);
		for (const mark of marks) expect([...numbers.values()]).toContain(Number(mark));
		// Without a legend, no number stands for anything: none is drawn.
		const bare = storylineSvg(crowded, its, { ...DEFAULT_IMAGE_CHOICES, legend: false });
		expect(bare).not.toContain('mark-label');
	});
});
