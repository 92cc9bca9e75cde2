import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/load';
import { comparisonDownload } from '../../src/lib/export/download';
import { DEFAULT_IMAGE_CHOICES } from '../../src/lib/export/image';
import { graphModelOf } from '../../src/lib/graph/elements';
import { comparisonMarks } from '../../src/lib/graph/marks';
import { layoutPair } from '../../src/lib/graph/shared-layout';
import { compareMoments, comparisonInWords } from '../../src/lib/model/compare';
import { formatIssues } from '../../src/lib/model/parts';
import { parseXml } from './xml';

const loaded = readDataset();
if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
const dataset = loaded.dataset;
const order = dataset.factions.map((f) => f.id);

/** The comparison of two dates as the compare view draws it. */
function sides(a: string, b: string) {
	const comparison = compareMoments(dataset, a, b);
	const layout = layoutPair(
		graphModelOf(comparison.a, dataset.factions),
		graphModelOf(comparison.b, dataset.factions),
		order
	);
	const marks = comparisonMarks(comparison.diff, layout, (id) => id);
	return {
		comparison,
		before: { snapshot: comparison.a, positions: layout.a, marks: marks.a },
		after: { snapshot: comparison.b, positions: layout.b, marks: marks.b }
	};
}

const unreachable = () => Promise.reject(new Error('no PNG asked for'));

describe('the compare view as one image', () => {
	it('draws both panels in one frame, with their marks, the difference in words and the legend of marks', async () => {
		const { comparison, before, after } = sides('1926-10', '1928-10');
		const file = await comparisonDownload(
			dataset,
			before,
			after,
			comparisonInWords(comparison),
			'svg',
			DEFAULT_IMAGE_CHOICES,
			unreachable
		);
		expect(file.name).toBe('factions-compare-1926-10-1928-10.svg');
		const document = parseXml(String(file.data), 'image/svg+xml');
		const classOf = (id: string) => document.getElementById(id)?.getAttribute('class') ?? '';
		expect(classOf('panel-1-person-trotsky')).toContain('departed');
		expect(classOf('panel-2-person-slepkov')).toContain('arrived');
		expect(document.getElementById('panel-2-ghost-uglanov')).not.toBeNull();
		expect(document.getElementById('legend-change-moved')).not.toBeNull();
		const texts = Array.from(document.getElementsByTagName('text')).map((t) => t.textContent);
		expect(texts.join(' ')).toMatch(/Changed faction: Uglanov \(Centre → Right/);

		// One frame: both graphs at one scale, and Stalin at the same spot of each panel.
		const graphs = Array.from(document.getElementsByTagName('g')).filter(
			(g) => g.getAttribute('class') === 'graph'
		);
		const transforms = graphs.map((g) => {
			const [, x, y, scale] = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)/.exec(
				g.getAttribute('transform')!
			)!;
			return { x: Number(x), y: Number(y), scale: Number(scale) };
		});
		expect(transforms).toHaveLength(2);
		expect(transforms[0]!.scale).toBe(transforms[1]!.scale);
		expect(transforms[0]!.y).toBeCloseTo(transforms[1]!.y, 5);
		const stalin = (panel: number) => {
			const circle = document
				.getElementById(`panel-${panel}-person-stalin`)!
				.getElementsByTagName('circle')[0]!;
			return Number(circle.getAttribute('cx'));
		};
		expect(stalin(1)).toBe(stalin(2));
	});

	it('exports only images', async () => {
		const { before, after } = sides('1924-06', '1929-06');
		await expect(
			comparisonDownload(dataset, before, after, [], 'gexf', DEFAULT_IMAGE_CHOICES, unreachable)
		).rejects.toThrow(/PNG or SVG/);
	});
});
