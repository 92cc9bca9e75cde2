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
	// How long the main thread is held meanwhile is measured by `npm run bench`, not here.
});
