/**
 * Draws the installed app's icons, static/icons/icon-192.png and icon-512.png, from
 * static/icons/icon.svg (the favicon's three factions on the page's background, inside the
 * middle 80 % that a round or squircle mask keeps). Run: npm run icons
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rasterizeWithResvg } from '../src/cli/rasterize';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
for (const size of [192, 512]) {
	const file = `static/icons/icon-${size}.png`;
	writeFileSync(file, await rasterizeWithResvg(svg, size, size));
	console.log(`wrote ${file}`);
}
