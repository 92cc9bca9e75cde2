import { rasterizeWithResvg } from '../src/cli/rasterize';
import { filesAt, type DateExporter } from '../src/lib/export/files';
import { DEFAULT_IMAGE_CHOICES, IMAGE_PRESETS } from '../src/lib/export/image';
import { seriesMonths } from '../src/lib/export/series';
import { computeFlipbook } from '../src/lib/graph/flipbook';
import type { Dataset } from '../src/lib/model/schema';
import { kb, ms, quantile, sizeOf } from './bench-figures';

/** Export times and sizes on the command line's path (flip-book, SVG writer, resvg). */
export async function benchExport(dataset: Dataset) {
	console.log('\n## Export (command line path: headless flip-book, SVG writer, resvg)');
	let started = performance.now();
	const flipbook = computeFlipbook(dataset);
	console.log(`flip-book for the positions: ${ms(performance.now() - started)}`);
	const exporterAt = (size: { width: number; height: number }): DateExporter => ({
		dataset,
		filter: 'everyone',
		positionsAt: (month) => flipbook.positions[month] ?? {},
		image: { ...DEFAULT_IMAGE_CHOICES, ...size },
		rasterize: rasterizeWithResvg
	});
	const fourK = exporterAt(IMAGE_PRESETS['4k']);
	const times: number[] = [];
	let fourKBytes = 0;
	for (let i = 0; i < 3; i++) {
		started = performance.now();
		const [file] = await filesAt(fourK, '1926-10', 'png');
		times.push(performance.now() - started);
		fourKBytes = sizeOf(file!.data);
	}
	console.log(
		`one 4K PNG (3840 × 2160, October 1926): median ${ms(quantile(times, 0.5))} of 3, ${kb(fourKBytes)}`
	);
	const years = seriesMonths(flipbook.months, dataset.events, '1917-06', '1938-06', 'year');
	for (const [format, size] of [
		['svg', IMAGE_PRESETS.slide],
		['png', IMAGE_PRESETS.slide],
		['png', IMAGE_PRESETS['4k']]
	] as const) {
		const exporter = exporterAt(size);
		let bytes = 0;
		started = performance.now();
		for (const month of years)
			for (const file of await filesAt(exporter, month, format)) bytes += sizeOf(file.data);
		const took = performance.now() - started;
		console.log(
			`every year 1917–1938 (${years.length} files) as ${format.toUpperCase()} ${size.width} × ${size.height}: ${ms(took)} (${ms(took / years.length)} a file), ${kb(bytes)} in all, ${kb(bytes / years.length)} a file`
		);
	}
}
