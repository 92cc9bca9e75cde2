import { expect, test } from './console';
import { positionsOf } from './graph';

test('in forced colours the graph keeps its paper, the legend its colours, the time bar its marks', async ({
	page
}, testInfo) => {
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
	await page.goto('/?at=1926-10');
	await positionsOf(page, []);

	const graph = page.getByRole('application', { name: /Faction graph/ });
	// The canvas draws dark names: under it, white paper rather than the system's dark canvas.
	expect(await graph.evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor)).toBe(
		'rgb(255, 255, 255)'
	);

	const legend = page.getByRole('region', { name: 'Legend' });
	const glyph = legend.locator('svg').first();
	expect(await glyph.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe('none');

	// The slider is the browser's own, in system colours; the event marks are in the text colour.
	const slider = page.getByRole('slider', { name: 'Date' });
	expect(await slider.evaluate((el) => getComputedStyle(el).appearance)).toBe('auto');
	const mark = page
		.getByRole('toolbar', { name: 'Events on the timeline' })
		.getByRole('button')
		.first();
	const [markColour, textColour] = await mark.evaluate((el) => [
		getComputedStyle(el, '::before').backgroundColor,
		getComputedStyle(document.body).color
	]);
	expect(markColour).toBe(textColour);
	expect(markColour).not.toBe('rgba(0, 0, 0, 0)');

	await page.screenshot({ path: testInfo.outputPath('forced-colors.png'), fullPage: true });
});
