import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pngSize } from '../unit/png';
import { parseXml } from '../unit/xml';
import { expect, test } from './console';
import { dropFiles } from './files';

interface GraphHook {
	positionOf(id: string): { x: number; y: number } | null;
	renderedPositionOf(id: string): { x: number; y: number } | null;
	isAnimating(): boolean;
}

/** Waits until both panels are drawn and still, then returns where `id` is drawn in each. */
async function renderedInBoth(page: Page, id: string) {
	await page.waitForFunction(() => {
		const graphs = (window as unknown as { __factionsGraphs?: Record<string, GraphHook> })
			.__factionsGraphs;
		return graphs?.a && graphs.b && !graphs.a.isAnimating() && !graphs.b.isAnimating();
	});
	return page.evaluate((person) => {
		const graphs = (window as unknown as { __factionsGraphs: Record<string, GraphHook> })
			.__factionsGraphs;
		return { a: graphs.a!.renderedPositionOf(person), b: graphs.b!.renderedPositionOf(person) };
	}, id);
}

const difference = (page: Page) => page.getByRole('region', { name: /What changed from/ });
const row = (page: Page, heading: string) =>
	difference(page)
		.getByRole('definition')
		.filter({
			has: page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${heading}"]`)
		});

test('1924 against 1929: both years, who left and joined, which alliances ended and began', async ({
	page
}) => {
	await page.goto('/compare');
	await expect(
		page.getByRole('heading', { name: 'June 1924', level: 2, exact: true })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'June 1929', level: 2, exact: true })
	).toBeVisible();
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1924/ })
	).toBeVisible();
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1929/ })
	).toBeVisible();

	await expect(row(page, 'Left the Politburo')).toContainText('Trotsky — Oct 1926');
	await expect(row(page, 'Joined the Politburo as full members')).toContainText(
		'Molotov (was a candidate) — Jan 1926'
	);
	await expect(row(page, 'Alliances dissolved')).toContainText('Troika');
	await expect(row(page, 'Alliances formed')).toContainText('Right Opposition');

	await row(page, 'Left the Politburo').getByRole('link', { name: 'Oct 1926' }).first().click();
	await expect(page).toHaveURL(
		/\/\?at=1926-10&focus=(dzerzhinsky|frunze|kamenev|sokolnikov|trotsky|zinoviev)/
	);
});

test('a person present at both dates stands in the same place in both panels', async ({ page }) => {
	await page.goto('/compare?a=1924-06&b=1929-06');
	for (const id of ['stalin', 'bukharin', 'rykov', 'molotov']) {
		const { a, b } = await renderedInBoth(page, id);
		expect(a, id).not.toBeNull();
		expect(Math.abs(a!.x - b!.x), id).toBeLessThanOrEqual(1);
		expect(Math.abs(a!.y - b!.y), id).toBeLessThanOrEqual(1);
	}
	const trotsky = await renderedInBoth(page, 'trotsky');
	expect(trotsky.a).not.toBeNull();
	expect(trotsky.b).toBeNull();
	const bukharin = await renderedInBoth(page, 'bukharin');
	const zinoviev = await page.evaluate(() =>
		(
			window as unknown as { __factionsGraphs: Record<string, GraphHook> }
		).__factionsGraphs.a!.renderedPositionOf('zinoviev')
	);
	// The Left stands left of the Right in both panels.
	expect(trotsky.a!.x).toBeLessThan(bukharin.a!.x);
	expect(zinoviev!.x).toBeLessThan(bukharin.b!.x);
});

test('the panels are drawn element by element, never through one texture of the whole graph', async ({
	page
}) => {
	await page.goto('/compare?a=1924-06&b=1929-06');
	await renderedInBoth(page, 'stalin');
	// Cytoscape's layer texture made the longest task of opening big panels (see `view.ts`).
	// Asked as on its very first frame (when it makes one whatever else is going on), each
	// panel's layer cache gives none.
	const given = await page.evaluate(() => {
		interface LayerCache {
			firstGet: boolean;
			getLayers(elements: unknown, pixelRatio: number): unknown;
		}
		const graphs = (
			window as unknown as {
				__factionsGraphs: Record<
					string,
					{ cy: { renderer(): { data: { lyrTxrCache?: LayerCache } }; elements(): unknown } }
				>;
			}
		).__factionsGraphs;
		return [graphs.a!, graphs.b!].map(({ cy }) => {
			const cache = cy.renderer().data.lyrTxrCache;
			if (!cache) return 'cytoscape has no layer cache here';
			cache.firstGet = true;
			return cache.getLayers(cy.elements(), 1) === null ? 'none' : 'layers';
		});
	});
	expect(given).toEqual(['none', 'none']);
});

test('swap, keyboard dates, and Back', async ({ page }) => {
	await page.goto('/compare?a=1924-06&b=1929-06');
	await page.getByRole('button', { name: /Swap/ }).click();
	await expect(page).toHaveURL(/a=1929-06&b=1924-06/);
	// The first panel's heading (the storyline's comes before the panels).
	await expect(page.locator('section:has(> h2#panel-a)').getByRole('heading')).toHaveText(
		'June 1929'
	);
	// The other direction: what left going forward has joined going back.
	await expect(row(page, 'Joined the Politburo as full members')).toContainText('Trotsky');

	const second = page.getByRole('slider', { name: 'Second date' });
	await second.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/b=1924-07/);
	await expect(second).toHaveAttribute('aria-valuetext', 'July 1924');
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/b=1925-07/);
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/b=1938-03/);
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(/b=1917-10/);

	await page.goBack();
	await expect(page).toHaveURL(/b=1938-03/);
	await expect(page.locator('section:has(> h2#panel-b)').getByRole('heading')).toHaveText(
		'March 1938'
	);
});

test('a date against itself shows no difference; a bad date falls back with a notice', async ({
	page
}) => {
	await page.goto('/compare?a=1927-03&b=1927-03');
	await expect(difference(page)).toContainText('No difference');

	await page.goto('/compare?a=1924-13&b=1929');
	const notice = page.getByRole('status').filter({ hasText: '"1924-13" is not a date' });
	await expect(notice).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'June 1924', level: 2, exact: true })
	).toBeVisible();
	await notice.getByRole('button', { name: /Dismiss/ }).click();
	await expect(notice).toHaveCount(0);
});

test('the same bad date twice shows the page with its notice, which the user can dismiss', async ({
	page
}) => {
	await page.goto('/compare?a=x&b=x');
	const notices = page.getByRole('status').filter({ hasText: '"x" is not a date' });
	await expect(notices.first()).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'June 1924', level: 2, exact: true })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'June 1929', level: 2, exact: true })
	).toBeVisible();
	await expect(page.getByRole('slider', { name: 'First date' })).toBeVisible();
	const shown = await notices.count();
	await notices.first().getByRole('button', { name: 'Dismiss' }).click();
	await expect(notices).toHaveCount(shown - 1);
	await expect(page.getByRole('slider', { name: 'Second date' })).toBeVisible();
});

test('selecting a person shows their change and highlights them in both panels', async ({
	page
}) => {
	await page.goto('/compare?a=1926-10&b=1928-10&focus=uglanov');
	const change = page.getByRole('region', { name: /Nikolai .*Uglanov/ });
	await expect(change).toBeVisible();
	await expect(change.getByRole('row', { name: /Faction/ })).toContainText(/Centre.*Right/);
	const drawn = await renderedInBoth(page, 'uglanov');
	expect(drawn.a).not.toBeNull();
	expect(drawn.b).not.toBeNull();
	const classes = await page.evaluate(() => {
		const graphs = (
			window as unknown as {
				__factionsGraphs: Record<
					string,
					{ cy: { getElementById(id: string): { classes(): string[] } } }
				>;
			}
		).__factionsGraphs;
		return [graphs.a!, graphs.b!].map((g) => g.cy.getElementById('uglanov').classes());
	});
	for (const list of classes) expect(list).toContain('selected');
	// He changed faction: the later panel marks where he stood before.
	const ghost = await page.evaluate(() =>
		(
			window as unknown as {
				__factionsGraphs: Record<
					string,
					{ cy: { getElementById(id: string): { empty(): boolean } } }
				>;
			}
		).__factionsGraphs
			.b!.cy.getElementById('ghost:uglanov')
			.empty()
	);
	expect(ghost).toBe(false);
	await expect(change).not.toContainText('Left the stage');
	await change.getByRole('button', { name: 'Close' }).click();
	await expect(page).not.toHaveURL(/focus=/);
});

test('a person who died between the two dates shows how', async ({ page }) => {
	await page.goto('/compare?a=1934-06&b=1935-06&focus=kirov');
	const change = page.getByRole('region', { name: /Kirov/ });
	await expect(change).toBeVisible();
	await expect(change.getByRole('row', { name: /Politburo/ })).toContainText('Not on stage');
	await expect(change).toContainText('Left the stage: Killed 1 December 1934.');
});

test('the explorer opens the comparison from its current month', async ({ page }) => {
	await page.goto('/?at=1924-06');
	await page.getByRole('link', { name: 'Compare with…' }).click();
	await expect(page).toHaveURL(/\/compare\?a=1924-06&b=1929-06/);
	await expect(
		page.getByRole('heading', { name: 'June 1929', level: 2, exact: true })
	).toBeVisible();
});

test('the comparison exports as one image: both panels, their marks and the difference', async ({
	page
}) => {
	await page.goto('/compare?a=1924-06&b=1929-06');
	await renderedInBoth(page, 'stalin');
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export June 1924 against June 1929' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('radio', { name: /GEXF/ })).toHaveCount(0);

	const download = async () => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: 'Download', exact: true }).click()
		]);
		return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
	};
	const png = await download();
	expect(png.name).toBe('factions-compare-1924-06-1929-06.png');
	expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });

	await dialog.getByRole('radio', { name: /SVG/ }).check();
	const svg = await download();
	expect(svg.name).toBe('factions-compare-1924-06-1929-06.svg');
	const document = parseXml(svg.bytes.toString('utf8'), 'image/svg+xml');
	const texts = Array.from(document.getElementsByTagName('text')).map((t) => t.textContent);
	expect(texts).toEqual(expect.arrayContaining(['June 1924', 'June 1929']));
	expect(texts.join(' ')).toMatch(/Left the Politburo: .*Trotsky \(Oct 1926\)/);
	expect(document.getElementById('panel-1-person-trotsky')?.getAttribute('class')).toContain(
		'departed'
	);
	expect(document.getElementById('panel-2-person-kaganovich')?.getAttribute('class')).toContain(
		'arrived'
	);
	expect(document.getElementById('legend-change-arrived')).not.toBeNull();
});

test('a dataset the user opened is compared too', async ({ page }) => {
	const example = readFileSync(
		new URL('../../static/examples/cultural-revolution.json', import.meta.url),
		'utf8'
	);
	await page.goto('/');
	await dropFiles(page, [{ name: 'cultural-revolution.json', text: example }]);
	await expect(page.getByTestId('dataset-title')).toHaveText(/Cultural Revolution/);
	await expect(page.getByRole('region', { name: 'Dataset' })).toContainText(
		': kept in this browser'
	);
	await page.getByRole('link', { name: 'Compare with…' }).click();
	await expect(page).toHaveURL(/\/compare\?a=1966-05&b=1971-05/);
	await expect(page.getByText(/Cultural Revolution, 1966–1976: two dates compared/)).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'May 1966', level: 2, exact: true })
	).toBeVisible();
	await expect(row(page, 'Left the Politburo')).toContainText('Liu Shaoqi — Oct 1968');
	const { a, b } = await renderedInBoth(page, 'zhou-enlai');
	expect(Math.abs(a!.x - b!.x)).toBeLessThanOrEqual(1);
	expect(Math.abs(a!.y - b!.y)).toBeLessThanOrEqual(1);

	// Dates the URL does not give fall inside this dataset, not at the built-in data's defaults.
	await page.goto('/compare');
	await expect(page.getByRole('slider', { name: 'First date' })).toHaveAttribute(
		'aria-valuetext',
		/196[89]/
	);
	await expect(page.getByRole('status').filter({ hasText: 'outside' })).toHaveCount(0);
});
