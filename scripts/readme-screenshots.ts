/**
 * Regenerates the README's screenshots from the built app, so that they show the explorer as it
 * is: builds the site, serves it on a free port, photographs each page in Chromium and writes the
 * PNGs to static/readme/. Run: npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { withBuiltApp } from './preview';

const OUT_DIR = 'static/readme';

/** What the README shows: the explorer at a size a reader's screen shows whole. */
const SHOTS = [
	{
		file: 'explorer-1926-10.png',
		path: '/?at=1926-10',
		graph: /Faction graph for October 1926/,
		viewport: { width: 1440, height: 900 }
	},
	{
		file: 'storyline-stalin.png',
		path: '/?at=1926-10&focus=stalin',
		graph: /Faction graph for October 1926/,
		viewport: { width: 1440, height: 900 },
		// Only the storyline, with Stalin's line and his allies' brought forward.
		region: 'Storyline'
	}
];

mkdirSync(OUT_DIR, { recursive: true });
await withBuiltApp(async (browser, base) => {
	for (const shot of SHOTS) {
		// Reduced motion: people are drawn at their place at once, never caught mid-glide.
		const page = await browser.newPage({
			viewport: shot.viewport,
			deviceScaleFactor: 1,
			reducedMotion: 'reduce'
		});
		await page.goto(`${base}${shot.path}`);
		await page.getByRole('application', { name: shot.graph }).waitFor();
		// The graph's frame comes first; cytoscape loads after it and draws into canvases.
		await page.locator('.__________cytoscape_container canvas').first().waitFor();
		// The storyline is drawn once its worker has laid it out, and named after.
		const storyline = page.getByRole('region', { name: 'Storyline' });
		await storyline.locator('svg path').first().waitFor();
		await storyline.locator('text[data-name-of="stalin"]').first().waitFor({ state: 'attached' });
		await page.evaluate(async () => {
			await document.fonts.ready;
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		});
		if ('region' in shot)
			await page.getByRole('region', { name: shot.region }).screenshot({
				path: `${OUT_DIR}/${shot.file}`
			});
		else await page.screenshot({ path: `${OUT_DIR}/${shot.file}` });
		await page.close();
		console.log(`wrote ${OUT_DIR}/${shot.file}`);
	}
});
