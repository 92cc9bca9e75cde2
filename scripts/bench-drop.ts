import type { Page } from '@playwright/test';
import { syntheticDataset } from './synthetic';

/** A synthetic dataset of `people` over 240 months, as the file a user would drop. */
export function syntheticFile(people: number): { name: string; text: string } {
	return { name: `synthetic-${people}.json`, text: JSON.stringify(syntheticDataset(people, 240)) };
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
	const transfer = await page.evaluateHandle(({ name, text }) => {
		const data = new DataTransfer();
		data.items.add(new File([text], name));
		return data;
	}, file);
	await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
	await page.getByText(`Synthetic: ${people} people`).first().waitFor();
	await page.getByRole('application', { name: /Faction graph/ }).waitFor({ timeout });
}
