import type { Positions } from '../graph/arrange';
import { graphModelOf } from '../graph/elements';
import type { Dataset } from '../model/schema';
import { filterSnapshot, snapshotAt, type StageFilter } from '../model/snapshot';
import { alliancesCsv, peopleCsv } from './csv';
import { writeCyjs } from './cyjs';
import type { Storyline } from '../model/storyline';
import { fileNameAt, storylineFileName, type DateFormat } from './filenames';
import { snapshotSvg, type ImageChoices } from './image';
import { storylineSvg, type StorylineImageOptions } from './svg-storyline';
import type { ExportFile } from './zip';

/** Turns an SVG into PNG bytes of exactly `width` × `height` pixels (browser canvas, or resvg). */
export type Rasterize = (svg: string, width: number, height: number) => Promise<Uint8Array>;

/** Everything needed to export any date: the app and the command line each build one. */
export interface DateExporter {
	dataset: Dataset;
	filter: StageFilter;
	/** The flip-book's positions of a month: the ones the explorer shows. */
	positionsAt: (month: string) => Positions;
	image: ImageChoices;
	rasterize: Rasterize;
}

/**
 * The files of one month in one format: an image (PNG, SVG), the snapshot as JSON (as
 * `npm run snapshot` prints it), the people and alliance tables (two CSV files), or Cytoscape
 * JSON with positions.
 */
export async function filesAt(
	exporter: DateExporter,
	month: string,
	format: DateFormat
): Promise<ExportFile[]> {
	const { dataset } = exporter;
	const snapshot = filterSnapshot(snapshotAt(dataset, month), exporter.filter);
	const at = snapshot.at;
	switch (format) {
		case 'svg':
		case 'png': {
			const svg = snapshotSvg(dataset, snapshot, exporter.positionsAt(at), exporter.image);
			if (format === 'svg') return [{ name: fileNameAt(at, 'svg'), data: svg }];
			const { width, height } = exporter.image;
			return [{ name: fileNameAt(at, 'png'), data: await exporter.rasterize(svg, width, height) }];
		}
		case 'json':
			return [{ name: fileNameAt(at, 'json'), data: `${JSON.stringify(snapshot, null, 2)}\n` }];
		case 'csv':
			return [
				{ name: fileNameAt(at, 'csv', 'people'), data: peopleCsv(dataset, snapshot) },
				{ name: fileNameAt(at, 'csv', 'alliances'), data: alliancesCsv(dataset, snapshot) }
			];
		case 'cyjs': {
			// Data keeps one edge per pair, however large the alliance: no hubs.
			const model = graphModelOf(snapshot, dataset.factions, Infinity);
			const json = writeCyjs(
				model,
				exporter.positionsAt(at),
				{ name: dataset.meta.title, at },
				dataset.people
			);
			return [{ name: fileNameAt(at, 'cyjs'), data: `${JSON.stringify(json, null, 2)}\n` }];
		}
	}
}

/**
 * The storyline as one image file (SVG, or PNG through `rasterize`), named after the range it
 * covers. The app and the command line both export through this, so the same storyline and
 * choices give the same file.
 */
export async function storylineFile(
	dataset: Dataset,
	storyline: Storyline,
	image: ImageChoices,
	format: 'svg' | 'png',
	rasterize: Rasterize,
	options: StorylineImageOptions = {}
): Promise<ExportFile> {
	const svg = storylineSvg(dataset, storyline, image, options);
	const name = storylineFileName(
		storyline.months[0] ?? dataset.meta.start,
		storyline.months[storyline.months.length - 1] ?? dataset.meta.end,
		format
	);
	if (format === 'svg') return { name, data: svg };
	return { name, data: await rasterize(svg, image.width, image.height) };
}
