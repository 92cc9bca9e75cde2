import { expect, test } from './console';

test('the text view shows who sat in the Politburo in a month and follows the date', async ({
	page
}) => {
	await page.goto('/?at=1926-09');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in September 1926' })
	).toBeVisible();

	const row = (name: RegExp) => page.getByRole('row', { name });
	await expect(row(/Leon Davidovich Trotsky/)).toContainText('Full member');
	await expect(row(/Grigory Yevseyevich Zinoviev/)).toContainText('Not in the Politburo');

	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in October 1926' })
	).toBeVisible();
	await expect(page).toHaveURL(/at=1926-10/);
	await expect(row(/Leon Davidovich Trotsky/)).toContainText('Not in the Politburo');
	await expect(row(/Lev Borisovich Kamenev/)).toContainText('Not in the Politburo');
});
