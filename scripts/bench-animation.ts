import type { Browser } from '@playwright/test';
import { statSync } from 'node:fs';
import { ms } from './bench-figures';
import { longTasksSince, watchLongTasks } from './bench-long-tasks';

/** Budgets of the animated GIF of 1923-01 to 1929-12 by month at 1280 × 720 (issue 13). */
export const GIF_BUDGET = { ms: 20_000, bytes: 10 * 1024 * 1024 };

/** Whether a figure is within its budget, in words. */
export const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

const FILES = [
	{ file: 'gif', refuseH264: false },
	{ file: 'video', refuseH264: false },
	{ file: 'video', refuseH264: true }
] as const;

/**
 * The animations of 1923-01 to 1929-12 by month at 1280 × 720 made in the app (frames painted
 * and encoded in a worker): the GIF, and the video once as the browser chooses (MP4 where it has
 * H.264) and once as WebM (H.264 refused, as in a browser without it). Each with its time from
 * click to saved file, its size, and the page's long tasks meanwhile.
 */
export async function benchAnimationsInBrowser(browser: Browser, base: string) {
	for (const { file, refuseH264 } of FILES) {
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
		await choice.locator(`option[value="${file}"]`).waitFor({ state: 'attached' });
		await choice.selectOption(file);
		const offered = await choice.locator('option:checked').textContent();
		await watchLongTasks(page);
		const since = await page.evaluate(() => performance.now());
		const started = performance.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 600_000 }),
			dialog
				.getByRole('button', {
					name: new RegExp(`^Download ${file === 'gif' ? 'GIF' : 'video'} of \\d+ dates$`)
				})
				.click()
		]);
		const bytes = statSync((await download.path())!).size;
		const took = performance.now() - started;
		const status = await dialog.getByRole('status').textContent();
		const tasks = await longTasksSince(page, since);
		const budget =
			file === 'gif'
				? ` (budgets ${ms(GIF_BUDGET.ms)}: ${verdict(took < GIF_BUDGET.ms)}; 10 MB: ${verdict(bytes < GIF_BUDGET.bytes)})`
				: '';
		console.log(
			`${offered} of 1923-01 to 1929-12 by month, 1280 × 720, in the app: ${ms(took)} from click to saved file, ` +
				`${(bytes / 1024 / 1024).toFixed(2)} MB${budget}; ${status}; ` +
				`${tasks.length} main-thread tasks over 50 ms, longest ${tasks.length ? ms(Math.max(...tasks)) : 'none'}`
		);
		await page.close();
	}
}
