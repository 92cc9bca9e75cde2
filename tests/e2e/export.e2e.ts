import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import Papa from 'papaparse';
import { GifReader } from 'omggif';
import { pngSize } from '../unit/png';
import { parseXml } from '../unit/xml';
import { expect, test } from './console';
import { chooseAnimation, download, openExport } from './export-dialog';
import { positionsOf } from './graph';

test('the Export dialog has a name, closes with Escape and gives focus back', async ({ page }) => {
	const dialog = await openExport(page);
	await expect(dialog).toHaveAccessibleName('Export October 1926');
	await expect(dialog.getByRole('radio', { name: 'PNG image' })).toBeChecked();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
});

test('PNG downloads at the exact size of each preset and of the view', async ({ page }) => {
	const dialog = await openExport(page);
	for (const [size, expected] of [
		[/16:9 slide/, { width: 1920, height: 1080 }],
		[/4K/, { width: 3840, height: 2160 }]
	] as const) {
		await dialog.getByRole('radio', { name: size }).check();
		const file = await download(page, () =>
			dialog.getByRole('button', { name: 'Download', exact: true }).click()
		);
		expect(file.name).toBe('factions-1926-10.png');
		expect(pngSize(file.bytes)).toEqual(expected);
	}
	const view = dialog.getByRole('radio', { name: /Current view/ });
	const [, width, height] = /\((\d+) × (\d+)\)/
		.exec((await dialog.getByText(/Current view/).textContent()) ?? '')!
		.map(Number);
	await view.check();
	const file = await download(page, () =>
		dialog.getByRole('button', { name: 'Download', exact: true }).click()
	);
	expect(pngSize(file.bytes)).toEqual({ width, height });
	const graphBox = (await page.getByRole('application', { name: /Faction graph/ }).boundingBox())!;
	expect(Math.abs(width! - graphBox.width)).toBeLessThanOrEqual(2);
});

test.describe('on a screen of device pixel ratio 2', () => {
	test.use({ deviceScaleFactor: 2 });
	test('a 16:9 slide PNG is still 1920 × 1080 pixels', async ({ page }) => {
		const dialog = await openExport(page);
		await dialog.getByRole('radio', { name: /16:9 slide/ }).check();
		const file = await download(page, () =>
			dialog.getByRole('button', { name: 'Download', exact: true }).click()
		);
		expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
	});
});

test('SVG has the names, the date and the legend as text, the positions on screen, and equals the command line’s', async ({
	page
}) => {
	const dialog = await openExport(page);
	await dialog.getByRole('radio', { name: /SVG image/ }).check();
	const file = await download(page, () =>
		dialog.getByRole('button', { name: 'Download', exact: true }).click()
	);
	expect(file.name).toBe('factions-1926-10.svg');
	const svg = file.bytes.toString('utf8');
	const document = parseXml(svg, 'image/svg+xml');
	const texts = Array.from(document.getElementsByTagName('text')).map((t) => t.textContent);
	expect(texts).toEqual(
		expect.arrayContaining([
			'Stalin',
			'Trotsky',
			'Bukharin',
			'October 1926',
			'Factions',
			'Politburo status',
			'Duumvirate (Stalin–Bukharin)'
		])
	);
	expect(document.documentElement!.getAttribute('viewBox')).toBe('0 0 1920 1080');

	const onScreen = await positionsOf(page, ['stalin', 'trotsky']);
	const circle = document.getElementById('person-stalin')!.getElementsByTagName('circle')[0]!;
	expect(Number(circle.getAttribute('cx'))).toBeCloseTo(onScreen.stalin!.x, 1);
	expect(Number(circle.getAttribute('cy'))).toBeCloseTo(onScreen.stalin!.y, 1);

	const out = mkdtempSync(join(tmpdir(), 'factions-e2e-'));
	try {
		execFileSync('npx', [
			'tsx',
			'src/cli/export.ts',
			'--at',
			'1926-10',
			'--format',
			'svg',
			'--out',
			out
		]);
		expect(svg).toBe(readFileSync(join(out, 'factions-1926-10.svg'), 'utf8'));
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});

test('the data formats download and read back with other tools’ parsers', async ({ page }) => {
	const dialog = await openExport(page);
	const downloadAs = async (name: RegExp) => {
		await dialog.getByRole('radio', { name }).check();
		return download(page, () =>
			dialog.getByRole('button', { name: 'Download', exact: true }).click()
		);
	};

	const json = await downloadAs(/JSON snapshot/);
	expect(json.name).toBe('factions-1926-10.json');
	const snapshot = JSON.parse(json.bytes.toString('utf8'));
	expect(snapshot.at).toBe('1926-10');
	expect(snapshot.people.map((p: { id: string }) => p.id)).toContain('stalin');

	const csv = await downloadAs(/CSV tables/);
	expect(csv.name).toBe('factions-1926-10-csv.zip');
	const tables = unzipSync(new Uint8Array(csv.bytes));
	expect(Object.keys(tables).sort()).toEqual([
		'factions-1926-10-alliances.csv',
		'factions-1926-10-people.csv'
	]);
	const people = Papa.parse<Record<string, string>>(
		strFromU8(tables['factions-1926-10-people.csv']!),
		{
			header: true,
			skipEmptyLines: true
		}
	);
	expect(people.errors).toEqual([]);
	expect(people.data.map((row) => row.ID).sort()).toEqual(
		snapshot.people.map((p: { id: string }) => p.id).sort()
	);
	// Each person's names and fate, whenever it came: Zinoviev was shot in 1936.
	expect(people.meta.fields).toEqual(
		expect.arrayContaining(['Native name', 'Aliases', 'Wikidata', 'Fate', 'Fate date'])
	);
	expect(people.data.find((row) => row.ID === 'zinoviev')).toMatchObject({
		'Native name': 'Григорий Евсеевич Зиновьев',
		Fate: 'executed',
		'Fate date': '1936-08-25',
		Sentenced: '1936-08-24',
		Rehabilitated: '1988-06-13'
	});
	expect(people.data.find((row) => row.ID === 'zinoviev')!.Aliases!.split('|')).toContain(
		'Sinowjew'
	);

	const gexf = await downloadAs(/GEXF/);
	expect(gexf.name).toBe('factions-1917-10-1938-03.gexf');
	const graph = parseGexf(Graph, gexf.bytes.toString('utf8'));
	expect(graph.hasNode('stalin')).toBe(true);
	expect(graph.hasEdge('troika:kamenev:stalin')).toBe(true);
	expect(graph.getNodeAttributes('kamenev')).toMatchObject({
		nativeName: 'Лев Борисович Каменев',
		fate: 'executed',
		fateDate: '1936-08-25',
		rehabilitated: '1988-06-13'
	});
	expect(graph.getNodeAttributes('stalin')).toMatchObject({ fate: 'died', fateDate: '1953-03-05' });

	const cyjs = await downloadAs(/Cytoscape JSON/);
	expect(cyjs.name).toBe('factions-1926-10.cyjs');
	const elements = JSON.parse(cyjs.bytes.toString('utf8')).elements;
	const onScreen = await positionsOf(page, ['stalin', 'bukharin']);
	for (const id of ['stalin', 'bukharin']) {
		const node = elements.nodes.find((n: { data: { id: string } }) => n.data.id === id);
		expect(node.position.x).toBeCloseTo(onScreen[id]!.x, 1);
		expect(node.position.y).toBeCloseTo(onScreen[id]!.y, 1);
	}
	const bukharin = elements.nodes.find(
		(n: { data: { id: string } }) => n.data.id === 'bukharin'
	).data;
	expect(bukharin).toMatchObject({
		nativeName: 'Николай Иванович Бухарин',
		fate: 'executed',
		fateDate: '1938-03-15',
		rehabilitated: '1988-02-04'
	});
});

test('every year from 1923 to 1934 comes as one zip of one valid image per year', async ({
	page
}) => {
	test.setTimeout(90_000);
	const dialog = await openExport(page);
	await dialog.getByRole('radio', { name: /SVG image/ }).check();
	await dialog.getByRole('button', { name: 'Export every year…' }).click();
	await dialog.getByLabel('From', { exact: true }).fill('1923-06');
	await dialog.getByLabel('To', { exact: true }).fill('1934-06');
	await dialog.getByLabel('Step', { exact: true }).selectOption('year');
	const zip = await download(page, () =>
		dialog.getByRole('button', { name: 'Download 12 dates as zip' }).click()
	);
	expect(zip.name).toBe('factions-1923-06-1934-06-year-svg.zip');
	const files = unzipSync(new Uint8Array(zip.bytes));
	const names = Object.keys(files).sort();
	expect(names).toHaveLength(12);
	names.forEach((name, i) => {
		expect(name).toBe(`factions-${1923 + i}-06.svg`);
		const texts = Array.from(
			parseXml(strFromU8(files[name]!), 'image/svg+xml').getElementsByTagName('text')
		).map((t) => t.textContent);
		expect(texts).toContain(`June ${1923 + i}`);
	});

	await dialog.getByRole('radio', { name: 'PNG image' }).check();
	await dialog.getByLabel('To', { exact: true }).fill('1925-06');
	const pngs = await download(page, () =>
		dialog.getByRole('button', { name: 'Download 3 dates as zip' }).click()
	);
	const images = unzipSync(new Uint8Array(pngs.bytes));
	expect(Object.keys(images).sort()).toEqual([
		'factions-1923-06.png',
		'factions-1924-06.png',
		'factions-1925-06.png'
	]);
	for (const bytes of Object.values(images))
		expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
});

test('a long series shows its progress and can be cancelled without a download', async ({
	page
}) => {
	const dialog = await openExport(page);
	await dialog.getByRole('radio', { name: /4K/ }).check();
	await dialog.getByRole('button', { name: 'Export every year…' }).click();
	await dialog.getByLabel('Step', { exact: true }).selectOption('month');
	let downloads = 0;
	page.on('download', () => downloads++);
	await dialog.getByRole('button', { name: /Download \d+ dates as zip/ }).click();
	const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
	await expect(progress).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Export cancelled: nothing was downloaded.');
	await expect(progress).toBeHidden();
	expect(downloads).toBe(0);
});

test('a PNG the browser cannot encode gives a clear message, not a blank file', async ({
	page
}) => {
	// What a browser does when it runs out of memory for a large canvas.
	await page.addInitScript(() => {
		HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
			callback(null);
		};
	});
	const dialog = await openExport(page);
	let downloads = 0;
	page.on('download', () => downloads++);
	await dialog.getByRole('radio', { name: /4K/ }).check();
	await dialog.getByRole('button', { name: 'Download', exact: true }).click();
	await expect(dialog.getByRole('alert')).toHaveText(
		/could not encode a 3840 × 2160 PNG.*Choose a smaller size, or export SVG/
	);
	expect(downloads).toBe(0);
});

test('an animated GIF of January to April 1924 downloads and decodes: a frame per month held, the transitions between', async ({
	page
}) => {
	test.setTimeout(90_000);
	const dialog = await openExport(page);
	await chooseAnimation(dialog, { start: '1924-01', end: '1924-04', stopAt: 'month' });
	await expect(dialog.getByLabel('Size', { exact: true })).toHaveValue('0');
	const file = await download(page, () =>
		dialog.getByRole('button', { name: 'Download GIF of 4 dates' }).click()
	);
	expect(file.name).toBe('factions-1924-01-1924-04-month.gif');
	const gif = new GifReader(new Uint8Array(file.bytes));
	expect([gif.width, gif.height]).toEqual([1280, 720]);
	const delays = Array.from({ length: gif.numFrames() }, (_, i) => gif.frameInfo(i).delay);
	// Each month held a second (100 hundredths), the transitions at 15 frames a second between.
	expect(delays.filter((delay) => delay === 100)).toHaveLength(4);
	expect(delays[0]).toBe(100);
	expect(delays.at(-1)).toBe(100);
	expect(delays.every((delay) => delay === 100 || delay === 7)).toBe(true);
	await expect(dialog.getByRole('status')).toHaveText(
		new RegExp(`Downloaded factions-1924-01-1924-04-month.gif: ${gif.numFrames()} frames`)
	);
	// Played back frame over frame (what did not change is transparent), the paper is white.
	const pixels = new Uint8Array(1280 * 720 * 4);
	for (let i = 0; i < gif.numFrames(); i++) gif.decodeAndBlitFrameRGBA(i, pixels);
	expect([...pixels.slice(0, 4)]).toEqual([255, 255, 255, 255]);
});

test('an animated GIF shows its progress and Cancel downloads nothing', async ({ page }) => {
	const dialog = await openExport(page);
	await dialog.getByRole('button', { name: 'Animated GIF or video…' }).click();
	await dialog.getByLabel('Size', { exact: true }).selectOption('1');
	let downloads = 0;
	page.on('download', () => downloads++);
	await dialog.getByRole('button', { name: /Download GIF of \d+ dates/ }).click();
	const progress = dialog.getByRole('progressbar', { name: 'GIF progress' });
	await expect(progress).toBeVisible();
	await expect(dialog.getByText(/^[1-9]\d* of \d+ frames$/)).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Export cancelled: nothing was downloaded.');
	await expect(progress).toBeHidden();
	expect(downloads).toBe(0);
});

test('a GIF frame is the picture the PNG export draws of the same month', async ({ page }) => {
	test.setTimeout(90_000);
	const dialog = await openExport(page);
	await dialog.getByRole('radio', { name: /16:9 slide/ }).check();
	const png = await download(page, () =>
		dialog.getByRole('button', { name: 'Download', exact: true }).click()
	);
	await chooseAnimation(dialog, { start: '1926-10', end: '1926-10' });
	await dialog.getByLabel('Size', { exact: true }).selectOption('1');
	const gif = await download(page, () =>
		dialog.getByRole('button', { name: 'Download GIF of 1 date' }).click()
	);
	// Both pictures side by side in the page's own image decoders: the PNG drawn by the browser
	// from the SVG, the GIF's frame painted by our painter and mapped to the GIF's palette.
	const differing = await page.evaluate(
		async ([pngBase64, gifBase64]) => {
			const pixelsOf = async (base64: string, type: string) => {
				const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type }));
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const context = canvas.getContext('2d')!;
				context.drawImage(bitmap, 0, 0);
				return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
			};
			const [a, b] = [
				await pixelsOf(pngBase64, 'image/png'),
				await pixelsOf(gifBase64, 'image/gif')
			];
			if (a.length !== b.length) return { size: false, share: 1, inked: 0 };
			let differ = 0;
			let inked = 0;
			for (let i = 0; i < a.length; i += 4) {
				const gap = Math.max(
					Math.abs(a[i]! - b[i]!),
					Math.abs(a[i + 1]! - b[i + 1]!),
					Math.abs(a[i + 2]! - b[i + 2]!)
				);
				if (gap > 64) differ++;
				if (a[i]! + a[i + 1]! + a[i + 2]! < 600) inked++;
			}
			return { size: true, share: differ / (a.length / 4), inked: inked / (a.length / 4) };
		},
		[png.bytes.toString('base64'), gif.bytes.toString('base64')] as const
	);
	expect(differing.size).toBe(true);
	// The picture is not blank (a blank pair would agree), and they agree but for antialiasing.
	expect(differing.inked).toBeGreaterThan(0.02);
	expect(differing.share).toBeLessThan(0.005);
});

test('where workers cannot paint, the page paints the frames, and the GIF is the same', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const gifOf = async (target: typeof page) => {
		const dialog = await openExport(target);
		await chooseAnimation(dialog, { start: '1926-09', end: '1926-10' });
		return download(target, () =>
			dialog.getByRole('button', { name: 'Download GIF of 2 dates' }).click()
		);
	};
	const inWorker = await gifOf(page);
	const other = await context.newPage();
	await other.addInitScript(() => {
		delete (globalThis as { OffscreenCanvasRenderingContext2D?: unknown })
			.OffscreenCanvasRenderingContext2D;
	});
	const onPage = await gifOf(other);
	const gif = new GifReader(new Uint8Array(inWorker.bytes));
	expect(gif.numFrames()).toBeGreaterThan(2);
	expect(onPage.bytes.equals(inWorker.bytes)).toBe(true);
});
