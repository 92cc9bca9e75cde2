import { animationFiles } from '../src/cli/animate';
import { planAnimation, rangeKeys } from '../src/lib/export/animation';
import { datasetColours, gifPalette } from '../src/lib/export/gif';
import { DEFAULT_IMAGE_CHOICES } from '../src/lib/export/image';
import { computeFlipbook } from '../src/lib/graph/flipbook';
import type { Dataset } from '../src/lib/model/schema';
import { GIF_BUDGET, verdict } from './bench-animation';
import { ms, sizeOf } from './bench-figures';

/**
 * The animated GIF on the command line's path (flip-book, SVG writer, resvg, gifenc): playback
 * from January 1923 to December 1929 by month at 1280 × 720, its time and size against the
 * budgets, and where the time goes.
 */
export async function benchGif(dataset: Dataset) {
	console.log(
		'\n## Animated GIF on the command line (SVG writer, resvg on one thread a processor, gifenc with a fixed palette)'
	);
	let started = performance.now();
	const flipbook = computeFlipbook(dataset);
	const flipbookMs = performance.now() - started;
	const image = { ...DEFAULT_IMAGE_CHOICES, width: 1280, height: 720 };
	started = performance.now();
	const animation = planAnimation(
		dataset,
		rangeKeys(dataset, '1923-01', '1929-12', 'month'),
		(month) => flipbook.positions[month] ?? {},
		image
	);
	const [file] = await animationFiles(
		animation,
		'gif',
		gifPalette(datasetColours(dataset)),
		'bench.gif'
	);
	const took = performance.now() - started;
	const bytes = sizeOf(file!.data);
	console.log(
		`1923-01 to 1929-12 by month, 1280 × 720, ${animation.frames.length} frames at ${animation.fps} frames a second: ` +
			`${ms(took)} (budget ${ms(GIF_BUDGET.ms)}: ${verdict(took < GIF_BUDGET.ms)}; ${ms(took / animation.frames.length)} a frame), ` +
			`${(bytes / 1024 / 1024).toFixed(2)} MB (budget 10 MB: ${verdict(bytes < GIF_BUDGET.bytes)}); ` +
			`plus ${ms(flipbookMs)} for the flip-book the app already has`
	);
}
