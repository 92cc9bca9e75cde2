/**
 * Prints the figures behind the explorer's speed and stability targets:
 * - the time to lay out a whole month sequence (the flip-book), for the built-in dataset and for
 *   synthetic datasets of 100, 500 and 2,000 people over 240 months;
 * - stability: mean displacement of people present in two consecutive months over the layout's
 *   bounding-box diagonal, for the flip-book and for a cold re-layout of each month;
 * - the time to import a dataset file (parse and validate), for 500 and 2,000 people;
 * - the main-thread cost of one slider step (snapshot, graph model, cytoscape update) in Node;
 * - with Chromium present, the same step measured in the real app (`factions:step` User Timing)
 *   and the longest main-thread task during playback, and a 4K PNG exported from the app;
 * - the storyline: time to compute it, its crossings and wiggle against a naive ordering, for
 *   the built-in dataset and synthetic datasets of 100, 500 and 2,000 people; in the browser,
 *   2,000 people's storyline: the longest main-thread task while it opens and while the pointer
 *   and the cursor move over it, against the 50 ms target;
 * - a bloc of 1,000 members: each slider step into and through its months, drawn by pairs and
 *   as a hub, side by side (and in the browser, the longest main-thread task);
 * - exports on the command line's path: a 4K PNG, and every year 1917–1938 as SVG and as PNG,
 *   with file sizes;
 * - the animated GIF of 1923–1929 by month at 1280 × 720: time and size against the budgets, on
 *   the command line and in the app, and the same as a video in the app.
 * Run: npm run bench [-- --quick] (quick: skips the browser and the slow cold layouts),
 * npm run bench -- --export (the export figures only, the GIF's among them),
 * npm run bench -- --storyline (the storyline's figures only, in Node and in the browser),
 * npm run bench -- --animation (the animated GIF on the command line, and the GIF and video made
 * in the app),
 * npm run bench -- --renderers (the canvas and WebGL renderers side by side in the browser),
 * npm run bench -- --compare (opening the compare view on 2,000 people in the browser only), or
 * npm run bench -- --scale [--against <commit>] [--quick] (the explorer's long tasks at 500,
 * 2,000 and 10,000 people and a bloc of 1,000, this tree against `main` or the commit, side by side).
 * Each area is measured in its own file (scripts/bench-layout.ts, -slider, -import, -compare,
 * -export, -gif, -browser, -storyline); this one runs them in order so that one run prints every figure.
 */
import { readDataset } from '../src/cli/load';
import { monthsBetween } from '../src/lib/model/time';
import {
	benchAnimationsBrowser,
	benchBrowser,
	benchCompareBrowser,
	benchRenderers,
	benchStorylineBrowser
} from './bench-browser';
import { benchComparison } from './bench-compare';
import { benchExport } from './bench-export';
import { benchGif } from './bench-gif';
import { benchImport } from './bench-import';
import { benchDataset } from './bench-layout';
import { benchLargeAlliance } from './bench-hub';
import { benchScale } from './bench-scale';
import { benchScaleBrowser } from './bench-scale-browser';
import { benchStoryline } from './bench-storyline';
import { syntheticDataset } from './synthetic';

const quick = process.argv.includes('--quick');
const exportOnly = process.argv.includes('--export');
const storylineOnly = process.argv.includes('--storyline');
const renderersOnly = process.argv.includes('--renderers');
const animationOnly = process.argv.includes('--animation');
const compareOnly = process.argv.includes('--compare');
const scaleOnly = process.argv.includes('--scale');
const against = process.argv[process.argv.indexOf('--against') + 1];

const builtin = readDataset();
if (!builtin.ok)
	throw new Error('the built-in dataset is not valid: run npx tsx src/cli/validate.ts');
console.log('# Factions benchmark');
if (storylineOnly) {
	console.log('\n## Storyline');
	benchStoryline('built-in', builtin.dataset, 3);
	benchStoryline('synthetic 2000 people', syntheticDataset(2000), 1);
	await benchStorylineBrowser();
	process.exit(0);
}
if (animationOnly) {
	await benchGif(builtin.dataset);
	await benchAnimationsBrowser();
	process.exit(0);
}
if (compareOnly) {
	await benchCompareBrowser();
	process.exit(0);
}
if (scaleOnly) {
	const only = process.argv.indexOf('--case');
	await benchScaleBrowser(
		process.argv.includes('--against') ? against : 'main',
		quick,
		only >= 0 ? process.argv[only + 1] : undefined
	);
	process.exit(0);
}
if (renderersOnly) {
	await benchRenderers();
	process.exit(0);
}
if (!exportOnly) {
	console.log('\n## Opening a dataset file');
	benchImport(500);
	benchImport(2000);
	benchDataset('built-in', builtin.dataset, Infinity);
	benchDataset('synthetic', syntheticDataset(100), quick ? 10 : 60);
	benchDataset('synthetic', syntheticDataset(500), quick ? 0 : 6);
	benchDataset('synthetic', syntheticDataset(2000), 0);
	console.log('\n## Comparing two dates');
	benchComparison('built-in', builtin.dataset, [
		['1924-06', '1929-06'],
		['1923-01', '1927-12'],
		['1926-10', '1928-10'],
		['1917-10', '1938-03'],
		['1930-06', '1934-06']
	]);
	for (const size of [100, 500, 2000]) {
		const synthetic = syntheticDataset(size);
		const months = monthsBetween(synthetic.meta.start, synthetic.meta.end);
		benchComparison(`synthetic ${size} people`, synthetic, [
			[months[24]!, months[84]!],
			[months[60]!, months[180]!],
			[months[120]!, months[230]!]
		]);
	}
	benchScale(builtin.dataset);
	benchLargeAlliance();
	console.log('\n## Storyline');
	benchStoryline('built-in', builtin.dataset, quick ? 3 : 9);
	for (const size of [100, 500, 2000])
		benchStoryline(
			`synthetic ${size} people`,
			syntheticDataset(size),
			size >= 2000 || quick ? 1 : 3
		);
}
await benchExport(builtin.dataset);
await benchGif(builtin.dataset);
if (!quick && !exportOnly) await benchBrowser();
