import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './console';

const meta = JSON.parse(readFileSync('graph-data/soviet-struggle/meta.json', 'utf8')).meta as {
	start: string;
	end: string;
};

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "October 1926" → "1926-10" */
function monthKey(text: string): string {
	const [name, year] = text.split(' ');
	return `${year}-${String(MONTH_NAMES.indexOf(name ?? '') + 1).padStart(2, '0')}`;
}

/** "1926-10" → "October 1926" */
function monthName(key: string): string {
	return `${MONTH_NAMES[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`;
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const marks = (page: Page) =>
	page.getByRole('toolbar', { name: 'Events on the timeline' }).getByRole('button');

/** The months that have an event mark, read from the marks' names ("January 1924: Lenin dies"). */
async function markMonths(page: Page): Promise<string[]> {
	await expect(marks(page).first()).toBeAttached();
	const names = await marks(page).evaluateAll((buttons) =>
		buttons.map((b) => b.getAttribute('aria-label') ?? '')
	);
	return names.map((name) => monthKey(name.split(':')[0]!));
}

test('arrow keys move the date a month at a time and write it to the URL', async ({ page }) => {
	await page.goto('/?at=1924-06');
	await slider(page).focus();
	for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', 'June 1925');
	await expect(page).toHaveURL(/at=1925-06/);
	await page.keyboard.press('ArrowLeft');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', 'May 1925');
	await expect(page).toHaveURL(/at=1925-05/);
});

test('PageUp and PageDown move a year, Home and End go to the first and last month', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	await slider(page).focus();
	await page.keyboard.press('PageUp');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', 'June 1925');
	await expect(page).toHaveURL(/at=1925-06/);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', 'June 1923');
	await expect(page).toHaveURL(/at=1923-06/);

	await page.keyboard.press('Home');
	await expect(page).toHaveURL(new RegExp(`at=${meta.start}`));
	await expect(slider(page)).toHaveValue('0');
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(new RegExp(`at=${meta.start}`));

	await page.keyboard.press('End');
	await expect(page).toHaveURL(new RegExp(`at=${meta.end}`));
	const max = await slider(page).getAttribute('max');
	await expect(slider(page)).toHaveValue(max!);
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(new RegExp(`at=${meta.end}`));
});

test('Space on the slider plays and pauses, and playing advances the month', async ({ page }) => {
	// The page's clock, so that the test can let time pass after the pause without waiting.
	await page.clock.install();
	await page.goto('/?at=1924-06');
	// The storyline above the slider changes the page's height when it arrives: wait for it, so
	// that only Space could move the page below.
	await expect(
		page.getByRole('region', { name: 'Storyline' }).locator('svg').first()
	).toBeVisible();
	// Focusing scrolls the slider into view on a short window; go back to the top (the slider keeps
	// focus) so that a Space the page did not take would scroll it down.
	await slider(page).focus();
	await page.evaluate(() => window.scrollTo(0, 0));
	expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await expect(slider(page)).not.toHaveAttribute('aria-valuetext', 'June 1924');
	await expect(page).not.toHaveURL(/at=1924-06/);
	// The page must not scroll when Space is pressed on the slider.
	expect(await page.evaluate(() => window.scrollY)).toBe(0);

	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	const stopped = await slider(page).getAttribute('aria-valuetext');
	await expect(page).toHaveURL(new RegExp(`at=${monthKey(stopped!)}`));
	// Longer than two steps at the speed it played at: a playback still running would move on.
	await page.clock.runFor(1200);
	await expect(slider(page)).toHaveAttribute('aria-valuetext', stopped!);
	await expect(page).toHaveURL(new RegExp(`at=${monthKey(stopped!)}`));
});

test('Play at the last month starts again from the first', async ({ page }) => {
	await page.goto(`/?at=${meta.end}`);
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	const earlyMonths = /at=191[78]-/;
	await expect(page).toHaveURL(earlyMonths);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page).toHaveURL(earlyMonths);
});

test('Previous event and Next event jump to the nearest month with events', async ({ page }) => {
	await page.goto('/?at=1924-06');
	const withEvents = await markMonths(page);
	const expectedNext = withEvents.find((m) => m > '1924-06')!;
	const expectedPrevious = withEvents.findLast((m) => m < expectedNext)!;

	await page.getByRole('button', { name: 'Next event' }).click();
	await expect(page).toHaveURL(new RegExp(`at=${expectedNext}`));
	const title = await slider(page).getAttribute('aria-valuetext');
	expect(monthKey(title!)).toBe(expectedNext);
	await expect(page.getByRole('button', { name: new RegExp(`^${title}: `) })).toHaveAttribute(
		'aria-current',
		'date'
	);
	await expect(page.getByText(new RegExp(`^${title} — .+`))).toBeVisible();

	await page.getByRole('button', { name: 'Previous event' }).click();
	await expect(page).toHaveURL(new RegExp(`at=${expectedPrevious}`));
	// One mark is the current month's and one holds the toolbar's tab stop, however many steps
	// the month took to get there.
	await slider(page).focus();
	for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft'])
		await page.keyboard.press(key);
	await expect(slider(page)).toHaveAttribute('aria-valuetext', monthName(expectedPrevious));
	const current = marks(page).and(page.locator('[aria-current="date"]'));
	await expect(current).toHaveCount(1);
	await expect(current).toHaveAccessibleName(new RegExp(`^${monthName(expectedPrevious)}: `));
	await expect(marks(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);

	await page.goto(`/?at=${withEvents.at(-1)}`);
	await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
	await page.goto(`/?at=${withEvents[0]}`);
	await expect(page.getByRole('button', { name: 'Previous event' })).toBeDisabled();
});

test('event marks name their events, show them on focus and hover, and jump on click', async ({
	page
}) => {
	await page.goto('/?at=1924-06');
	await expect(marks(page).filter({ hasText: 'Lenin dies' })).toHaveAccessibleName(
		/^January 1924: .*Lenin dies/
	);

	// One tab stop for all the marks: Tab from the slider lands on the next event's mark.
	const withEvents = await markMonths(page);
	const nextMonth = withEvents.find((m) => m > '1924-06')!;
	await slider(page).focus();
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveAccessibleName(/^\w+ \d{4}: /);
	const name = (await focused.getAttribute('aria-label'))!;
	expect(monthKey(name.split(':')[0]!)).toBe(nextMonth);
	const firstTitle = name.split(': ')[1]!.split('; ')[0]!;
	await expect(focused.getByText(firstTitle)).toBeVisible();

	await page.keyboard.press('ArrowRight');
	const after = withEvents[withEvents.indexOf(nextMonth) + 1]!;
	await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`^${monthName(after)}: `));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`at=${after}`));

	const last = marks(page).last();
	const lastName = (await last.getAttribute('aria-label'))!;
	await last.hover();
	await expect(last.getByText(lastName.split(': ')[1]!.split('; ')[0]!)).toBeVisible();
	await last.click();
	await expect(page).toHaveURL(new RegExp(`at=${monthKey(lastName.split(':')[0]!)}`));
	await expect(page.getByText(`${lastName.split(':')[0]} — `)).toBeVisible();
});

test('a month without events says so quietly', async ({ page }) => {
	await page.goto('/?at=1924-06');
	const withEvents = new Set(await markMonths(page));
	let quiet = '1925-02';
	while (withEvents.has(quiet))
		quiet = `1925-${String(Number(quiet.slice(5)) + 1).padStart(2, '0')}`;
	await page.goto(`/?at=${quiet}`);
	await expect(page.getByText('No recorded events this month')).toBeVisible();
});

test('Back returns to the month before the last key press', async ({ page }) => {
	await page.goto('/?at=1924-06');
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/at=1924-07/);
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/at=1925-07/);

	await page.goBack();
	await expect(page).toHaveURL(/at=1924-07/);
	await expect(slider(page)).toHaveAttribute('aria-valuetext', 'July 1924');
	await page.goBack();
	await expect(page).toHaveURL(/at=1924-06/);
	await expect(slider(page)).toHaveAttribute('aria-valuetext', 'June 1924');
});
