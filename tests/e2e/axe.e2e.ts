import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './console';
import { dropFiles } from './files';

/** Every rule of WCAG 2.2 A and AA that axe-core checks, on the whole page. */
async function violations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations
		.map((v) =>
			// The time bar's event marks are small so that each sits at its month; WCAG 2.5.8 exempts
			// them because the same jump is a full-size control away ("Previous event", "Next event").
			v.id === 'target-size'
				? { ...v, nodes: v.nodes.filter((n) => !n.html.includes('class="mark')) }
				: v
		)
		.filter((v) => v.nodes.length > 0)
		.map(
			(v) =>
				`${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`
		);
}

// axe-core reads every element's computed style: on this 2-core machine a page takes up to a minute.
test.describe.configure({ timeout: 120_000 });

const graph = (page: Page) => page.getByRole('application', { name: /Faction graph/ }).first();

test('the explorer has no accessibility violations', async ({ page }) => {
	await page.goto('/?at=1926-10');
	await expect(graph(page)).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the details panel has no accessibility violations', async ({ page }) => {
	await page.goto('/?at=1926-10&focus=trotsky');
	await expect(page.getByRole('heading', { level: 2, name: /Trotsky$/ })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the compare view has no accessibility violations', async ({ page }) => {
	await page.goto('/compare?a=1924-06&b=1929-06&focus=stalin');
	await expect(graph(page)).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the export dialog has no accessibility violations', async ({ page }) => {
	await page.goto('/?at=1926-10');
	await expect(graph(page)).toBeVisible();
	await page.getByRole('button', { name: 'Export…' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the list of import errors has no accessibility violations', async ({ page }) => {
	await page.goto('/');
	await expect(graph(page)).toBeVisible();
	await dropFiles(page, [{ name: 'broken.json', text: '{"meta": {"title": 3}, "people": [{}]}' }]);
	await expect(page.getByRole('alert')).toContainText('could not be opened');
	expect(await violations(page)).toEqual([]);
});
