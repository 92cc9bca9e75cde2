import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/lib/export/gexf';
import { DEFAULT_IMAGE_CHOICES, snapshotSvg } from '../../src/lib/export/image';
import { withoutXmlForbidden } from '../../src/lib/export/xml';
import type { Dataset } from '../../src/lib/model/schema';
import { snapshotAt } from '../../src/lib/model/snapshot';
import { readDatasetFixture } from './fixtures';
import { parseXml } from './xml';

/** Every character XML 1.0 forbids, in one string, between ordinary letters. */
const FORBIDDEN = String.fromCharCode(
	0x0,
	0x1,
	0x8,
	0xb,
	0xc,
	0xe,
	0x1f,
	0xdfff,
	0x41,
	0xd800,
	0xfffe,
	0xffff
);

/**
 * The edge-case fixture with forbidden characters in every text that reaches an export: as an
 * older copy of the app, a script or a hand-edited store could hand them over.
 */
function withControlCharacters(): Dataset {
	const dataset = structuredClone(readDatasetFixture('edge-cases.json'));
	dataset.meta.title = `Title${FORBIDDEN}`;
	dataset.meta.licence = `CC${FORBIDDEN}`;
	for (const person of dataset.people) {
		person.name = `${person.name}${FORBIDDEN}`;
		person.label = `${person.label}${FORBIDDEN}\t`;
	}
	for (const faction of dataset.factions) faction.label = `${faction.label}${FORBIDDEN}`;
	for (const alliance of dataset.alliances) alliance.name = `${alliance.name}${FORBIDDEN}`;
	return dataset;
}

describe('exports of text with characters XML forbids', () => {
	const dataset = withControlCharacters();

	it('writes an SVG that @xmldom/xmldom parses, without those characters, keeping tabs', () => {
		const snapshot = snapshotAt(dataset, '1926-05');
		const positions = Object.fromEntries(
			snapshot.people.map((p, i) => [p.id, [i * 80, 0] as const])
		);
		const svg = snapshotSvg(dataset, snapshot, positions, DEFAULT_IMAGE_CHOICES);
		const document = parseXml(svg, 'image/svg+xml');
		const texts = Array.from(document.getElementsByTagName('text')).map((t) => t.textContent);
		expect(texts).toContain('BobA\t');
		expect(withoutXmlForbidden(svg)).toBe(svg);
	});

	it('writes a GEXF that @xmldom/xmldom and graphology-gexf parse', () => {
		const gexf = writeGexf(dataset);
		parseXml(gexf);
		const graph = parse(Graph, gexf);
		expect(graph.getNodeAttribute('bob', 'label')).toBe('BobA\t');
		expect(graph.getNodeAttribute('bob', 'name')).toBe('Bob RemovedA');
	});
});
