import { syntheticWithBloc } from '../../scripts/synthetic';
import { HUB } from '../../src/lib/graph/encoding';
import { expect, test } from './console';
import { dropFiles } from './files';
import { positionsOf } from './graph';

interface GraphHook {
	cy: { edges(selector: string): { length: number } };
}

test('an alliance of 300 members is drawn as a hub with a spoke to each member', async ({
	page
}) => {
	test.setTimeout(120_000);
	// 44,850 lines if drawn by pairs; 300 spokes as a hub.
	const dataset = syntheticWithBloc(320, 300, { months: 6, blocMonths: 3 });
	await page.goto('/');
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
	await dropFiles(page, [{ name: 'bloc-300.json', text: JSON.stringify(dataset) }]);
	await expect(page.getByTestId('dataset-title')).toHaveText(dataset.meta.title);
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', 'January 1900');
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
