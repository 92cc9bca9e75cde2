import type { Browser } from '@playwright/test';
import { ms } from './bench-figures';
import { longTasksSince, watchLongTasks } from './bench-long-tasks';

/**
 * The video of 1923-01 to 1929-12 by month at 1280 × 720 made in the app (the GIF's frames,
 * encoded by WebCodecs in a worker and muxed by mediabunny): its time from click to saved file,
 * its size, and the page's long tasks meanwhile. Once as the browser chooses (MP4 where it has
 * H.264), once as WebM (H.264 refused, as in a browser without it).
 */
export async function benchVideoInBrowser(browser: Browser, base: string) {
	for (const refuseH264 of [false, true]) {
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		if (refuseH264)
			await page.addInitScript(() => {
				const supported = VideoEncoder.isConfigSupported.bind(VideoEncoder);
				VideoEncoder.isConfigSupported = async (config) =>
					config.codec.startsWith('avc1') ? { supported: false, config } : supported(config);
			});
		await page.goto(`${base}/?at=1926-10`);
		await page.getByRole('application', { name: /Faction graph/ }).waitFor();
		await page.getByRole('button', { name: 'Export…' }).click();
		const dialog = page.getByRole('dialog', { name: /^Export / });
		await dialog.getByRole('button', { name: 'Animated GIF or video…' }).click();
		await dialog.getByLabel('Start', { exact: true }).fill('1923-01');
		await dialog.getByLabel('End', { exact: true }).fill('1929-12');
		await dialog.getByLabel('Stop at', { exact: true }).selectOption('month');
		const choice = dialog.getByLabel('File', { exact: true });
		await choice.locator('option[value="video"]').waitFor({ state: 'attached' });
		await choice.selectOption('video');
		const offered = await choice.locator('option:checked').textContent();
		await watchLongTasks(page);
		const since = await page.evaluate(() => performance.now());
		const started = performance.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 600_000 }),
			dialog.getByRole('button', { name: /^Download video of \d+ dates$/ }).click()
		]);
		await download.path();
		const took = performance.now() - started;
		const status = await dialog.getByRole('status').textContent();
		const tasks = await longTasksSince(page, since);
		console.log(
			`video (${offered}) of 1923-01 to 1929-12 by month, 1280 × 720, in the app: ${ms(took)} from click to saved file; ${status}; ` +
				`${tasks.length} main-thread tasks over 50 ms, longest ${tasks.length ? ms(Math.max(...tasks)) : 'none'}`
		);
		await page.close();
	}
}
