import { compareFileName, fileNameAt, historyFileName, type ExportFormat } from './filenames';
import { filesAt, type DateExporter, type Rasterize } from './files';
import { writeGexf } from './gexf';
import { comparisonSvg, type ComparisonSide, type ImageChoices } from './image';
import { zipFiles, type ExportFile } from './zip';
import type { Dataset } from '../model/schema';

/**
 * The one file the explorer's Export downloads for a month: the history as GEXF, the date's file,
 * or its files zipped (CSV gives two tables).
 */
export async function explorerDownload(
	exporter: DateExporter,
	month: string,
	format: ExportFormat
): Promise<ExportFile> {
	const { dataset } = exporter;
	if (format === 'gexf')
		return {
			name: historyFileName(dataset.meta.start, dataset.meta.end),
			data: writeGexf(dataset)
		};
	const files = await filesAt(exporter, month, format);
	return files.length === 1
		? files[0]!
		: { name: fileNameAt(month, 'zip', format), data: zipFiles(files) };
}

/**
 * The image of a comparison as the compare view shows it: both panels in their shared frame with
 * their marks, and the difference in words under them.
 * @throws RangeError for a format other than PNG or SVG.
 */
export async function comparisonDownload(
	dataset: Dataset,
	before: ComparisonSide,
	after: ComparisonSide,
	notes: readonly string[],
	format: ExportFormat,
	image: ImageChoices,
	rasterize: Rasterize
): Promise<ExportFile> {
	if (format !== 'svg' && format !== 'png')
		throw new RangeError(`a comparison exports as PNG or SVG, not ${format}`);
	const svg = comparisonSvg(dataset, before, after, notes, image);
	const name = compareFileName(before.snapshot.at, after.snapshot.at, format);
	if (format === 'svg') return { name, data: svg };
	return { name, data: await rasterize(svg, image.width, image.height) };
}
