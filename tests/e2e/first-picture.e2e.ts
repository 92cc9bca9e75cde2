import type { Page } from '@playwright/test';
import { expect, test } from './console';

interface GraphHook {
	renderedPositionOf(id: string): { x: number; y: number } | null;
	isAnimating(): boolean;
}

/** Where a person's circle stands on the screen, in the page's picture (SVG). */
async function pictureCentre(page: Page, id: string) {
	const box = await page.locator(`#picture-${id} circle`).first().boundingBox();
	if (!box) throw new Error(`${id} is not in the picture`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Where a person stands on the screen in the interactive graph, once it is still: the explorer's,
 * or the compare view's panel `panel` (its graph named by `label`).
 */
async function graphCentre(page: Page, id: string, panel?: 'a' | 'b', label = /Faction graph/) {
	type Hooks = { __factionsGraph?: GraphHook; __factionsGraphs?: Record<string, GraphHook> };
	await page.waitForFunction((panel) => {
		const hooks = window as unknown as Hooks;
		const graph = panel ? hooks.__factionsGraphs?.[panel] : hooks.__factionsGraph;
		return graph !== undefined && !graph.isAnimating();
	}, panel);
	const canvas = await page.getByRole('application', { name: label }).boundingBox();
	const at = await page.evaluate(
		({ person, panel }) => {
			const hooks = window as unknown as Hooks;
			const graph = panel ? hooks.__factionsGraphs![panel]! : hooks.__factionsGraph!;
			return graph.renderedPositionOf(person);
		},
		{ person: id, panel }
	);
	if (!canvas || !at) throw new Error(`${id} is not on the graph`);
	return { x: canvas.x + at.x, y: canvas.y + at.y };
}

test.describe('with scripts off', () => {
	test.use({ javaScriptEnabled: false });

	test("a month's page holds its graph, its text view, a title and a description", async ({
		page
	}) => {
		await page.goto('/1926-10');
		await expect(page).toHaveTitle('Factions — October 1926');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			/October 1926: \d+ people on stage \(Left \d+, Centre \d+, Right \d+\); 2 alliances: Duumvirate/
		);
		const graph = page.getByRole('img', { name: /^Faction graph for October 1926: \d+ people/ });
		await expect(graph).toBeVisible();
		// Everyone on stage is drawn, in their faction's box.
		await expect(page.locator('#picture-faction-left')).toBeVisible();
		await expect(page.locator('#picture-person-trotsky circle')).toBeVisible();
		await expect(page.locator('#picture-person-stalin circle')).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Who stood where in October 1926' })
		).toBeVisible();
		await expect(page.getByRole('row', { name: /Leon Davidovich Trotsky/ })).toContainText(
			'Not in the Politburo'
		);
		await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
	});

	test('the first page shows the opening month, and another month has its own page', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('img', { name: /Faction graph for June 1924/ })).toBeVisible();
		await page.goto('/1937-02');
		await expect(page.getByRole('img', { name: /Faction graph for February 1937/ })).toBeVisible();
		await expect(page).toHaveTitle('Factions — February 1937');
	});

	test('the comparison page holds the default pair: both graphs and what changed', async ({
		page
	}) => {
		await page.goto('/compare');
		await expect(page).toHaveTitle('Factions — June 1924 against June 1929');
		await expect(page.getByRole('img', { name: /^Faction graph for June 1924: / })).toBeVisible();
		await expect(page.getByRole('img', { name: /^Faction graph for June 1929: / })).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'What changed from June 1924 to June 1929' })
		).toBeVisible();
		await expect(page.locator('#picture-a-person-trotsky')).toBeVisible();
		await expect(page.locator('#picture-b-person-bukharin')).toBeVisible();
	});
});

for (const viewport of [
	{ width: 1440, height: 900 },
	// A phone held upright: the camera zooms in until names read, and so does the picture.
	{ width: 390, height: 844 }
]) {
	test(`the interactive graph takes over the picture without moving anyone (${viewport.width} × ${viewport.height})`, async ({
		browser,
		page
	}) => {
		const still = await browser.newContext({ javaScriptEnabled: false, viewport });
		const before = await still.newPage();
		await before.goto('/1926-10');
		const people = ['stalin', 'trotsky', 'bukharin', 'kirov'];
		const pictured = [];
		for (const id of people) pictured.push(await pictureCentre(before, `person-${id}`));
		await still.close();

		await page.setViewportSize(viewport);
		await page.goto('/1926-10');
		await expect(
			page.getByRole('application', { name: /Faction graph for October 1926/ })
		).toBeVisible();
		// The picture has made way for the graph.
		await expect(page.getByRole('img', { name: /Faction graph/ })).toHaveCount(0);
		for (const [index, id] of people.entries()) {
			const drawn = await graphCentre(page, id);
			const was = pictured[index]!;
			expect(Math.hypot(drawn.x - was.x, drawn.y - was.y), `${id} moved`).toBeLessThan(3);
		}
	});
}

test("a month's page is the explorer at that month, and the month stays in the address", async ({
	page
}) => {
	await page.goto('/1926-10');
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926/ })
	).toBeVisible();
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/1926-11$/);
	await expect(page).toHaveTitle('Factions — November 1926');
	await page.goBack();
	await expect(page).toHaveURL(/\/1926-10$/);
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926/ })
	).toBeVisible();
	await page.goForward();
	await expect(
		page.getByRole('application', { name: /Faction graph for November 1926/ })
	).toBeVisible();
});

test('an address that asks for another month does not show the page’s picture meanwhile', async ({
	page
}) => {
	await page.goto('/?at=1930-01');
	await expect(page.getByRole('img', { name: /Faction graph for June 1924/ })).toHaveCount(0);
	await expect(
		page.getByRole('application', { name: /Faction graph for January 1930/ })
	).toBeVisible();
});

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`the compare view takes over its picture with the panels where they were (${viewport.width} × ${viewport.height})`, async ({
		browser,
		page
	}) => {
		const frames = async (on: Page) => {
			const boxes = [];
			for (const frame of await on.locator('.panel .graph-frame').all())
				boxes.push(await frame.boundingBox());
			return boxes;
		};
		const people = ['stalin', 'bukharin', 'rykov', 'tomsky'];
		const still = await browser.newContext({ javaScriptEnabled: false, viewport });
		const before = await still.newPage();
		await before.goto('/compare');
		await expect(before.getByRole('img', { name: /^Faction graph for June 1929: / })).toBeVisible();
		const pictured = await frames(before);
		const placed = [];
		for (const id of people) placed.push(await pictureCentre(before, `b-person-${id}`));
		await still.close();
		expect(pictured).toHaveLength(2);

		await page.setViewportSize(viewport);
		await page.goto('/compare');
		await expect(
			page.getByRole('application', { name: /Faction graph for June 1929/ })
		).toBeVisible();
		await expect(page.getByRole('img', { name: /Faction graph/ })).toHaveCount(0);
		const drawn = await frames(page);
		expect(drawn).toHaveLength(2);
		for (const [index, was] of pictured.entries()) {
			const now = drawn[index]!;
			expect(Math.abs(now!.x - was!.x), `panel ${index + 1} moved sideways`).toBeLessThan(1);
			expect(Math.abs(now!.y - was!.y), `panel ${index + 1} moved down`).toBeLessThan(1);
			expect(Math.abs(now!.height - was!.height), `panel ${index + 1} changed size`).toBeLessThan(
				1
			);
		}
		// Everyone in the later panel stands where the picture drew them.
		for (const [index, id] of people.entries()) {
			const drawn = await graphCentre(page, id, 'b', /Faction graph for June 1929/);
			const was = placed[index]!;
			expect(Math.hypot(drawn.x - was.x, drawn.y - was.y), `${id} moved`).toBeLessThan(3);
		}
	});
}
