import type { JSHandle, Page } from '@playwright/test';
import { syntheticDataset } from './synthetic';

/** A synthetic dataset of `people` over `months` months, as the file a user would drop. */
export function syntheticFile(people: number, months = 240): { name: string; text: string } {
	return {
		name: `synthetic-${people}.json`,
		text: JSON.stringify(syntheticDataset(people, months))
	};
}

/**
 * The file as the page would hold it once a user has picked it up: made before any measuring
 * starts, since handing its text to the page (megabytes through the browser's protocol) is the
 * benchmark's work, not the app's.
 */
export function fileTransfer(page: Page, file: { name: string; text: string }) {
	return page.evaluateHandle(({ name, text }) => {
		const data = new DataTransfer();
		data.items.add(new File([text], name));
		return data;
	}, file);
}

/** Drags the file in `transfer` over the explorer and drops it, as a user would. */
export async function dropTransfer(page: Page, transfer: JSHandle<DataTransfer>) {
	await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

/**
 * Waits until the page shows `text` and, unless `graph` is false, the graph is drawn: in sight,
 * not the last dataset's graph kept hidden while the new one is laid out. Checked four times a
 * second with two cheap queries: Playwright's role and text locators walk the whole page on
 * every try, which at thousands of people is itself a long task on the page measured.
 */
export async function waitQuietly(page: Page, text: RegExp, { graph = true, timeout = 180_000 }) {
	await page.waitForFunction(
		({ source, graph }) =>
			new RegExp(source).test(document.querySelector('main')?.textContent ?? '') &&
			(!graph ||
				document
					.querySelector('[role="application"][aria-label^="Faction graph"]')
					?.checkVisibility({ visibilityProperty: true }) === true),
		{ source: text.source, graph },
		{ polling: 250, timeout }
	);
}

/**
 * Drops a synthetic dataset's file on the explorer, as a user dragging it would, and waits until
 * its graph is drawn (laid out in the worker: minutes at 2,000 people on a busy machine).
 */
export async function dropSynthetic(
	page: Page,
	people: number,
	file = syntheticFile(people),
	timeout = 180_000
) {
	await dropTransfer(page, await fileTransfer(page, file));
	await waitQuietly(page, new RegExp(`Synthetic: ${people} people`), { timeout });
}
