import { syntheticDataset } from '../../scripts/synthetic';
import { expect, test } from './console';
import { dropFiles } from './files';

test('2,000 people over 240 months load, lay out with progress and play', async ({ page }) => {
	test.setTimeout(120_000);
	const text = JSON.stringify(syntheticDataset(2000, 240));
	// The page's time stands still unless the test moves it: four seconds of playback is then
	// exactly four seconds of the page's time, however long the machine takes to draw them.
	await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
	await page.clock.pauseAt(new Date('2026-01-01T00:00:10Z'));
	await page.goto('/');
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
	await dropFiles(page, [{ name: 'synthetic-2000.json', text }]);
	await expect(page.getByTestId('dataset-title')).toHaveText('Synthetic: 2000 people');
	await expect(page.getByRole('progressbar', { name: 'Layout progress' })).toBeVisible();
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible({
		timeout: 90_000
	});

	// Play from where the stage is fullest: ten years in, over 1,400 people are on stage.
	const slider = page.getByRole('slider', { name: 'Date' });
	await slider.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
	await expect(slider).toHaveAttribute('aria-valuetext', 'January 1910');
	const speed = page.getByLabel('Speed');
	const speeds = await speed
		.locator('option')
		.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
	await speed.selectOption(speeds[speeds.length - 1]!);
	// Four seconds at 8 months a second: 32 months.
	await page.getByRole('button', { name: 'Play' }).click();
	await page.clock.runFor(4000);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(slider).toHaveAttribute('aria-valuetext', 'September 1912');
	await expect(
		page.getByRole('application', { name: /Faction graph for September 1912: 1\d{3} people/ })
	).toBeVisible();
	// The text view lists a month this full a chunk of rows per frame: once frames have passed,
	// it lists everyone on stage.
	const label = await page
		.getByRole('application', { name: /Faction graph for September 1912/ })
		.getAttribute('aria-label');
	const onStage = Number(/(\d[\d,]*) people/.exec(label ?? '')?.[1]?.replace(',', ''));
	const rows = page.locator('#text-view tbody tr');
	await page.clock.runFor(1000);
	await expect(rows).toHaveCount(onStage);
	// How long the main thread is held meanwhile is measured by `npm run bench`, not here.
});

test('going back to the built-in data while 2,000 people’s storyline is ordered does not wait for it', async ({
	page
}) => {
	test.setTimeout(120_000);
	const text = JSON.stringify(syntheticDataset(2000, 240));
	await page.goto('/');
	const region = page.getByRole('region', { name: 'Storyline' });
	await expect(region.locator('[data-person="stalin"]')).toHaveCount(1);
	const opened = () =>
		page.evaluate(() => performance.getEntriesByName('factions:storyline').length);
	const before = await opened();
	await dropFiles(page, [{ name: 'synthetic-2000.json', text }]);
	await expect(page.getByTestId('dataset-title')).toHaveText('Synthetic: 2000 people');
	// Its worker has said it is ordering them (seconds of work).
	await expect(region.getByRole('status')).toHaveText('Ordering the storyline…', {
		timeout: 60_000
	});
	await page.getByRole('button', { name: 'Back to the built-in data' }).click();
	await expect(region.locator('[data-person="stalin"]')).toHaveCount(1);
	// Only the built-in data's storyline was opened since: the 2,000 people's was stopped, not
	// waited for (had it been, its answer would have come first).
	expect(await opened()).toBe(before + 1);
	await expect(region.locator('canvas')).toHaveCount(0);
});
