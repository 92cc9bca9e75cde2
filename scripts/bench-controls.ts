import type { Page } from '@playwright/test';

/** Sets the explorer's playback to its fastest speed, as a user picking the last option would. */
export async function selectFastestSpeed(page: Page) {
	const speed = page.getByLabel('Speed');
	// The page's picture comes first: the explorer's controls once it has taken over.
	await speed.locator('option').first().waitFor({ state: 'attached' });
	const options = await speed
		.locator('option')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	await speed.selectOption(options[options.length - 1]!);
}
