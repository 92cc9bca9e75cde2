import type { Page } from '@playwright/test';
import { expect, test } from './console';
import { positionsOf } from './graph';

// A phone held upright (the size of an iPhone 13), with touch.
test.use({
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 1
});

interface GraphHook {
	cy: {
		zoom(): number;
		pan(): { x: number; y: number };
		nodes(selector: string): { map<T>(f: (node: { style(name: string): string }) => T): T[] };
	};
	renderedPositionOf(id: string): { x: number; y: number } | null;
	placedPeople(): { id: string }[];
	isAnimating(): boolean;
}

/** The sizes, in CSS pixels on screen, at which the people's names are drawn. */
function labelSizes(page: Page) {
	return page.evaluate(() => {
		const graph = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
		const zoom = graph.cy.zoom();
		return graph.cy.nodes('[status]').map((node) => parseFloat(node.style('font-size')) * zoom);
	});
}

/** The graph's camera once it is still. */
async function camera(page: Page) {
	// The view is made when its code has loaded, after the graph's region is on the page.
	await page.waitForFunction(() => {
		const graph = (window as unknown as { __factionsGraph?: GraphHook }).__factionsGraph;
		return graph !== undefined && !graph.isAnimating();
	});
	return page.evaluate(() => {
		const { cy } = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
		return { zoom: cy.zoom(), pan: cy.pan() };
	});
}

test('the fullest month reads on a phone: the graph is tall, names at least 11 px, Left still left of Right', async ({
	page
}) => {
	await page.goto('/?at=1926-07');
	const graph = page.getByRole('application', { name: /Faction graph for July 1926: 26 people/ });
	await expect(graph).toBeVisible();
	const positions = await positionsOf(page, ['trotsky', 'stalin', 'bukharin']);

	const sizes = await labelSizes(page);
	expect(sizes).toHaveLength(26);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11 - 1e-6);

	const box = (await graph.boundingBox())!;
	expect(box.height).toBeGreaterThan(844 * 0.6);
	expect(box.width).toBeGreaterThan(340);

	expect(positions.trotsky!.x).toBeLessThan(positions.stalin!.x);
	expect(positions.stalin!.x).toBeLessThan(positions.bukharin!.x);

	const widths = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		inner: window.innerWidth
	}));
	expect(widths).toEqual({ scroll: 390, inner: 390 });
});

test('a finger drags the graph sideways to the rest of it', async ({ page }) => {
	await page.goto('/?at=1926-07');
	const graph = page.getByRole('application', { name: /Faction graph for July 1926/ });
	await expect(graph).toBeVisible();
	const before = await camera(page);
	const box = (await graph.boundingBox())!;
	const y = box.y + box.height / 2;
	const touch = await page.context().newCDPSession(page);
	const at = (x: number) => [{ x, y, id: 1 }];
	await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(300) });
	for (let x = 290; x >= 100; x -= 10)
		await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x) });
	await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	const after = await camera(page);
	expect(after.zoom).toBeCloseTo(before.zoom, 6);
	expect(before.pan.x - after.pan.x).toBeGreaterThan(150);
	// The camera is the user's now: the next month keeps it.
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(
		page.getByRole('application', { name: /Faction graph for August 1926/ })
	).toBeVisible();
	expect((await camera(page)).pan.x).toBeCloseTo(after.pan.x, 0);
});

test('two fingers pinch the graph smaller and larger', async ({ page }) => {
	await page.goto('/?at=1926-07');
	const graph = page.getByRole('application', { name: /Faction graph for July 1926/ });
	await expect(graph).toBeVisible();
	const before = await camera(page);
	const box = (await graph.boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const touch = await page.context().newCDPSession(page);
	const fingers = (apart: number) => [
		{ x: cx - apart / 2, y: cy, id: 1 },
		{ x: cx + apart / 2, y: cy, id: 2 }
	];
	await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(200) });
	for (let apart = 190; apart >= 100; apart -= 10)
		await touch.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: fingers(apart)
		});
	await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	expect((await camera(page)).zoom).toBeLessThan(before.zoom * 0.8);
});

test('the details rise from the bottom as a sheet, and the text view is a list', async ({
	page
}) => {
	await page.goto('/?at=1926-10');
	const graph = page.getByRole('application', { name: /Faction graph for October 1926/ });
	await expect(graph).toBeVisible();
	await positionsOf(page, ['stalin']);

	// A tap on the disc of someone in sight.
	const box = (await graph.boundingBox())!;
	const inSight = await page.evaluate(
		({ width, height }) => {
			const graph = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
			return graph
				.placedPeople()
				.map(({ id }) => graph.renderedPositionOf(id)!)
				.find(({ x, y }) => x > 40 && x < width - 40 && y > 80 && y < height - 40);
		},
		{ width: box.width, height: box.height }
	);
	await page.touchscreen.tap(box.x + inSight!.x, box.y + inSight!.y);
	const details = page
		.getByRole('region')
		.filter({ has: page.getByRole('button', { name: 'Close' }) });
	await expect(details).toBeVisible();
	const sheet = (await details.boundingBox())!;
	expect(sheet.x).toBe(0);
	expect(sheet.width).toBe(390);
	expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
	expect(sheet.y).toBeGreaterThan(844 * 0.3);
	expect(await details.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
	await page.getByRole('button', { name: 'Close' }).tap();
	await expect(details).toBeHidden();

	const text = page.getByRole('region', { name: 'Who stood where in October 1926' });
	await expect(text.getByRole('table')).toHaveCount(0);
	const left = text.getByRole('list').first();
	await expect(left.getByRole('button', { name: 'Lev Borisovich Kamenev' })).toBeVisible();
	await expect(left.getByRole('listitem').first()).toContainText('United Opposition');
	// The text view and each faction's rows are laid out only near the screen, and clip what
	// would overflow them (`content-visibility`): laid out whole here, nothing in them is wider
	// than the page.
	const textWidths = await text.evaluate((section) => {
		for (const element of [section.parentElement!, ...section.querySelectorAll('*')])
			if (element instanceof HTMLElement) element.style.contentVisibility = 'visible';
		return { scroll: section.scrollWidth, client: section.clientWidth };
	});
	expect(textWidths.scroll).toBeLessThanOrEqual(textWidths.client);
	// Nothing makes the page wider than the phone, the storyline's key (its names placed) neither.
	await expect(page.getByRole('list', { name: 'Key' })).toBeVisible();
	const widths = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		inner: window.innerWidth
	}));
	expect(widths).toEqual({ scroll: 390, inner: 390 });
});

/**
 * The controls in `scope` (the whole page by default) smaller than 44 px either way, as
 * "TAG “name” width×height": buttons, menus, fields, navigation links, and the labels a
 * radio button or a checkbox sits in (the label is what a thumb taps).
 */
function smallControls(page: Page, scope = 'body') {
	return page.evaluate((scope) => {
		const root = document.querySelector(scope)!;
		return (
			[
				...root.querySelectorAll(
					'button, select, summary, input:not([type="radio"]):not([type="checkbox"]):not([hidden]), nav a, label:has(> input[type="radio"]), label:has(> input[type="checkbox"])'
				)
			]
				.map((element) => ({ element, box: element.getBoundingClientRect() }))
				.filter(({ box }) => box.width > 0 && box.height > 0)
				// Skip links are out of sight until the keyboard reaches them.
				.filter(({ element }) => !element.closest('nav.skip'))
				.filter(({ box }) => box.width < 44 || box.height < 44)
				.map(
					({ element, box }) =>
						`${element.tagName} “${element.textContent?.trim() || element.getAttribute('aria-label')}” ${Math.round(box.width)}×${Math.round(box.height)}`
				)
		);
	}, scope);
}

test('every control on the page is at least 44 px for a thumb', async ({ page }) => {
	await page.goto('/?at=1926-10&focus=stalin');
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
	expect(await smallControls(page)).toEqual([]);
	// … and out of sight they are.
	for (const link of await page
		.getByRole('navigation', { name: 'Skip links' })
		.getByRole('link')
		.all()) {
		const box = (await link.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(0);
	}
	// The controls are there to be measured: the sheet's among them.
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Close' })).toBeVisible();

	// The export dialog: its formats, sizes and what the image shows.
	await page.getByRole('button', { name: 'Close' }).tap();
	await page
		.getByRole('button', { name: /Export/ })
		.first()
		.tap();
	await expect(page.getByRole('dialog', { name: /^Export / })).toBeVisible();
	await expect(page.getByRole('checkbox').first()).toBeVisible();
	expect(await smallControls(page, 'dialog[open]')).toEqual([]);
});

test('the comparison fits a phone: no control under 44 px, nothing wider than the screen', async ({
	page
}) => {
	await page.goto('/compare?a=1924-06&b=1929-06');
	await expect(page.getByRole('application', { name: /June 1929/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();
	expect(await smallControls(page)).toEqual([]);
	const widths = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		inner: window.innerWidth
	}));
	expect(widths).toEqual({ scroll: 390, inner: 390 });
});
