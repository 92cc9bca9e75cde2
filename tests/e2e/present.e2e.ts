import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './console';

interface GraphHook {
	isAnimating(): boolean;
	cy: {
		zoom(): number;
		nodes(selector: string): { length: number; map<T>(f: (n: NodeHook) => T): T[] };
		getElementById(id: string): NodeHook;
	};
}
interface NodeHook {
	id(): string;
	style(name: string): string;
	hasClass(name: string): boolean;
}

const presentation = (page: Page) =>
	page.getByRole('dialog', { name: 'Presentation: How Stalin won, 1922–1929' });
const caption = (page: Page) => presentation(page).getByRole('region', { name: 'Caption' });
const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');
const inFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

/** The person selected in the graph, once it stands still. */
async function selectedPerson(page: Page) {
	await page.waitForFunction(() => {
		const graph = (window as unknown as { __factionsGraph?: GraphHook }).__factionsGraph;
		return graph !== undefined && graph.cy.nodes('[status]').length > 0 && !graph.isAnimating();
	});
	return page.evaluate(() => {
		const graph = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
		return graph.cy.nodes('[status].selected').map((n) => n.id());
	});
}

test('Present opens the story full-screen, the keys step through it, the URL follows and Escape leaves', async ({
	page
}) => {
	await page.goto('/?at=1930-06');
	const present = page.getByRole('button', { name: 'Present' });
	await present.click();

	await expect(presentation(page)).toBeVisible();
	await expect.poll(() => inFullscreen(page)).toBe(true);
	await expect(caption(page)).toContainText('Step 1 of 12');
	await expect(caption(page)).toContainText('June 1922');
	await expect(caption(page)).toContainText(/Troika/);
	await expect(page).toHaveURL(/[?&]story=how-stalin-won&step=1\b/);
	// The side panels and the time bar give way to the caption and a progress line.
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveCount(0);
	await expect(page.getByRole('progressbar', { name: 'Step 1 of 12' })).toBeVisible();
	await expect(page.getByRole('searchbox')).not.toBeVisible();
	const box = await presentation(page).boundingBox();
	expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
	expect(await selectedPerson(page)).toEqual(['stalin']);

	await page.keyboard.press('ArrowRight');
	await expect(caption(page)).toContainText('Step 2 of 12');
	await expect(caption(page)).toContainText('4 January 1923');
	expect(stepParam(page)).toBe('2');

	await page.keyboard.press(' ');
	await expect(caption(page)).toContainText('Step 3 of 12');
	expect(await selectedPerson(page)).toEqual(['trotsky']);
	await page.keyboard.press('PageDown');
	await expect(caption(page)).toContainText('Step 4 of 12');
	await page.keyboard.press('PageUp');
	await expect(caption(page)).toContainText('Step 3 of 12');
	await page.keyboard.press('ArrowLeft');
	await expect(caption(page)).toContainText('Step 2 of 12');

	await page.keyboard.press('End');
	await expect(caption(page)).toContainText('Step 12 of 12');
	await expect(caption(page)).toContainText('17 November 1929');
	expect(stepParam(page)).toBe('12');
	await expect(presentation(page).getByRole('button', { name: 'Next →' })).toBeDisabled();
	await page.keyboard.press('ArrowRight');
	await expect(caption(page)).toContainText('Step 12 of 12');

	await page.keyboard.press('Home');
	await expect(caption(page)).toContainText('Step 1 of 12');

	await page.keyboard.press('Escape');
	await expect(presentation(page)).toHaveCount(0);
	await expect.poll(() => inFullscreen(page)).toBe(false);
	await expect(present).toBeFocused();
	await expect(page).not.toHaveURL(/story=/);
	await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
	// The explorer stays where the presentation left it.
	await expect(page).toHaveURL(/[?&]at=1922-06\b/);
});

test('leaving full screen the browser’s way (its own Escape) leaves the presentation', async ({
	page
}) => {
	await page.goto('/?at=1926-10');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect.poll(() => inFullscreen(page)).toBe(true);
	await page.keyboard.press('ArrowRight');
	await expect(caption(page)).toContainText('Step 2 of 12');
	await page.evaluate(() => document.exitFullscreen());
	await expect(presentation(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
	await expect(page).toHaveURL(/[?&]at=1923-01\b/);
});

test('a link opens a step, and Back goes to the step before and out of present mode', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	await page.goto('/?story=how-stalin-won&step=8');
	await expect(caption(page)).toContainText('Step 8 of 12');
	await expect(caption(page)).toContainText('23 October 1926');
	expect(await selectedPerson(page)).toEqual(['trotsky']);
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926/ })
	).toBeVisible();

	await presentation(page).getByRole('button', { name: 'Next →' }).click();
	await expect(caption(page)).toContainText('Step 9 of 12');
	await page.keyboard.press('ArrowRight');
	await expect(caption(page)).toContainText('Step 10 of 12');

	await page.goBack();
	await expect(caption(page)).toContainText('Step 9 of 12');
	expect(stepParam(page)).toBe('9');
	await page.goBack();
	await expect(caption(page)).toContainText('Step 8 of 12');
	await page.goBack();
	await expect(presentation(page)).toHaveCount(0);
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1924/ })
	).toBeVisible();

	await page.goForward();
	await expect(caption(page)).toContainText('Step 8 of 12');
});

test('the caption cites its sources as links, and a step past the end says so', async ({
	page
}) => {
	await page.goto('/?story=how-stalin-won&step=40');
	await expect(caption(page)).toContainText('Step 12 of 12');
	const link = caption(page).getByRole('link', { name: /Fall From Power/ });
	await expect(link).toHaveAttribute('href', /^https:\/\//);
	await expect(link).toHaveAttribute('rel', 'noreferrer');
	const notice = /"40" is not a step of "How Stalin won, 1922–1929" \(1 to 12\): showing step 12/;
	await expect(presentation(page).getByText(notice)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByText(notice)).toBeVisible();
});

test('labels read from the back of the room at 1920×1080', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/?story=how-stalin-won&step=9');
	await expect(caption(page)).toContainText('Step 9 of 12');
	await selectedPerson(page);
	const sizes = await page.evaluate(() => {
		const graph = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
		const zoom = graph.cy.zoom();
		return graph.cy.nodes('[status]').map((n) => parseFloat(n.style('font-size')) * zoom);
	});
	expect(sizes.length).toBeGreaterThan(10);
	for (const size of sizes) expect(size).toBeGreaterThanOrEqual(24);
	const captionSize = await caption(page)
		.getByText(/Trotsky and Zinoviev were expelled/)
		.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
	expect(captionSize).toBeGreaterThanOrEqual(24);
});

test('the events can be presented one by one', async ({ page }) => {
	await page.goto('/?present=events&step=1');
	const events = page.getByRole('dialog', { name: /Presentation: .*the events/ });
	await expect(events).toBeVisible();
	await expect(events.getByRole('region', { name: 'Caption' })).toContainText(/Step 1 of \d+/);
	await page.keyboard.press('ArrowRight');
	await expect(events.getByRole('region', { name: 'Caption' })).toContainText(/Step 2 of \d+/);
	await expect(page).toHaveURL(/[?&]present=events&step=2\b/);
});

test('a dataset of several stories offers a choice, and an imported story is presented', async ({
	page
}) => {
	// The imported dataset is laid out in a worker, month by month, before it can be presented.
	test.slow();
	const example = JSON.parse(
		readFileSync(join(process.cwd(), 'static/examples/cultural-revolution.json'), 'utf8')
	);
	const cited = { sources: ['cn-ninth-congress'], confidence: 'high' };
	example.stories = [
		{
			id: 'successor',
			title: 'The successor',
			description: 'Lin Biao named heir.',
			steps: [{ at: '1969-04', focus: 'lin-biao', caption: 'Lin Biao is named heir.', ...cited }]
		},
		{
			id: 'premier',
			title: 'The premier',
			description: 'Zhou Enlai throughout.',
			steps: [
				{ at: '1970-01', focus: 'zhou-enlai', caption: 'Zhou Enlai stays premier.', ...cited },
				{ at: '1972-01', show: 'politburo', caption: 'The Politburo after Lin.', ...cited }
			]
		}
	];
	await page.goto('/');
	await page.getByLabel('Dataset files').setInputFiles({
		name: 'two-stories.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(example))
	});
	await expect(page.getByText(/Cultural Revolution/).first()).toBeVisible();

	const present = page.getByRole('button', { name: 'Present' });
	await present.click();
	await expect(present).toHaveAttribute('aria-expanded', 'true');
	const choices = page.getByRole('list', { name: 'What to present' });
	await expect(choices.getByRole('button')).toHaveText([
		'The successor',
		'The premier',
		'The events, one by one'
	]);
	await choices.getByRole('button', { name: 'The premier' }).click();
	const dialog = page.getByRole('dialog', { name: 'Presentation: The premier' });
	await expect(dialog.getByRole('region', { name: 'Caption' })).toContainText('Step 1 of 2');
	await expect(page).toHaveURL(/[?&]story=premier&step=1\b/);
	expect(await selectedPerson(page)).toEqual(['zhou-enlai']);
	await page.keyboard.press('ArrowRight');
	await expect(dialog.getByRole('region', { name: 'Caption' })).toContainText('Step 2 of 2');
	// The step's Show filter: the Politburo only.
	await expect(page).toHaveURL(/[?&]show=politburo\b/);
	await expect(
		page.getByRole('application', { name: /Faction graph for January 1972/ })
	).toBeVisible();
	await dialog.getByRole('button', { name: 'Leave' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(present).toBeFocused();
});
