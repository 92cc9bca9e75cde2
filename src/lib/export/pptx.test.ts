import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../cli/load';
import { parseXml } from '../../../tests/unit/xml';
import type { Positions } from '../graph/arrange';
import { ATTENTION } from '../graph/encoding';
import { filterSnapshot, snapshotAt } from '../model/snapshot';
import { seriesDeck, storyDeck } from './deck';
import { writeDeck } from './pptx';

const loaded = readDataset();
if (!loaded.ok) throw new Error('the built-in dataset does not load');
const dataset = loaded.dataset;

/**
 * Everyone on stage in a grid: what is named and listed on a slide does not depend on where
 * people stand (the command line gives the flip-book's positions).
 */
function gridAt(month: string): Positions {
	const positions: Positions = {};
	snapshotAt(dataset, month).people.forEach((person, i) => {
		positions[person.id] = [(i % 6) * 120, Math.floor(i / 6) * 120];
	});
	return positions;
}

/** The parts of a deck, by name. */
function partsOf(bytes: Uint8Array): Map<string, string> {
	return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The names of the shapes of a slide, as PowerPoint's selection pane lists them. */
function shapeNames(xml: string): string[] {
	const document = parseXml(xml);
	return Array.from(document.getElementsByTagName('p:cNvPr')).map(
		(element) => element.getAttribute('name') ?? ''
	);
}

const slideCount = (parts: Map<string, string>) =>
	[...parts.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;

const story = storyDeck(dataset, 'how-stalin-won')!;

describe('writeDeck', () => {
	it('writes a title slide and one slide per step of a story, each graph in named shapes', async () => {
		expect(story.slides.length).toBeGreaterThanOrEqual(8);
		const parts = partsOf(await writeDeck(dataset, story, gridAt));
		expect(slideCount(parts)).toBe(story.slides.length + 1);
		const presentation = parseXml(parts.get('ppt/presentation.xml')!);
		expect(presentation.getElementsByTagName('p:sldId').length).toBe(story.slides.length + 1);

		story.slides.forEach((step, index) => {
			const names = shapeNames(parts.get(`ppt/slides/slide${index + 2}.xml`)!);
			const snapshot = filterSnapshot(snapshotAt(dataset, step.month), step.show);
			const count = (name: string) => names.filter((n) => n === name).length;
			for (const person of snapshot.people) {
				expect(count(`person-${person.id}`), `${step.month} person-${person.id}`).toBe(1);
				expect(count(`person-${person.id}-name`)).toBe(1);
			}
			expect(names.filter((n) => /^person-[^-]+$/.test(n))).toHaveLength(snapshot.people.length);
			const factions = new Set(snapshot.people.map((p) => p.faction).filter(Boolean));
			for (const faction of factions) expect(count(`faction-${faction}`)).toBe(1);
			expect(names.filter((n) => n.startsWith('edge-'))).toHaveLength(snapshot.edges.length);
			for (const edge of snapshot.edges)
				expect(count(`edge-${edge.alliance}-${edge.source}-${edge.target}`)).toBe(1);
			for (const name of ['title', 'date', 'caption', 'source', 'legend-status-full-glyph'])
				expect(names, `${step.month} ${name}`).toContain(name);
		});
	}, 60_000);

	it("gives each slide speaker notes with the month's events and the sources shown", async () => {
		const parts = partsOf(await writeDeck(dataset, story, gridAt));
		story.slides.forEach((step, index) => {
			const notes = parts.get(`ppt/notesSlides/notesSlide${index + 2}.xml`);
			expect(notes, `notes of slide ${index + 2}`).toBeDefined();
			const text = Array.from(parseXml(notes!).getElementsByTagName('a:t'))
				.map((t) => t.textContent)
				.join('\n');
			expect(text).toContain(step.caption!.slice(0, 40));
			for (const event of snapshotAt(dataset, step.month).events)
				expect(text).toContain(event.title);
			expect(text).toContain('Sources of this slide:');
			for (const id of step.captionSources) {
				const source = dataset.sources.find((s) => s.id === id)!;
				expect(text).toContain(source.title);
			}
		});
	}, 60_000);

	it("makes each step's focus person glow as the graph's selection, behind their glyph, and nobody else", async () => {
		const parts = partsOf(await writeDeck(dataset, story, gridAt));
		const glow = `<a:srgbClr val="${ATTENTION.selected.colour.slice(1).toUpperCase()}"><a:alpha val="${Math.round(ATTENTION.selected.opacity * 100_000)}"/>`;
		expect(story.slides.some((step) => !step.focus)).toBe(true);
		story.slides.forEach((step, index) => {
			const xml = parts.get(`ppt/slides/slide${index + 2}.xml`)!;
			const shapes = Array.from(parseXml(xml).getElementsByTagName('p:sp'));
			const nameOf = (shape: Element) =>
				shape.getElementsByTagName('p:cNvPr')[0]!.getAttribute('name') ?? '';
			const glowing = shapes.filter((shape) =>
				new XMLSerializer().serializeToString(shape).includes(glow)
			);
			expect(glowing.map(nameOf), `slide ${index + 2}`).toEqual(
				step.focus ? [`person-${step.focus}-focus`] : []
			);
			if (!step.focus) return;
			// Drawn just before (under) the person's glyph.
			const names = shapes.map(nameOf);
			expect(names.indexOf(`person-${step.focus}`)).toBe(
				names.indexOf(`person-${step.focus}-focus`) + 1
			);
		});
	}, 60_000);

	it('tells after each slide how far it is, and stops when told to', async () => {
		const months = ['1923-06', '1924-06', '1925-06'];
		const plan = seriesDeck(dataset, months);
		const told: string[] = [];
		await writeDeck(dataset, plan, gridAt, (done, total) => {
			told.push(`${done}/${total}`);
		});
		expect(told).toEqual(['1/3', '2/3', '3/3']);
		const stopped: number[] = [];
		const writing = writeDeck(dataset, plan, gridAt, (done) => {
			stopped.push(done);
			if (done === 2) throw new Error('cancelled');
		});
		await expect(writing).rejects.toThrow('cancelled');
		expect(stopped).toEqual([1, 2]);
	}, 60_000);

	it('puts who is on stage in a series deck', () => {
		const plan = seriesDeck(dataset, ['1926-10'], 'politburo');
		expect(plan.slides.map((slide) => slide.show)).toEqual(['politburo']);
		expect(seriesDeck(dataset, ['1926-10']).slides[0]!.show).toBe('everyone');
	});

	it('writes one slide per date of a series', async () => {
		const months = ['1923-06', '1924-06', '1925-06', '1926-06', '1927-06', '1928-06', '1929-06'];
		const parts = partsOf(await writeDeck(dataset, seriesDeck(dataset, months), gridAt));
		expect(slideCount(parts)).toBe(months.length + 1);
	}, 60_000);
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

/** The pages of a PDF: from `pdfinfo` where installed, else the page objects in the file. */
function pdfPages(path: string): number {
	const pdfinfo = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
	if (pdfinfo.status === 0) return Number(/^Pages:\s+(\d+)/m.exec(pdfinfo.stdout)![1]);
	return (readFileSync(path, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe.skipIf(!soffice)('the deck in LibreOffice (skipped: soffice is not on PATH)', () => {
	it('converts to a PDF of one page per slide', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'factions-deck-'));
		try {
			const deck = join(directory, 'story.pptx');
			writeFileSync(deck, await writeDeck(dataset, story, gridAt));
			execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', directory, deck], {
				env: { ...process.env, HOME: directory },
				stdio: 'ignore',
				timeout: 170_000
			});
			expect(pdfPages(join(directory, 'story.pdf'))).toBe(story.slides.length + 1);
		} finally {
			rmSync(directory, { recursive: true, force: true });
		}
	}, 180_000);
});
