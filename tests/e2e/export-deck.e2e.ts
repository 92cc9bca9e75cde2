import { strFromU8, unzipSync } from 'fflate';
import { parseXml } from '../unit/xml';
import { expect, test } from './console';
import { chooseDeckOfMonths, download, openExport } from './export-dialog';

/** The parts of a deck, by name. */
function partsOf(bytes: Uint8Array): Map<string, string> {
	return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const slideCount = (parts: Map<string, string>) =>
	[...parts.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;

/** The names of the shapes of a slide, as PowerPoint's selection pane lists them. */
const shapeNames = (xml: string) =>
	Array.from(parseXml(xml).getElementsByTagName('p:cNvPr')).map((e) => e.getAttribute('name'));

const count = (names: (string | null)[], name: string) => names.filter((n) => n === name).length;

test('a story downloads as a PowerPoint deck: a title slide, a slide per step, the graph in named shapes', async ({
	page
}) => {
	test.setTimeout(90_000);
	const dialog = await openExport(page);
	await dialog.getByRole('button', { name: 'Slide deck (PowerPoint)…' }).click();
	await expect(dialog.getByLabel('Slides of', { exact: true })).toHaveValue('how-stalin-won');
	const file = await download(page, () =>
		dialog.getByRole('button', { name: 'Download deck of 12 slides and a title' }).click()
	);
	expect(file.name).toBe('factions-story-how-stalin-won.pptx');
	await expect(dialog.getByRole('status')).toHaveText(
		/^Downloaded factions-story-how-stalin-won\.pptx: a title slide and 12 slides, \d+ KB\.$/
	);
	const parts = partsOf(new Uint8Array(file.bytes));
	expect(slideCount(parts)).toBe(13);
	const presentation = parseXml(parts.get('ppt/presentation.xml')!);
	// 16:9: PowerPoint's widescreen slide, 13.333 × 7.5 inches in EMU.
	const size = presentation.getElementsByTagName('p:sldSz')[0]!;
	expect(Number(size.getAttribute('cx')) / Number(size.getAttribute('cy'))).toBeCloseTo(16 / 9, 2);
	// The step of October 1926 (the United Opposition's recantation): its people and factions.
	const names = shapeNames(parts.get('ppt/slides/slide9.xml')!);
	expect(count(names, 'person-stalin')).toBe(1);
	expect(count(names, 'person-trotsky')).toBe(1);
	expect(count(names, 'faction-centre')).toBe(1);
	expect(names).toContain('caption');
	expect(parts.get('ppt/notesSlides/notesSlide9.xml')).toContain('Sources of this slide:');
});

test('months listed by hand make a deck of a slide each, and Cancel stops a long deck', async ({
	page
}) => {
	test.setTimeout(90_000);
	const dialog = await openExport(page);
	await chooseDeckOfMonths(dialog, '1926-10, 1924-01 1927-12');
	const file = await download(page, () =>
		dialog.getByRole('button', { name: 'Download deck of 3 slides and a title' }).click()
	);
	expect(file.name).toBe('factions-1924-01-1927-12-chosen.pptx');
	const parts = partsOf(new Uint8Array(file.bytes));
	expect(slideCount(parts)).toBe(4);
	for (const slide of [2, 3, 4]) {
		const names = shapeNames(parts.get(`ppt/slides/slide${slide}.xml`)!);
		expect(count(names, 'person-stalin'), `slide ${slide}`).toBe(1);
		expect(count(names, 'faction-centre'), `slide ${slide}`).toBe(1);
	}
	const slide2 = parts.get('ppt/slides/slide2.xml')!;
	expect(slide2).toContain('January 1924');

	await dialog.getByLabel('Months', { exact: true }).fill('1926-10, 1941-01');
	await dialog.getByRole('button', { name: /Download deck of/ }).click();
	await expect(dialog.getByRole('alert')).toHaveText(/1941-01 is outside the data/);

	let downloads = 0;
	page.on('download', () => downloads++);
	await dialog.getByLabel('Dates', { exact: true }).selectOption('month');
	await dialog.getByLabel('First date', { exact: true }).fill('1923-01');
	await dialog.getByLabel('Last date', { exact: true }).fill('1929-12');
	await dialog.getByRole('button', { name: 'Download deck of 84 slides and a title' }).click();
	const progress = dialog.getByRole('progressbar', { name: 'Deck progress' });
	await expect(dialog.getByText(/^[1-9]\d* of 84 slides$/)).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Export cancelled: nothing was downloaded.');
	await expect(progress).toBeHidden();
	expect(downloads).toBe(0);
});
