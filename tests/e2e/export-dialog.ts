import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
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
