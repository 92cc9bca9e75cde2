import type { Page } from '@playwright/test';
import { syntheticWithBloc } from '../../scripts/synthetic';
import type { Dataset } from '../../src/lib/model/schema';
import { HUB, SCALE } from '../../src/lib/graph/encoding';
import { expect, test } from './console';
import { dropFiles } from './files';
import { positionsOf } from './graph';

interface GraphHook {
	cy: { edges(selector: string): { length: number } };
	isAnimating(): boolean;
}

/** Drops `dataset` on the explorer and goes to its first month: the Date slider, focused. */
async function openAtItsStart(page: Page, dataset: Dataset) {
	await page.goto('/');
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
	await dropFiles(page, [{ name: 'bloc-300.json', text: JSON.stringify(dataset) }]);
	await expect(page.getByTestId('dataset-title')).toHaveText(dataset.meta.title);
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', 'January 1900');
	return slider;
}

test('an alliance of 300 members is drawn as a hub with a spoke to each member', async ({
	page
}) => {
	test.setTimeout(120_000);
	// 44,850 lines if drawn by pairs; 300 spokes as a hub.
	const dataset = syntheticWithBloc(320, 300, { months: 6, blocMonths: 3 });
	const slider = await openAtItsStart(page, dataset);
	await expect(
		page.getByRole('application', { name: /Faction graph for January 1900/ })
	).toBeVisible({ timeout: 30_000 });

	// The legend explains the diamond, and still names the alliance.
	await expect(page.getByText(HUB.legend)).toBeVisible();
	await expect(page.getByRole('button', { name: /The Great Bloc/ })).toBeVisible();

	// The hub stands at its members' centroid, joined to each of them by one line.
	const members = dataset.alliances.at(-1)!.members.map((m) => m.person);
	const hub = 'alliance-hub:bloc';
	const at = await positionsOf(page, [hub, ...members]);
	expect(at[hub], 'the hub is on the graph').not.toBeNull();
	const centre = {
		x: members.reduce((sum, id) => sum + at[id]!.x, 0) / members.length,
		y: members.reduce((sum, id) => sum + at[id]!.y, 0) / members.length
	};
	expect(Math.abs(at[hub]!.x - centre.x)).toBeLessThan(1);
	expect(Math.abs(at[hub]!.y - centre.y)).toBeLessThan(1);
	const lines = await page.evaluate(
		() =>
			(window as unknown as { __factionsGraph: GraphHook }).__factionsGraph.cy.edges(
				'[alliance = "bloc"]'
			).length
	);
	expect(lines).toBe(300);

	// Stepping through the bloc's months and out of it: the hub goes with the bloc.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', 'March 1900');
	expect((await positionsOf(page, [hub]))[hub]).not.toBeNull();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', 'April 1900');
	expect((await positionsOf(page, [hub]))[hub]).toBeNull();
	await expect(page.getByText(HUB.legend)).toHaveCount(0);
});

test('a bloc that forms comes on the graph a frame’s worth at a time, each spoke in the selection’s style', async ({
	page
}) => {
	test.setTimeout(120_000);
	// The bloc forms in February: its hub and 300 spokes are new.
	const dataset = syntheticWithBloc(320, 300, { months: 6, blocFrom: 1, blocMonths: 2 });
	await page.clock.install();
	const slider = await openAtItsStart(page, dataset);
	const search = page.getByRole('combobox', { name: 'Find a person' });
	await search.fill(dataset.people[0]!.name);
	await search.press('Enter');
	await expect(page).toHaveURL(/focus=p0\b/);
	await positionsOf(page, []);

	const spokes = () =>
		page.evaluate(() => {
			const graph = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
			return {
				all: graph.cy.edges('[alliance = "bloc"]').length,
				dimmed: graph.cy.edges('[alliance = "bloc"].dimmed').length,
				highlighted: graph.cy.edges('[alliance = "bloc"].highlighted').length,
				arriving: graph.isAnimating()
			};
		});
	// With the page's clock stopped, frame by frame.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', 'February 1900');
	const counts = [await spokes()];
	for (let frame = 0; frame < 100 && counts.at(-1)!.arriving; frame++) {
		await page.clock.runFor(16);
		counts.push(await spokes());
	}
	await page.clock.resume();
	const all = counts.map((c) => c.all);
	expect(all[0], 'spokes drawn in the step itself').toBeLessThanOrEqual(SCALE.addedPerFrame);
	expect(new Set(all).size, 'frames that added spokes').toBeGreaterThanOrEqual(3);
	for (let i = 1; i < all.length; i++)
		expect(all[i]! - all[i - 1]!).toBeLessThanOrEqual(SCALE.addedPerFrame);
	// Every spoke arrived, in the style of the selection: Person 0's own lit, the rest dimmed.
	expect(counts.at(-1)).toEqual({ all: 300, dimmed: 299, highlighted: 1, arriving: false });
});
