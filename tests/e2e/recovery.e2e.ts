import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './console';
import { dropFiles } from './files';

const exampleText = readFileSync(
	new URL('../../static/examples/cultural-revolution.json', import.meta.url),
	'utf8'
);
const EXAMPLE_TITLE = /Cultural Revolution/;
const BUILTIN_TITLE = /The Soviet leadership struggle/;
const datasetTitle = (page: Page) => page.getByTestId('dataset-title');
const datasetRegion = (page: Page) => page.getByRole('region', { name: 'Dataset', exact: true });
const failure = (page: Page) => page.getByRole('alert').filter({ hasText: 'cannot be drawn' });

/**
 * Makes the page's views fail, as a bug would, on any text containing what the tab's session
 * storage names under `break-on`: the page cannot tell this from a fault of its own.
 */
async function breakOnText(page: Page) {
	await page.addInitScript(() => {
		for (const property of ['nodeValue', 'textContent'] as const) {
			const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, property)!;
			Object.defineProperty(Node.prototype, property, {
				...descriptor,
				set(this: Node, value: unknown) {
					const marker = sessionStorage.getItem('break-on');
					if (marker && String(value).includes(marker))
						throw new Error(`cannot draw a text of ${String(value).length} characters`);
					descriptor.set!.call(this, value);
				}
			});
		}
	});
}
const failOn = (page: Page, marker: string | null) =>
	page.evaluate(
		(marker) =>
			marker === null
				? sessionStorage.removeItem('break-on')
				: sessionStorage.setItem('break-on', marker),
		marker
	);

test('a dataset the page cannot draw says what failed, offers a way back, and is not kept', async ({
	page
}) => {
	await breakOnText(page);
	await page.goto('/');
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await failOn(page, 'Lin Biao');
	await dropFiles(page, [{ name: 'cultural-revolution.json', text: exampleText }]);
	await expect(failure(page)).toContainText('cannot draw a text of');
	await expect(failure(page).getByRole('button', { name: 'Forget this dataset' })).toBeVisible();

	await page.reload();
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await expect(failure(page)).toHaveCount(0);
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
});

test('a kept dataset the page can no longer draw can be set aside for now, or forgotten', async ({
	page
}) => {
	// Seven page loads, two of them laying out an opened dataset.
	test.setTimeout(90_000);
	await breakOnText(page);
	await page.goto('/');
	await dropFiles(page, [{ name: 'cultural-revolution.json', text: exampleText }]);
	await expect(datasetRegion(page)).toContainText(': kept in this browser');

	await failOn(page, 'Lin Biao');
	await page.reload();
	await expect(failure(page)).toContainText('cannot draw a text of');
	await failure(page).getByRole('button', { name: 'Back to the built-in data' }).click();
	await expect(failure(page)).toHaveCount(0);
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();

	// Set aside, not lost: the next visit shows it (and fails on it) again.
	await page.reload();
	await expect(failure(page)).toBeVisible();
	await failure(page).getByRole('button', { name: 'Forget this dataset' }).click();
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await page.reload();
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await expect(failure(page)).toHaveCount(0);

	// The compare view offers the same way out.
	await failOn(page, null);
	await dropFiles(page, [{ name: 'cultural-revolution.json', text: exampleText }]);
	await expect(datasetRegion(page)).toContainText(': kept in this browser');
	await failOn(page, 'Lin Biao');
	await page.goto('/compare');
	await expect(failure(page)).toBeVisible();
	await failure(page).getByRole('button', { name: 'Back to the built-in data' }).click();
	await expect(page.getByText(/Soviet leadership struggle.*two dates compared/)).toBeVisible();
});

test.describe('a dataset from a link', () => {
	const other = JSON.parse(exampleText) as { meta: { title: string } };
	other.meta.title = 'A colleague’s dataset';
	const address = 'https://data.example.org/colleague.json';

	test('shows the built-in data while it arrives, and Cancel stops it', async ({ page }) => {
		// A host that accepts the request and never answers.
		await page.route(address, () => {});
		await page.goto(`/?data=${address}`);
		const opening = page.getByRole('status', { name: 'Opening a linked dataset' });
		await expect(opening).toContainText(`Opening the dataset at ${address}`);
		await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
		await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();
		await page.getByRole('slider', { name: 'Date' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/at=1924-07/);

		await opening.getByRole('button', { name: 'Cancel' }).click();
		await expect(opening).toHaveCount(0);
		await expect(page).not.toHaveURL(/data=/);
		await expect(page).toHaveURL(/at=1924-07/);
		await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
		await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	});

	test('asks before it replaces the dataset kept in the browser', async ({ page }) => {
		test.setTimeout(90_000);
		await page.route(address, (route) =>
			route.fulfill({
				json: other,
				headers: { 'access-control-allow-origin': '*' }
			})
		);
		await page.goto('/');
		await dropFiles(page, [{ name: 'cultural-revolution.json', text: exampleText }]);
		await expect(datasetRegion(page)).toContainText(': kept in this browser');

		await page.goto(`/?data=${address}`);
		await expect(datasetTitle(page)).toHaveText('A colleague’s dataset');
		await expect(datasetRegion(page)).toContainText(': not kept in this browser');
		const question = page.getByRole('region', { name: /Keep “A colleague’s dataset”/ });
		await question.getByRole('button', { name: /^Back to “The Chinese/ }).click();
		await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
		await expect(page).not.toHaveURL(/data=/);
		await page.reload();
		await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);

		await page.goto(`/?data=${address}`);
		await question.getByRole('button', { name: 'Keep “A colleague’s dataset” instead' }).click();
		await expect(question).toHaveCount(0);
		await expect(datasetRegion(page)).toContainText(': kept in this browser');
		await page.reload();
		await expect(page).not.toHaveURL(/data=/);
		await expect(datasetTitle(page)).toHaveText('A colleague’s dataset');
	});
});
