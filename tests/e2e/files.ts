import type { Page } from '@playwright/test';

/** Drops files on the page as a user dragging them from the desktop does. */
export async function dropFiles(page: Page, files: { name: string; text: string }[]) {
	// The page's first picture takes no files: the explorer that replaces it does.
	await page.getByTestId('dataset-title').waitFor({ state: 'visible' });
	const dataTransfer = await page.evaluateHandle((files) => {
		const transfer = new DataTransfer();
		for (const { name, text } of files) transfer.items.add(new File([text], name));
		return transfer;
	}, files);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
}
