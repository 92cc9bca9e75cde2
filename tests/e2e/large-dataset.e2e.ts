import type { Page } from '@playwright/test';
import { syntheticDataset } from '../../scripts/synthetic';
import { expect, test } from './console';
import { dropFiles } from './files';

// A trace snapshots the whole page after every action, on the page's own thread: it would be
// measured as the page's long tasks.
test.use({ trace: 'off' });

/** Main-thread tasks over 50 ms since `since` (page time), in ms. */
function longTasksSince(page: Page, since: number) {
	return page.evaluate(
		(since) =>
			(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
				.filter((task) => task.start >= since)
				.map((task) => Math.round(task.duration)),
		since
	);
}

test('2,000 people over 240 months load, lay out with progress and play without freezing the page', async ({
	page
}) => {
	test.setTimeout(120_000);
	const text = JSON.stringify(syntheticDataset(2000, 240));
	await page.goto('/');
	await expect(page.getByRole('img', { name: /Faction graph/ })).toBeVisible();
	await page.evaluate(() => {
		const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask' });
	});
	await dropFiles(page, [{ name: 'synthetic-2000.json', text }]);
	await expect(page.getByTestId('dataset-title')).toHaveText('Synthetic: 2000 people');
	await expect(page.getByRole('progressbar', { name: 'Layout progress' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Faction graph/ })).toBeVisible({ timeout: 90_000 });
	const loading = await longTasksSince(page, 0);
	console.log(`long tasks while opening and laying out: ${loading.join(', ') || 'none'} ms`);
	expect(Math.max(0, ...loading)).toBeLessThan(200);

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
	const playFrom = await page.evaluate(() => performance.now());
	await page.getByRole('button', { name: 'Play' }).click();
	await page.waitForTimeout(4000);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(slider).not.toHaveAttribute('aria-valuetext', 'January 1910');
	const playing = await longTasksSince(page, playFrom);
	console.log(`long tasks while playing: ${playing.join(', ') || 'none'} ms`);
	expect(Math.max(0, ...playing)).toBeLessThan(200);
});
