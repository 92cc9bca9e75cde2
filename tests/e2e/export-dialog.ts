import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './console';

/** Opens the explorer at `at` and its Export dialog; returns the dialog. */
export async function openExport(page: Page, at = '1926-10') {
	await page.goto(`/?at=${at}`);
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
	await page
		.getByRole('button', { name: /Export/ })
		.first()
		.click();
	const dialog = page.getByRole('dialog', { name: /^Export / });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Clicks `button`, waits for the download it starts and returns its name and bytes. */
export async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/**
 * Opens the dialog's animation panel and chooses the period from `start` to `end`, stopping at
 * each `stopAt` if given (the panel's own choice otherwise).
 */
export async function chooseAnimation(
	dialog: Locator,
	{ start, end, stopAt }: { start: string; end: string; stopAt?: 'month' | 'year' }
) {
	await dialog.getByRole('button', { name: 'Animated GIF or video…' }).click();
	await dialog.getByLabel('Start', { exact: true }).fill(start);
	await dialog.getByLabel('End', { exact: true }).fill(end);
	if (stopAt) await dialog.getByLabel('Stop at', { exact: true }).selectOption(stopAt);
}

/** Opens the dialog's slide deck panel and chooses a slide for each of `months`, as typed. */
export async function chooseDeckOfMonths(dialog: Locator, months: string) {
	await dialog.getByRole('button', { name: 'Slide deck (PowerPoint)…' }).click();
	await dialog.getByLabel('Slides of', { exact: true }).selectOption('range');
	await dialog.getByLabel('Dates', { exact: true }).selectOption('chosen');
	await dialog.getByLabel('Months', { exact: true }).fill(months);
}
