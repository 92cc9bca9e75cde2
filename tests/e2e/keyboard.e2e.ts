import type { Page } from '@playwright/test';
import { expect, test } from './console';
import { positionsOf } from './graph';

const graph = (page: Page) => page.getByRole('application', { name: /Faction graph/ });
/** What the graph says of the person the keyboard is on. */
const heard = (page: Page) =>
	page.getByRole('status').filter({ hasText: /^[^:]+: (Left|Centre|Right|no faction); / });
const details = (page: Page) =>
	page.getByRole('region', { name: /./ }).filter({
		has: page.getByRole('button', { name: 'Close' })
	});

test('from the skip link, arrow keys reach people on the graph, Enter opens one, Escape comes back', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	await positionsOf(page, []);

	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the graph' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(graph(page)).toBeFocused();

	const reached = new Set<string>();
	for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
		await page.keyboard.press(key);
		await expect(heard(page)).toHaveCount(1);
		reached.add((await heard(page).textContent())!);
	}
	expect(reached.size, [...reached].join('\n')).toBeGreaterThanOrEqual(3);

	const said = (await heard(page).textContent())!;
	const name = said.slice(0, said.indexOf(':'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`focus=${name.toLowerCase()}`));
	// The details give the full name: "Dzerzhinsky" is "Felix Dzerzhinsky".
	const heading = page.getByRole('heading', { level: 2, name: new RegExp(`${name}$`) });
	await expect(heading).toBeFocused();

	await page.keyboard.press('Escape');
	await expect(heading).toHaveCount(0);
	await expect(page).not.toHaveURL(/focus=/);
	await expect(graph(page)).toBeFocused();
});

test('Stalin is announced with his faction, status and alliance in June 1924', async ({ page }) => {
	await page.goto('/?at=1924-06&focus=stalin');
	await positionsOf(page, ['stalin']);
	// The keyboard starts from the selected person.
	await graph(page).focus();
	await expect(heard(page)).toHaveText(
		'Stalin: Centre; full member of the Politburo; Troika (Zinoviev–Kamenev–Stalin).'
	);
});

test('names in the text view are buttons that open the details, and Escape returns to them', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	await expect(graph(page)).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the text view' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in June 1924' })
	).toBeInViewport();

	const bukharin = page.getByRole('button', { name: /^Nikolai .*Bukharin$/ });
	await bukharin.focus();
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { level: 2, name: /Bukharin$/ });
	await expect(heading).toBeFocused();
	await expect(details(page)).toContainText('Right');
	await page.keyboard.press('Escape');
	await expect(heading).toHaveCount(0);
	await expect(bukharin).toBeFocused();
});
