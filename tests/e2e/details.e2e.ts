import type { Page } from '@playwright/test';
import { expect, test } from './console';

const STALIN = 'Joseph Vissarionovich Stalin';
const TROTSKY = 'Leon Davidovich Trotsky';

const search = (page: Page) => page.getByRole('combobox', { name: 'Find a person' });
const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('typing "stal" and Enter opens Stalin with his office, its dates and sources', async ({
	page
}) => {
	await page.goto('/?at=1926-10');
	await search(page).fill('stal');
	await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Stalin');
	await search(page).press('Enter');

	const details = panel(page, STALIN);
	await expect(details.getByRole('heading', { level: 2, name: STALIN })).toBeVisible();
	await expect(page).toHaveURL(/focus=stalin/);
	await expect(search(page)).toHaveAttribute('aria-expanded', 'false');

	await expect(details.getByText('In October 1926')).toBeVisible();
	await expect(details.getByRole('definition').first()).toHaveText('Full member');
	const office = details
		.getByRole('listitem')
		.filter({ hasText: 'General Secretary of the Central Committee' })
		.filter({ hasText: 'from 3 Apr 1922' })
		.last();
	await expect(office).toContainText('High confidence');
	const link = office.getByRole('link').first();
	await expect(link).toHaveAttribute('href', /^https?:\/\//);
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', 'noreferrer');
	// His faction alignment is in the timeline too.
	await expect(details.getByText('Centre').first()).toBeVisible();
});

test('Close clears the panel and the selection in the URL', async ({ page }) => {
	await page.goto('/?at=1926-10&focus=stalin');
	const details = panel(page, STALIN);
	await expect(details).toBeVisible();
	await details.getByRole('button', { name: 'Close' }).click();
	await expect(details).toHaveCount(0);
	await expect(page).not.toHaveURL(/focus=/);
	await expect(page).toHaveURL(/at=1926-10/);
});

test('a link with focus=trotsky opens Trotsky; his alliance opens with its members and disagreements', async ({
	page
}) => {
	await page.goto('/?at=1926-10&focus=trotsky');
	const details = panel(page, TROTSKY);
	await expect(details.getByRole('heading', { level: 2, name: TROTSKY })).toBeVisible();
	await expect(details).toContainText('1879–1940');
	// Removed from the Politburo on 23 October 1926, but on stage in the United Opposition.
	await expect(details.getByRole('definition').first()).toHaveText('Not in the Politburo');
	// An office with a recorded alternative end date.
	await expect(details).toContainText('Other sources');
	await expect(details).toContainText('ended 26 Jan 1925');

	await details.getByRole('button', { name: 'United Opposition' }).click();
	const alliance = panel(page, 'United Opposition');
	await expect(alliance.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(page).toHaveURL(/alliance=united-opposition/);
	await expect(page).not.toHaveURL(/focus=/);
	for (const member of ['Trotsky', 'Zinoviev', 'Kamenev', 'Krupskaya']) {
		await expect(alliance.getByRole('button', { name: member, exact: true })).toBeVisible();
	}
	await expect(
		alliance.getByRole('heading', { name: 'Disagreements about its dates' })
	).toBeVisible();
	await expect(alliance).toContainText('began May 1926');
	await expect(alliance).toContainText('began Jul 1926');
	await expect(alliance).toContainText(
		'Krupskaya still marched with the opposition in November 1927'
	);
	await expect(alliance).toContainText('Opposition bloc');

	// A member selects the person.
	await alliance.getByRole('button', { name: 'Zinoviev', exact: true }).click();
	await expect(panel(page, 'Grigory Yevseyevich Zinoviev')).toBeVisible();
	await expect(page).toHaveURL(/focus=zinoviev/);
});

test('an alliance chosen in the legend opens with its members and recorded disagreements', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	await page
		.getByRole('region', { name: 'Legend' })
		.getByRole('button', { name: /Troika/ })
		.click();
	const alliance = panel(page, 'Troika (Zinoviev–Kamenev–Stalin)');
	await expect(alliance).toBeVisible();
	await expect(page).toHaveURL(/alliance=troika/);
	await expect(alliance).toContainText('Alliance,');
	await expect(alliance).toContainText('Active in June 1924');
	for (const member of ['Zinoviev', 'Kamenev', 'Stalin']) {
		await expect(alliance.getByRole('button', { name: member, exact: true })).toBeVisible();
	}
	await expect(
		alliance.getByRole('heading', { name: 'Disagreements about its dates' })
	).toBeVisible();
	await expect(alliance.getByRole('link').first()).toBeVisible();
});

test('an unknown person in the URL gives a notice and no panel', async ({ page }) => {
	await page.goto('/?focus=nobody');
	await expect(page.getByRole('status').filter({ hasText: 'No person "nobody"' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Close' })).toHaveCount(0);
	await expect(page.locator('#details-heading')).toHaveCount(0);
});

test('the person search: partial, accent-free matching, arrows, Escape and clicks', async ({
	page
}) => {
	await page.goto('/?at=1926-10');
	const box = search(page);
	const options = page.getByRole('listbox').getByRole('option');

	await box.fill('zinov');
	await expect(options.first()).toContainText('Zinoviev');

	// "Jānis Rudzutak" is found without the macron, before Jan Sten, whose Latvian name
	// "Jānis Stens" is one of his aliases.
	await box.fill('janis');
	await expect(options).toHaveCount(2);
	await expect(options.first()).toContainText('Rudzutak');
	await expect(options.nth(1)).toContainText('Sten');

	// First names, and the best match first: a surname prefix before a first name.
	await box.fill('lev');
	await expect(options.filter({ hasText: 'Kamenev' })).toHaveCount(1);
	await box.fill('mol');
	await expect(options.first()).toContainText('Molotov');
	await expect(options.count()).resolves.toBeLessThanOrEqual(8);

	// Arrows move the active option; Enter picks it.
	await box.fill('kam');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await box.press('ArrowDown');
	const activeId = await box.getAttribute('aria-activedescendant');
	expect(activeId).toBeTruthy();
	await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
	await box.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).not.toHaveAttribute('aria-activedescendant');

	await box.fill('k');
	const count = await options.count();
	expect(count).toBeGreaterThan(1);
	expect(count).toBeLessThanOrEqual(8);
	await box.press('ArrowDown');
	await box.press('ArrowDown');
	const second = (await options.nth(1).locator('.label').textContent())!.trim();
	await box.press('Enter');
	await expect(page.locator('#details-heading')).toContainText(second);

	// A click picks an option.
	await box.fill('bukh');
	await options.filter({ hasText: 'Bukharin' }).click();
	await expect(panel(page, 'Nikolai Ivanovich Bukharin')).toBeVisible();
	await expect(page).toHaveURL(/focus=bukharin/);
	await expect(box).toHaveValue('');

	await box.fill('qqq');
	await expect(page.getByText('No one matches “qqq”.')).toBeVisible();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('"Find a person" finds Stalin by his birth name and his Russian name; the panel shows both and his fate', async ({
	page
}) => {
	await page.goto('/?at=1926-10');
	for (const query of ['Dzhugashvili', 'Сталин']) {
		await search(page).fill(query);
		await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
		await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Stalin');
	}
	await search(page).press('Enter');
	const details = panel(page, STALIN);
	await expect(details.getByText('Иосиф Виссарионович Сталин')).toBeVisible();
	await expect(details.getByText(/^Also known as: .*Dzhugashvili/)).toBeVisible();
	await expect(details.getByRole('heading', { level: 3, name: 'Fate' })).toBeVisible();
	await expect(
		details.getByText(/^Alive at the end of the data\. Died 5 March 1953/)
	).toBeVisible();
	await expect(details.getByRole('link', { name: 'Wikidata: Q855' })).toHaveAttribute(
		'href',
		'https://www.wikidata.org/wiki/Q855'
	);
});

test('Zinoviev shot in 1936 and rehabilitated in 1988; the centre charged at his trial is named alleged', async ({
	page
}) => {
	await page.goto('/?at=1936-07&focus=zinoviev');
	const details = panel(page, 'Grigory Yevseyevich Zinoviev');
	await expect(
		details.getByText(
			/^Shot 25 August 1936 .*\(sentenced 24 August 1936\)\. Rehabilitated 13 June 1988\.$/
		)
	).toBeVisible();

	await page.goto('/?at=1937-06&alliance=parallel-trotskyist-centre');
	const centre = panel(page, '"Parallel Anti-Soviet Trotskyist Centre" (charged 1937)');
	await expect(centre.getByText('Charged at trial (alleged), from 23 Jan 1937')).toBeVisible();
	await expect(centre.getByRole('note')).toHaveText(
		"Alleged by the prosecution; the defendants' confessions were extracted under duress."
	);
});
