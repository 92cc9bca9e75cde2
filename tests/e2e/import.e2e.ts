import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseXml } from '../unit/xml';
import { expect, test } from './console';
import { dropFiles } from './files';
import { positionsOf } from './graph';

/** The parts of the graph's view (`GraphView`, exposed in test builds) read here. */
interface GraphHook {
	cy: { container(): HTMLElement | null };
	placedPeople(): { id: string }[];
	renderedPositionOf(id: string): { x: number; y: number } | null;
}

const exampleText = readFileSync(
	new URL('../../static/examples/cultural-revolution.json', import.meta.url),
	'utf8'
);
const EXAMPLE_TITLE =
	'The Chinese Communist Party leadership in the Cultural Revolution, 1966–1976';
const BUILTIN_TITLE = /The Soviet leadership struggle/;

const datasetTitle = (page: Page) => page.getByTestId('dataset-title');
const graph = (page: Page) => page.getByRole('application', { name: /Faction graph/ });
/** A dataset is kept in the browser once the page has drawn it. */
const kept = (page: Page) =>
	expect(page.getByRole('region', { name: 'Dataset' })).toContainText(': kept in this browser');

test('a dropped dataset is shown, kept after a reload, and the built-in data comes back', async ({
	page
}) => {
	await page.goto('/?at=1926-10&focus=stalin');
	await expect(graph(page)).toBeVisible();
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	// The camera the user moved is for the old data: the new data is fitted whole.
	const area = (await graph(page).boundingBox())!;
	await page.mouse.move(area.x + area.width * 0.5, area.y + area.height * 0.5);
	await page.mouse.down();
	await page.mouse.move(area.x + area.width * 0.95, area.y + area.height * 0.95, { steps: 5 });
	await page.mouse.up();
	const before = await page.evaluateHandle(
		() => (window as unknown as { __factionsGraph: unknown }).__factionsGraph
	);

	// The file is read and checked in a worker, away from the page.
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await dropFiles(page, [{ name: 'cultural-revolution.json', text: exampleText }]);
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	expect(
		workers.some((url) => /import\.worker/.test(url)),
		workers.join(', ')
	).toBe(true);
	// The old month and selection do not exist here: the view moves to the new data's start.
	await expect(page).toHaveURL(/at=1966-05/);
	await expect(page).not.toHaveURL(/focus=/);
	await expect(page.getByRole('heading', { name: 'Who stood where in May 1966' })).toBeVisible();
	await expect(
		page.getByRole('application', { name: /Faction graph for May 1966: 10 people/ })
	).toBeVisible();
	// The graph drew the new data in place (its view was kept, not made again): ten people, all
	// of them on screen, and nobody of the old data left.
	await positionsOf(page, []);
	const drawn = await page.evaluate((kept) => {
		const view = (window as unknown as { __factionsGraph: GraphHook }).__factionsGraph;
		const { width, height } = view.cy.container()!.getBoundingClientRect();
		const people = view.placedPeople().map(({ id }) => ({ id, at: view.renderedPositionOf(id)! }));
		return {
			kept: view === kept,
			ids: people.map((p) => p.id),
			offScreen: people.filter(({ at }) => at.x < 0 || at.y < 0 || at.x > width || at.y > height)
		};
	}, before);
	expect(drawn.kept).toBe(true);
	expect(drawn.ids).toHaveLength(10);
	expect(drawn.ids).not.toContain('stalin');
	expect(drawn.offScreen).toEqual([]);
	await kept(page);

	await page.reload();
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	await expect(page.getByRole('application', { name: /Faction graph for May 1966/ })).toBeVisible();
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('End');
	await expect(
		page.getByRole('heading', { name: 'Who stood where in October 1976' })
	).toBeVisible();
	await expect(page.getByRole('row', { name: /Hua Guofeng/ })).toBeVisible();

	await page.getByRole('button', { name: 'Back to the built-in data' }).click();
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await expect(page).toHaveURL(/at=1924-06/);
	await page.reload();
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await expect(page.getByRole('button', { name: 'Back to the built-in data' })).toHaveCount(0);
});

test('a file dropped on the picture before the explorer has loaded opens once it has', async ({
	page,
	request
}) => {
	// The page's own scripts load; every other (the explorer's code) waits until released.
	const html = await (await request.get('/1926-10')).text();
	const own = new Set(
		[...html.matchAll(/_app\/immutable\/[^"]+\.js/g)].map((match) => `/${match[0]}`)
	);
	let release: () => void = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let asked!: () => void;
	const explorerAsked = new Promise<void>((resolve) => (asked = resolve));
	await page.route(/\/_app\/immutable\/(chunks|nodes)\/.+\.js$/, async (route) => {
		if (own.has(new URL(route.request().url()).pathname)) return route.continue();
		asked();
		await released;
		await route.continue();
	});
	await page.goto('/1926-10');
	// The page has hydrated and asks for the explorer's code, which is held back.
	await explorerAsked;
	await expect(page.getByRole('img', { name: /Faction graph for October 1926/ })).toBeVisible();
	await expect(datasetTitle(page)).toHaveCount(0);

	const dataTransfer = await page.evaluateHandle((text) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], 'cultural-revolution.json'));
		return transfer;
	}, exampleText);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await expect(page.getByRole('status').filter({ hasText: 'cultural-revolution.json' })).toHaveText(
		/will open as soon as the explorer has loaded/
	);
	await expect(datasetTitle(page)).toHaveCount(0);

	release();
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	await expect(
		page.getByRole('application', { name: /Faction graph for May 1966: 10 people/ })
	).toBeVisible();
	await kept(page);
	await expect(page.getByRole('status').filter({ hasText: 'will open as soon' })).toHaveCount(0);
});

test('a broken file lists every problem with its place, and the shown dataset stays', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Dataset files').setInputFiles({
		name: 'cultural-revolution.json',
		mimeType: 'application/json',
		buffer: Buffer.from(exampleText)
	});
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);

	const broken = JSON.parse(exampleText);
	broken.people[3].terms[0].from = '1966-13';
	broken.people[5].name = '';
	broken.events[0].kind = 'meeting';
	await dropFiles(page, [{ name: 'broken.json', text: JSON.stringify(broken) }]);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('broken.json could not be opened: 3 problems');
	const problems = alert.getByRole('listitem');
	await expect(problems).toHaveCount(3);
	await expect(problems.filter({ hasText: 'broken.json: people[3].terms[0].from' })).toContainText(
		'expected a date as YYYY-MM or YYYY-MM-DD'
	);
	await expect(problems.filter({ hasText: 'broken.json: people[5].name' })).toBeVisible();
	await expect(problems.filter({ hasText: 'broken.json: events[0].kind' })).toBeVisible();
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	await expect(graph(page)).toBeVisible();

	await dropFiles(page, [
		{
			name: 'people.csv',
			text: 'id,name,faction,from\nmao,Mao,Centre,1966-05\nLiu,Liu,Right,1966-13\n'
		},
		{ name: 'alliances.csv', text: 'name,from,members\nPair,1966-06,mao; liu\n' }
	]);
	await expect(alert).toContainText('people.csv, alliances.csv could not be opened: 2 problems');
	await expect(alert.getByRole('listitem').first()).toHaveText(
		`people.csv, row 3, column 'id': "Liu" is not an id: use lowercase letters, digits and dashes, such as "liu"`
	);
	await expect(alert.getByRole('listitem').nth(1)).toContainText(
		'people.csv, row 3, column \'from\': "1966-13" is not a date'
	);

	await dropFiles(page, [{ name: 'photo.png', text: '\u0089PNG\r\n' }]);
	await expect(alert).toContainText('photo.png could not be opened: 1 problem');
	await expect(alert).toContainText('a .png file is not a dataset');
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	await alert.getByRole('button', { name: 'Dismiss' }).click();
	await expect(alert).toBeEmpty();
});

test('a name written as HTML shows as text everywhere and runs nothing', async ({ page }) => {
	const attack = '<img src=x onerror=alert(1)>';
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const data = JSON.parse(exampleText);
	data.meta.title = `Title ${attack}`;
	data.people[0].name = `Mao ${attack}`;
	data.people[0].label = attack;
	data.factions[1].label = `Faction ${attack}`;
	data.alliances[1].name = `Alliance ${attack}`;
	data.events[2].title = `Event ${attack}`;

	await page.goto('/');
	await dropFiles(page, [{ name: 'attack.json', text: JSON.stringify(data) }]);
	await expect(datasetTitle(page)).toHaveText(`Title ${attack}`);
	await expect(page.getByRole('banner')).toContainText(`Title ${attack}`);

	await page.getByRole('slider', { name: 'Date' }).focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'Who stood where in August 1966' })).toBeVisible();
	await expect(page.getByRole('row', { name: `Mao ${attack}` })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Legend' })).toContainText(`Faction ${attack}`);
	await expect(page.getByRole('region', { name: 'Legend' })).toContainText(`Alliance ${attack}`);
	await expect(page.getByText(`Event ${attack}`).filter({ visible: true }).first()).toBeVisible();

	await page.getByRole('combobox', { name: /Find a person/ }).fill('Mao');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: `Mao ${attack}` })).toBeVisible();
	await expect(page.getByRole('application', { name: /Faction graph/ })).toBeVisible();

	// The exported picture holds the names as text, escaped.
	await page.getByRole('button', { name: 'Export…' }).click();
	const exportDialog = page.getByRole('dialog', { name: /^Export / });
	await exportDialog.getByRole('radio', { name: /SVG image/ }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		exportDialog.getByRole('button', { name: 'Download', exact: true }).click()
	]);
	const svg = parseXml(readFileSync((await download.path())!, 'utf8'), 'image/svg+xml');
	const texts = Array.from(svg.getElementsByTagName('text'), (t) => t.textContent ?? '');
	expect(texts).toContain(attack);
	expect(texts.join(' ')).toContain(`Title ${attack}`);
	expect(svg.getElementsByTagName('img')).toHaveLength(0);
	await page.keyboard.press('Escape');

	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test.describe('a dataset from an address that fails', () => {
	test.use({
		allowConsoleError:
			/^Failed to load resource: (the server responded with a status of 404|net::ERR_CONNECTION_REFUSED)/
	});

	test('?data= with a missing file says so and shows the built-in data', async ({ page }) => {
		// As a static host answers for a file it does not have.
		await page.route(
			(url) => url.pathname === '/examples/no-such-file.json',
			(route) => route.fulfill({ status: 404, body: 'Not Found' })
		);
		await page.goto('/?data=/examples/no-such-file.json');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'the dataset at /examples/no-such-file.json could not be opened'
		);
		await expect(alert).toContainText('there is no file at this address (HTTP 404 Not Found)');
		await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
		await expect(graph(page)).toBeVisible();
	});

	test('?data= naming a server that refuses says what the likely cause is', async ({ page }) => {
		// As a host that is down, or that refuses to share its files with other sites, answers.
		await page.route('https://data.example.org/**', (route) => route.abort('connectionrefused'));
		await page.goto('/?data=https://data.example.org/factions.json');
		await expect(page.getByRole('alert')).toContainText(
			'the request was refused: data.example.org may be down, or it does not allow other sites to read its files (CORS)'
		);
		await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	});
});

test('?data= opens the dataset at the address', async ({ page }) => {
	await page.goto('/?data=/examples/cultural-revolution.json&at=1971-09');
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	await expect(
		page.getByRole('heading', { name: 'Who stood where in September 1971' })
	).toBeVisible();
	await expect(page.getByRole('alert')).toBeEmpty();
});

test('spreadsheet files dropped together, or a GEXF file picked, make a dataset', async ({
	page
}) => {
	const fixture = (name: string) =>
		readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
	await page.goto('/');
	await dropFiles(page, [
		{ name: 'people.csv', text: fixture('people.csv') },
		{ name: 'alliances.csv', text: fixture('alliances.csv') },
		{ name: 'events.csv', text: fixture('events.csv') }
	]);
	await expect(datasetTitle(page)).toHaveText(
		'Imported from people.csv and alliances.csv and events.csv'
	);
	await expect(page.getByRole('heading', { name: 'Who stood where in May 1966' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Liu Shaoqi/ })).toBeVisible();

	await page.getByLabel('Dataset files').setInputFiles({
		name: 'factions.gexf',
		mimeType: 'application/xml',
		buffer: Buffer.from(fixture('dynamic-attribute.gexf'))
	});
	await expect(datasetTitle(page)).toHaveText('Dynamic factions');
	await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Lin group');
});

test('damaged or unavailable browser storage gives a notice and a working page', async ({
	page
}) => {
	await page.goto('/');
	await dropFiles(page, [{ name: 'cultural-revolution.json', text: exampleText }]);
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	await kept(page);
	// Damage the saved record, as a browser crash or another version of the app might.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factions');
				open.onsuccess = () => {
					const transaction = open.result.transaction('datasets', 'readwrite');
					transaction.objectStore('datasets').put({ dataset: { people: 'garbage' } }, 'imported');
					transaction.oncomplete = () => resolve();
					transaction.onerror = () => reject(transaction.error);
				};
			})
	);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText(
		'The dataset saved in this browser could not be read (it is damaged) and was removed. Showing the built-in data.'
	);
	await expect(datasetTitle(page)).toHaveText(BUILTIN_TITLE);
	await expect(graph(page)).toBeVisible();

	// As in a private window that refuses storage.
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toContainText(
		'browser storage is not available, as in private browsing'
	);
	await expect(graph(page)).toBeVisible();
	await dropFiles(page, [{ name: 'cultural-revolution.json', text: exampleText }]);
	await expect(datasetTitle(page)).toHaveText(EXAMPLE_TITLE);
	await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toContainText(
		'it will be gone after a reload'
	);
});
