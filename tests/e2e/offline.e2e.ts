import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { GifReader } from 'omggif';
import { pngSize } from '../unit/png';
import { expect, test } from './console';
import { chooseAnimation, chooseDeckOfMonths, download } from './export-dialog';

// These tests are about the service worker, which the others block (see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Waits until the site's service worker is active and serves this page. */
async function servedByServiceWorker(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("after one visit, the explorer, a linked month, a month's page and the comparison open with no network", async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1924/ })
	).toBeVisible();
	await servedByServiceWorker(page);

	await context.setOffline(true);
	await page.reload();
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1924/ })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Who stood where in June 1924' })).toBeVisible();

	await page.goto('/?at=1926-10');
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926/ })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Who stood where in October 1926' })
	).toBeVisible();
	await expect(page.getByRole('application', { name: /^Storyline, / })).toBeVisible();

	// A month's own page, never visited: the explorer's page answers for it.
	await page.goto('/1931-05');
	await expect(page.getByRole('application', { name: /Faction graph for May 1931/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Who stood where in May 1931' })).toBeVisible();

	await page.goto('/compare');
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1924/ })
	).toBeVisible();
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1929/ })
	).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('application', { name: /Faction graph for June 1929/ })
	).toBeVisible();
});

test('with no network, the exports and the example dataset still download', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/?at=1926-10');
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926/ })
	).toBeVisible();
	await servedByServiceWorker(page);
	await context.setOffline(true);
	await page.reload();

	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export October 1926' });
	const downloadAs = async (format: RegExp) => {
		await dialog.getByRole('radio', { name: format }).check();
		return download(page, () =>
			dialog.getByRole('button', { name: 'Download', exact: true }).click()
		);
	};
	const png = await downloadAs(/PNG image/);
	expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
	const svg = await downloadAs(/SVG image/);
	expect(svg.bytes.toString('utf8')).toContain('October 1926');
	const csv = await downloadAs(/CSV tables/);
	expect(Object.keys(unzipSync(new Uint8Array(csv.bytes)))).toEqual(
		expect.arrayContaining(['factions-1926-10-people.csv', 'factions-1926-10-alliances.csv'])
	);
	const storyline = await downloadAs(/Storyline of the whole range, as SVG/);
	expect(storyline.bytes.toString('utf8')).toContain('<svg');
	const gexf = await downloadAs(/GEXF/);
	expect(gexf.bytes.toString('utf8')).toContain('<gexf');
	const cyjs = await downloadAs(/Cytoscape JSON/);
	expect(JSON.parse(cyjs.bytes.toString('utf8')).elements.nodes.length).toBeGreaterThan(0);

	// The animation's and the deck's encoders load only when asked for: kept all the same.
	await chooseAnimation(dialog, { start: '1926-10', end: '1926-11', stopAt: 'month' });
	const gif = await download(page, () =>
		dialog.getByRole('button', { name: 'Download GIF of 2 dates' }).click()
	);
	expect(new GifReader(new Uint8Array(gif.bytes)).numFrames()).toBeGreaterThan(2);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Export…' }).click();
	await chooseDeckOfMonths(dialog, '1926-10');
	const deck = await download(page, () =>
		dialog.getByRole('button', { name: 'Download deck of 1 slide and a title' }).click()
	);
	expect(Object.keys(unzipSync(new Uint8Array(deck.bytes)))).toContain('ppt/slides/slide2.xml');
	await page.keyboard.press('Escape');

	const example = await download(page, () =>
		page.getByRole('link', { name: 'Example dataset' }).click()
	);
	expect(JSON.parse(example.bytes.toString('utf8'))).toHaveProperty('people');
});

test('a new version announces itself, and Reload brings it in', async ({ page }) => {
	await page.goto('/?at=1926-10');
	await servedByServiceWorker(page);
	await expect(page.getByText('A new version is ready.')).toHaveCount(0);

	// The next deployment, as the browser sees it: a new script for the same scope. (Playwright
	// cannot change the bytes of the worker's own script: the browser fetches it, not the page.)
	const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
	await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js?next'));

	const notice = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
	await expect(notice).toBeVisible();
	// Until the user reloads, the page stays with the version it started with.
	const waiting = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.waiting !== null;
	});
	expect(waiting).toBe(true);
	expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(
		firstWorker
	);

	// The next version's page registers its own script, as a deployment's always does.
	await page.addInitScript(() => {
		const register = ServiceWorkerContainer.prototype.register;
		ServiceWorkerContainer.prototype.register = function (url, options) {
			return register.call(this, `${String(url)}?next`, options);
		};
	});
	const reloaded = page.waitForEvent('load');
	await notice.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(
		page.getByRole('application', { name: /Faction graph for October 1926/ })
	).toBeVisible();
	await expect(page.getByText('A new version is ready.')).toHaveCount(0);
	expect(
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			return {
				waiting: registration.waiting !== null,
				controller: navigator.serviceWorker.controller?.scriptURL
			};
		})
	).toEqual({ waiting: false, controller: expect.stringMatching(/service-worker\.js\?next$/) });
});

test('the site can be installed: its manifest names it, opens it in a window of its own, and its icons are there', async ({
	page
}) => {
	await page.goto('/');
	await servedByServiceWorker(page);
	const cdp = await page.context().newCDPSession(page);
	// What Chromium checks before it offers Install: nothing may be missing. (A test's browser
	// context is off the record, where Chromium never installs: that one reason is the context's.)
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
	const { url, errors, data } = await cdp.send('Page.getAppManifest');
	expect(errors).toEqual([]);
	const manifest = JSON.parse(data!) as {
		short_name: string;
		display: string;
		start_url: string;
		icons: { src: string; sizes: string }[];
	};
	expect(manifest).toMatchObject({ short_name: 'Factions', display: 'standalone' });
	expect(new URL(manifest.start_url, url).pathname).toBe('/');
	expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
	for (const icon of manifest.icons) {
		const response = await page.request.get(new URL(icon.src, url).href);
		const [width, height] = icon.sizes.split('x').map(Number);
		expect(pngSize(await response.body())).toEqual({ width, height });
	}
});
