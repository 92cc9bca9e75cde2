import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { main as exportMain } from '../../src/cli/export';
import { readDataset } from '../../src/cli/load';
import { main as snapshotMain } from '../../src/cli/snapshot';
import { DEFAULT_IMAGE_CHOICES, snapshotSvg } from '../../src/lib/export/image';
import { storylineSvg } from '../../src/lib/export/svg-storyline';
import { computeStoryline } from '../../src/lib/model/storyline';
import { computeFlipbook } from '../../src/lib/graph/flipbook';
import { snapshotAt } from '../../src/lib/model/snapshot';
import { runCli } from './cli';
import { pngSize } from './png';
import { parseXml } from './xml';

const out = mkdtempSync(join(tmpdir(), 'factions-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(exportMain, ...args);

// The flip-book and the PNGs take seconds on a busy machine.
describe('npm run export', { timeout: 60_000 }, () => {
	it.each([
		[['--at', '1926-13', '--out', out], /--at "1926-13" is not a date/],
		[['--at', '1950', '--out', out], /outside the dataset's range/],
		[['--at', '1926', '--format', 'bmp', '--out', out], /--format "bmp" is not one of/],
		[['--at', '1926', '--size', '10x', '--out', out], /--size "10x" is not a size/],
		[['--from', '1923', '--out', out], /give --at DATE, or --from DATE and --to DATE/],
		[['--at', '1926'], /--out DIR is required/],
		[['--at', '1926', '--out', out, '--colour', 'red'], /unknown argument "--colour"/],
		[['--at', '--out', out], /--at needs a value/],
		[['--view', 'table', '--out', out], /--view "table" is not one of graph, storyline/],
		[
			['--view', 'storyline', '--format', 'csv', '--out', out],
			/not one of svg, png for --view storyline/
		],
		[
			['--view', 'storyline', '--from', '1920', '--out', out],
			/--from does not apply to --view storyline/
		],
		[
			['--view', 'storyline', '--show', 'all', '--out', out],
			/--show "all" is not everyone or politburo/
		],
		[
			['--at', '1926', '--show', 'politburo', '--out', out],
			/--show applies to --view storyline only/
		],
		[
			['--story', 'how-stalin-won', '--out', out],
			/--story applies to --format pptx, gif, png-frames only/
		],
		[
			['--story', 'how-trotsky-won', '--format', 'pptx', '--out', out],
			/no story "how-trotsky-won" in the dataset: expected one of how-stalin-won/
		],
		[
			['--story', 'how-stalin-won', '--at', '1926', '--format', 'pptx', '--out', out],
			/--at does not apply to --story/
		],
		[['--view', 'storyline', '--format', 'pptx', '--out', out], /--format pptx draws the graph/]
	])('exits 2 with one line for %j', async (args, message) => {
		const result = await run(...args);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/^export: /);
		expect(result.stdout).toBe('');
	});

	it('runs as a script: the real entry reads its arguments and exits with the code', () => {
		const result = spawnSync(
			'npx',
			['tsx', 'src/cli/export.ts', '--at', '1926', '--out', out, '--colour', 'red'],
			{ encoding: 'utf8' }
		);
		expect(result.status).toBe(2);
		expect(
			result.stderr
				.trim()
				.split('\n')
				.filter((l) => l.startsWith('export:'))
		).toEqual([expect.stringMatching(/^export: unknown argument "--colour"/)]);
	});

	it('writes one image per year at the exact size, with the positions the app computes', async () => {
		const dir = join(out, 'years');
		const svg = await run(
			'--from',
			'1923',
			'--to',
			'1926',
			'--step',
			'year',
			'--format',
			'svg',
			'--out',
			dir
		);
		expect(svg.status, svg.stderr).toBe(0);
		const png = await run(
			'--from',
			'1923',
			'--to',
			'1926',
			'--format',
			'png',
			'--size',
			'800x450',
			'--out',
			dir
		);
		expect(png.status, png.stderr).toBe(0);
		const names = readdirSync(dir).sort();
		expect(names).toEqual(
			['1923-06', '1924-06', '1925-06', '1926-06'].flatMap((m) => [
				`factions-${m}.png`,
				`factions-${m}.svg`
			])
		);
		for (const name of names.filter((n) => n.endsWith('.png')))
			expect(pngSize(readFileSync(join(dir, name)))).toEqual({ width: 800, height: 450 });

		const loaded = readDataset();
		if (!loaded.ok) throw new Error('the built-in dataset is not valid');
		const dataset = loaded.dataset;
		const positions = computeFlipbook(dataset).positions['1924-06']!;
		const written = readFileSync(join(dir, 'factions-1924-06.svg'), 'utf8');
		expect(written).toBe(
			snapshotSvg(dataset, snapshotAt(dataset, '1924-06'), positions, DEFAULT_IMAGE_CHOICES)
		);
		const document = parseXml(written);
		const cx = document
			.getElementById('person-stalin')!
			.getElementsByTagName('circle')[0]!
			.getAttribute('cx');
		expect(Number(cx)).toBeCloseTo(positions.stalin![0], 1);
	});

	it('writes the data formats: JSON as the snapshot command, two CSV tables, Cytoscape JSON and GEXF', async () => {
		const dir = join(out, 'data');
		for (const format of ['json', 'csv', 'cyjs', 'gexf']) {
			const result = await run('--at', '1926-10', '--format', format, '--out', dir);
			expect(result.status, result.stderr).toBe(0);
			expect(result.stdout).toMatch(/^wrote \d files? to /);
			expect(result.stdout).toContain(dir);
		}
		expect(readdirSync(dir).sort()).toEqual([
			'factions-1917-10-1938-03.gexf',
			'factions-1926-10-alliances.csv',
			'factions-1926-10-people.csv',
			'factions-1926-10.cyjs',
			'factions-1926-10.json'
		]);
		const snapshot = await runCli(snapshotMain, '--at', '1926-10');
		expect(snapshot.status, snapshot.stderr).toBe(0);
		expect(readFileSync(join(dir, 'factions-1926-10.json'), 'utf8')).toBe(snapshot.stdout);
		const people = Papa.parse(readFileSync(join(dir, 'factions-1926-10-people.csv'), 'utf8'), {
			header: true,
			skipEmptyLines: true
		});
		expect(people.errors).toEqual([]);
		expect(people.data.length).toBe(JSON.parse(snapshot.stdout).people.length);
		const cyjs = JSON.parse(readFileSync(join(dir, 'factions-1926-10.cyjs'), 'utf8'));
		expect(cyjs.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain('stalin');
		const graph = parse(Graph, readFileSync(join(dir, 'factions-1917-10-1938-03.gexf'), 'utf8'));
		expect(graph.hasNode('trotsky')).toBe(true);
	});

	it('writes slide decks of a story and of a series of years, one slide per step or year and a title slide', async () => {
		const dir = join(out, 'decks');
		const story = await run('--story', 'how-stalin-won', '--format', 'pptx', '--out', dir);
		expect(story.status, story.stderr).toBe(0);
		const series = await run(
			...['--from', '1923', '--to', '1929', '--step', 'year', '--format', 'pptx', '--out', dir]
		);
		expect(series.status, series.stderr).toBe(0);
		expect(readdirSync(dir).sort()).toEqual([
			'factions-1923-06-1929-06-year.pptx',
			'factions-story-how-stalin-won.pptx'
		]);
		const slides = (name: string) =>
			Object.keys(unzipSync(readFileSync(join(dir, name)))).filter((part) =>
				/^ppt\/slides\/slide\d+\.xml$/.test(part)
			).length;
		const loaded = readDataset();
		if (!loaded.ok) throw new Error('the built-in dataset is not valid');
		const steps = loaded.dataset.stories!.find((s) => s.id === 'how-stalin-won')!.steps.length;
		expect(slides('factions-story-how-stalin-won.pptx')).toBe(steps + 1);
		expect(slides('factions-1923-06-1929-06-year.pptx')).toBe(7 + 1);
	});

	it('writes the storyline as SVG and PNG, the same file the app makes from the same choices', async () => {
		const dir = join(out, 'storyline');
		const svg = await run(
			'--view',
			'storyline',
			'--show',
			'politburo',
			'--at',
			'1926-10',
			'--out',
			dir
		);
		expect(svg.status, svg.stderr).toBe(0);
		const png = await run(
			'--view',
			'storyline',
			'--format',
			'png',
			'--size',
			'1440x900',
			'--out',
			dir
		);
		expect(png.status, png.stderr).toBe(0);
		expect(readdirSync(dir).sort()).toEqual([
			'factions-storyline-1917-10-1938-03.png',
			'factions-storyline-1917-10-1938-03.svg'
		]);
		expect(pngSize(readFileSync(join(dir, 'factions-storyline-1917-10-1938-03.png')))).toEqual({
			width: 1440,
			height: 900
		});
		const loaded = readDataset();
		if (!loaded.ok) throw new Error('the built-in dataset is not valid');
		const dataset = loaded.dataset;
		const written = readFileSync(join(dir, 'factions-storyline-1917-10-1938-03.svg'), 'utf8');
		expect(written).toBe(
			storylineSvg(
				dataset,
				computeStoryline(dataset, { filter: 'politburo' }),
				DEFAULT_IMAGE_CHOICES,
				{
					cursor: '1926-10'
				}
			)
		);
		const document = parseXml(written);
		expect(document.getElementById('line-stalin')?.tagName).toBe('path');
		expect(document.getElementById('line-radek')).toBeNull();
		expect(document.getElementById('cursor')).not.toBeNull();
	});
});
