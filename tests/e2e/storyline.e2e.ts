import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pngSize } from '../unit/png';
import { parseXml } from '../unit/xml';
import { expect, test } from './console';

/** The built-in data's range: October 1917 to March 1938. */
const MONTHS = 246;
const indexOf = (month: string) =>
	(Number(month.slice(0, 4)) - 1917) * 12 + Number(month.slice(5, 7)) - 10;

/** Opens the explorer at `query` and waits for the storyline to be drawn, names and all. */
async function openStoryline(page: Page, query = '') {
	await page.goto(`/${query}`);
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
	const region = page.getByRole('region', { name: 'Storyline' });
	await expect(region).toBeVisible();
	// Drawn: the lines are there, then their names (placed after them).
	await expect(region.locator('[data-person="stalin"]')).toHaveCount(1);
	await expect(region.locator('text[data-name-of="stalin"]').first()).toBeAttached();
	return region;
}

/** Where month `month` sits along the time bar's track, in page pixels (the thumb's centre). */
async function trackX(page: Page, month: string) {
	const box = (await page.getByRole('slider', { name: 'Date' }).boundingBox())!;
	const thumb = 18;
	return box.x + thumb / 2 + ((box.width - thumb) * indexOf(month)) / (MONTHS - 1);
}

test('the storyline sits in the time bar’s frame: the cursor is at the slider’s month', async ({
	page
}) => {
	const region = await openStoryline(page, '?at=1926-10');
	const cursor = (await region.locator('.cursor').boundingBox())!;
	expect(cursor.x + cursor.width / 2).toBeCloseTo(await trackX(page, '1926-10'), 0);
	// Playback and the slider move it: one month on with the keyboard on the slider.
	await page.getByRole('slider', { name: 'Date' }).press('ArrowRight');
	await expect(page).toHaveURL(/at=1926-11/);
	const moved = (await region.locator('.cursor').boundingBox())!;
	expect(moved.x + moved.width / 2).toBeCloseTo(await trackX(page, '1926-11'), 0);
});

test('clicking the storyline moves the date and the URL', async ({ page }) => {
	const region = await openStoryline(page, '?at=1924-06');
	const plot = region.getByRole('application', { name: /Storyline/ });
	const box = (await plot.boundingBox())!;
	// Near the top edge, above the bands: a month, no line.
	await page.mouse.click(await trackX(page, '1928-01'), box.y + 2);
	await expect(page).toHaveURL(/at=1928-01/);
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
		'aria-valuetext',
		'January 1928'
	);
	await expect(page).not.toHaveURL(/focus=/);
});

test('selecting Stalin in search highlights his line and his allies’ lines and says his path', async ({
	page
}) => {
	const region = await openStoryline(page, '?at=1926-06');
	// Featured with nobody selected.
	await expect(region.locator('[data-person="stalin"]')).toHaveAttribute('data-emphasis', 'strong');
	const search = page.getByRole('combobox', { name: 'Find a person' });
	await search.fill('Stalin');
	await search.press('Enter');
	await expect(page).toHaveURL(/focus=stalin/);
	await expect(region.locator('[data-person="stalin"]')).toHaveAttribute(
		'data-emphasis',
		'selected'
	);
	await expect(region.locator('[data-person="bukharin"]')).toHaveAttribute(
		'data-emphasis',
		'strong'
	);
	await expect(region.locator('[data-person="trotsky"]')).toHaveAttribute(
		'data-emphasis',
		'dimmed'
	);
	await expect(region.getByText(/^Stalin: Centre throughout\. /)).toContainText(
		'Duumvirate (Stalin–Bukharin) with Bukharin, Dec 1925 – Jun 1928.'
	);
});

test('the Politburo-only filter applies to the storyline', async ({ page }) => {
	test.setTimeout(60_000);
	const region = await openStoryline(page, '?at=1926-06');
	await expect(region.locator('[data-person="radek"]')).toHaveCount(1);
	await page.getByRole('radio', { name: 'Politburo members only' }).check();
	await expect(page).toHaveURL(/show=politburo/);
	await expect(region.locator('[data-person="radek"]')).toHaveCount(0, { timeout: 30_000 });
	await expect(region.locator('[data-person="stalin"]')).toHaveCount(1);
});

test('clicking a line selects the person', async ({ page }) => {
	const region = await openStoryline(page, '?at=1926-06');
	// Hovering says who, their faction and alliances; clicking selects.
	const plot = region.getByRole('application', { name: /Storyline/ });
	const box = (await plot.boundingBox())!;
	// A month other than the page's, so that the click changes both the month and the selection.
	const x = await trackX(page, '1926-09');
	// Sweep down that month until the pointer is on a line: its name shows at once.
	const tip = region.getByRole('tooltip');
	for (let y = box.y + 10; y < box.y + box.height; y += 3) {
		await page.mouse.move(x, y);
		if (await tip.isVisible()) break;
	}
	// Then who, their faction and alliances that month.
	await expect(tip).toHaveText(/^\s*[^,]+, September 1926: .+\./);
	const person = (await tip.textContent())!.trim().split(',')[0]!;
	await page.mouse.down();
	await page.mouse.up();
	await expect(page).toHaveURL(/at=1926-09&focus=/);
	await expect(region.getByText(new RegExp(`^${person}: `))).toBeVisible();
	// One click, one history entry: Back returns to the page as it was, with nobody selected.
	await page.goBack();
	await expect(page).toHaveURL(/\?at=1926-06$/);
});

test('the keyboard moves the month, goes through the people at the cursor and selects', async ({
	page
}) => {
	const region = await openStoryline(page, '?at=1926-06');
	const plot = region.getByRole('application', { name: /Storyline/ });
	await plot.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/at=1926-07/);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/at=1926-05/);
	await page.keyboard.press('ArrowDown');
	const readout = region.locator(`#${await plot.getAttribute('aria-describedby')}`);
	await expect(readout).toHaveText(/^\S[^,]*, May 1926: /);
	const first = (await readout.textContent())!.split(',')[0]!;
	await page.keyboard.press('ArrowDown');
	await expect(readout).not.toHaveText(new RegExp(`^${first},`));
	const second = (await readout.textContent())!.split(',')[0]!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/focus=/);
	await expect(region.getByText(new RegExp(`^${second}: `))).toBeVisible();
});

test('the storyline is hidden in present mode and can be folded away', async ({ page }) => {
	const region = await openStoryline(page);
	await region.getByRole('button', { name: 'Hide' }).click();
	await expect(region.getByRole('application', { name: /Storyline/ })).toBeHidden();
	await region.getByRole('button', { name: 'Show' }).click();
	await expect(region.getByRole('application', { name: /Storyline/ })).toBeVisible();
	await page.goto('/?story=how-stalin-won&step=1');
	await expect(page.getByRole('dialog', { name: /Presentation/ })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Storyline' })).toHaveCount(0);
});

test('the Export dialog gives the storyline as SVG and PNG, the same file as the command line', async ({
	page
}) => {
	await openStoryline(page, '?at=1924-06');
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: /^Export / });
	await dialog.getByRole('radio', { name: /Storyline of the whole range, as SVG/ }).check();
	await dialog.getByRole('radio', { name: /16:9 slide/ }).check();
	const [svgFile] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download', exact: true }).click()
	]);
	const svg = readFileSync((await svgFile.path())!, 'utf8');
	const document = parseXml(svg, 'image/svg+xml');
	expect(document.getElementById('line-stalin')?.tagName).toBe('path');
	expect(document.getElementById('band-centre')).not.toBeNull();
	const years = Array.from(document.getElementsByTagName('text'))
		.filter((t) => t.getAttribute('class') === 'year')
		.map((t) => t.textContent);
	expect(years).toEqual(Array.from({ length: 21 }, (_, i) => String(1918 + i)));

	const out = mkdtempSync(join(tmpdir(), 'factions-storyline-'));
	try {
		execFileSync('npx', [
			'tsx',
			'src/cli/export.ts',
			'--view',
			'storyline',
			'--at',
			'1924-06',
			'--format',
			'svg',
			'--out',
			out
		]);
		expect(svg).toBe(readFileSync(join(out, svgFile.suggestedFilename()), 'utf8'));
	} finally {
		rmSync(out, { recursive: true, force: true });
	}

	await dialog.getByRole('radio', { name: /Storyline of the whole range, as PNG/ }).check();
	const [pngFile] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download', exact: true }).click()
	]);
	expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
	expect(pngSize(readFileSync((await pngFile.path())!))).toEqual({ width: 1920, height: 1080 });
});

test('in the compare view the storyline shows both dates, and a pick moves the nearer one', async ({
	page
}) => {
	await page.goto('/compare?a=1924-06&b=1929-06');
	const region = page.getByRole('region', { name: 'Storyline' });
	await expect(region.locator('[data-person="stalin"]')).toHaveCount(1);
	const plot = region.getByRole('application', { name: /Storyline/ });
	// The storyline stands under the two panels: the user scrolls down to it.
	await plot.scrollIntoViewIfNeeded();
	const box = (await plot.boundingBox())!;
	const inset = 9;
	const xOf = (month: string) =>
		box.x + inset + ((box.width - 2 * inset) * indexOf(month)) / (MONTHS - 1);
	const first = region.locator('.cursor', { hasText: 'First: June 1924' });
	const second = region.locator('.cursor', { hasText: 'Second: June 1929' });
	for (const [cursor, month] of [
		[first, '1924-06'],
		[second, '1929-06']
	] as const) {
		const at = (await cursor.boundingBox())!;
		expect(at.x + at.width / 2).toBeCloseTo(xOf(month), 0);
	}

	// A click nearer the second date moves it, and only it.
	await page.mouse.click(xOf('1930-06'), box.y + box.height - 3);
	await expect(page).toHaveURL(/a=1924-06&b=1930-06/);
	await expect(page.getByRole('heading', { name: 'June 1930', exact: true })).toBeVisible();
	// A drag that starts at the first date moves the first date, even past the second.
	await page.mouse.move(xOf('1924-06'), box.y + box.height - 3);
	await page.mouse.down();
	await page.mouse.move(xOf('1927-01'), box.y + box.height - 3, { steps: 4 });
	await page.mouse.move(xOf('1931-01'), box.y + box.height - 3, { steps: 4 });
	await page.mouse.up();
	await expect(page).toHaveURL(/a=1931-01&b=1930-06/);
	// The sliders move the cursors.
	await page.getByRole('slider', { name: 'Second date' }).focus();
	await page.keyboard.press('PageUp');
	await expect(region.locator('.cursor', { hasText: 'Second: June 1931' })).toHaveCount(1);
});

for (const [width, height] of [
	[1440, 900],
	[1920, 1080]
] as const)
	test(`at ${width} × ${height} the lines starting together in January 1918 are each named`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		const region = await openStoryline(page);
		const names = await region.locator('svg text').evaluateAll((texts) =>
			texts.map((text) => {
				const box = text.getBoundingClientRect();
				return {
					person: text.getAttribute('data-name-of'),
					text: text.textContent ?? '',
					box: { x1: box.left, y1: box.top, x2: box.right, y2: box.bottom }
				};
			})
		);
		expect(names.filter((n) => n.person).length).toBeGreaterThan(80);
		// The crowded corner: six lines start together in January 1918, a slot apart. Each is
		// named within the reach of 150 pixels of where its line starts (its first point).
		for (const person of [
			'bukharin',
			'kuibyshev',
			'kosior',
			'radek',
			'pyatakov',
			'preobrazhensky'
		]) {
			const start = await region
				.locator(`g.line[data-person="${person}"] path`)
				.first()
				.evaluate((path) => {
					const [x, y] = (path.getAttribute('d') ?? '').slice(1).split(/[ LC]/).map(Number);
					const point = (path as SVGPathElement).ownerSVGElement!.createSVGPoint();
					point.x = x!;
					point.y = y!;
					const screen = point.matrixTransform((path as SVGPathElement).getScreenCTM()!);
					return { x: screen.x, y: screen.y };
				});
			const distances = names
				.filter((n) => n.person === person)
				.map(({ box }) =>
					Math.hypot(
						Math.min(box.x2, Math.max(box.x1, start.x)) - start.x,
						Math.min(box.y2, Math.max(box.y1, start.y)) - start.y
					)
				);
			expect(Math.min(Infinity, ...distances), person).toBeLessThanOrEqual(150);
		}
	});

for (const [width, height, alliances] of [
	[1440, 900, 13],
	[1920, 1080, 15],
	// The most common laptop screen: the storyline gives way so the time bar stays in view, and
	// its people's names come before the alliances'.
	[1366, 768, 3]
] as const)
	test(`at ${width} × ${height} the storyline names the alliances and the time bar is in view`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		const region = await openStoryline(page);
		const named = await region
			.locator('svg g.labels text[data-alliance]')
			.evaluateAll(
				(texts) => new Set(texts.map((text) => text.getAttribute('data-alliance'))).size
			);
		// 17 alliances start in the built-in data; at 171 pixels high (19% of the screen's height)
		// the storyline named 9 at 1440 × 900 and 12 at 1920 × 1080.
		expect(named).toBeGreaterThanOrEqual(alliances);
		// The rest are in the key, by the number that marks where each starts (if it had room).
		const key = region.getByRole('list', { name: 'Key' });
		const entries = await key.getByRole('listitem').evaluateAll((items) =>
			items.map((item) => ({
				alliance: item.getAttribute('data-key-of')!,
				number: item.querySelector('b')?.textContent ?? null,
				text: item.textContent!.replace(/\s+/g, ' ').trim()
			}))
		);
		expect(named + entries.length).toBe(17);
		for (const { alliance, number, text } of entries) {
			if (number === null) {
				expect(text).toMatch(/, from [A-Z][a-z]{2} \d{4}$/);
				continue;
			}
			await expect(region.locator(`svg text[data-mark-of="${alliance}"]`)).toHaveText(number);
		}
		const marked = entries.filter((entry) => entry.number !== null).length;
		expect(marked).toBeGreaterThanOrEqual(entries.length - (width === 1366 ? 5 : 1));
		const all = region.getByRole('button', { name: /^All \d+$/ });
		if (width === 1366) {
			// Not all of the key fits its line: "All" shows the whole of it.
			await all.click();
			const whole = page.getByRole('list', { name: 'Numbered alliances' });
			await expect(whole).toBeVisible();
			await expect(whole.getByRole('listitem')).toHaveCount(entries.length);
			await page.keyboard.press('Escape');
			await expect(whole).toBeHidden();
		} else await expect(all).toHaveCount(0);
		for (const control of [
			page.getByRole('slider', { name: 'Date' }),
			page.getByRole('button', { name: /Next event/ })
		]) {
			const box = (await control.boundingBox())!;
			expect(box.y + box.height, `${width} × ${height}`).toBeLessThanOrEqual(height);
		}
	});

test('at 1440 × 900 the compare view shows both panels and the storyline under them', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/compare');
	const region = page.getByRole('region', { name: 'Storyline' });
	await expect(region.locator('[data-person="stalin"]')).toHaveCount(1);
	const box = (await region.boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(900);
});

for (const [width, height, query, who] of [
	[1440, 900, '', ''],
	[1920, 1080, '', ''],
	// Bukharin selected: his name written bold, his allies' names beside it.
	[1440, 900, '?focus=bukharin', ', Bukharin selected']
] as const)
	test(`at ${width} × ${height}${who} no two names in the storyline overlap or touch`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		const region = await openStoryline(page, query);
		// Each name as it is painted: its glyphs' ink (measured in a canvas in the text's own
		// font, weight and size; the box at least as wide as the advances `getBBox` gives), and
		// round it the paper halo, half its stroke width each side.
		const names = await region.locator('svg g.labels text').evaluateAll((texts) => {
			const context = document.createElement('canvas').getContext('2d')!;
			return texts.map((node) => {
				const text = node as SVGTextElement;
				const style = getComputedStyle(text);
				context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const ink = context.measureText(text.textContent ?? '');
				const advance = text.getBBox();
				const x = Number(text.getAttribute('x'));
				const y = Number(text.getAttribute('y'));
				const halo = Number(text.getAttribute('stroke-width') ?? 0) / 2;
				return {
					text: text.textContent ?? '',
					x1: Math.min(advance.x, x - ink.actualBoundingBoxLeft) - halo,
					x2: Math.max(advance.x + advance.width, x + ink.actualBoundingBoxRight) + halo,
					y1: y - ink.actualBoundingBoxAscent - halo,
					y2: y + ink.actualBoundingBoxDescent + halo
				};
			});
		});
		expect(names.length).toBeGreaterThan(query ? 10 : 80);
		// Closer than a pixel, two halos run together and the names read as one.
		const apart = 1;
		const clashes: string[] = [];
		for (let i = 0; i < names.length; i++)
			for (let j = i + 1; j < names.length; j++) {
				const [a, b] = [names[i]!, names[j]!];
				if (
					a.x1 < b.x2 + apart &&
					b.x1 < a.x2 + apart &&
					a.y1 < b.y2 + apart &&
					b.y1 < a.y2 + apart
				)
					clashes.push(`${a.text} and ${b.text}`);
			}
		expect(clashes).toEqual([]);
	});
