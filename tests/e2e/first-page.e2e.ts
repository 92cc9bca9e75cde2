import { expect, test } from './console';

test('the text view shows who sat in the Politburo in a month and follows the month input', async ({
	page
}) => {
	await page.goto('/?at=1926-09');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in September 1926' })
	).toBeVisible();

	const row = (name: RegExp) => page.getByRole('row', { name });
	await expect(row(/Leon Trotsky/)).toContainText('Full member');
	await expect(row(/Grigory Zinoviev/)).toContainText('Not in the Politburo');

	await page.getByLabel('Month').fill('1926-11');
	await page.getByLabel('Month').dispatchEvent('change');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in November 1926' })
	).toBeVisible();
	await expect(page).toHaveURL(/at=1926-11/);
	await expect(row(/Leon Trotsky/)).toContainText('Not in the Politburo');
});
