import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { uncited } from '../../../tests/unit/uncited';
import { readDataset } from '../../cli/load';
import { edgeCasesInYears, readDatasetFixture } from '../../../tests/unit/fixtures';
import { validateDataset } from '../model/validate';
import type { Dataset } from '../model/schema';
import { snapshotAt } from '../model/snapshot';
import { formatDayKey, monthsBetween, parseMoment } from '../model/time';
import { importGexf } from '../model/import/gexf';
import { parseXmlWithPositions } from '../../../tests/unit/xml';
import { writeGexf } from './gexf';

const builtin = readDataset();
if (!builtin.ok) throw new Error('the built-in dataset is not valid');

/** Whether a GEXF element with `start`/`end` (inclusive days, end optional) holds on `day`. */
const holds = (element: Element, day: string) =>
	element.getAttribute('start')! <= day &&
	(!element.getAttribute('end') || day <= element.getAttribute('end')!);

const isoOf = (month: string) => formatDayKey(parseMoment(month)!.day);

/** Checks every month's snapshot against the GEXF as read by @xmldom/xmldom. */
function expectSnapshotsMatch(dataset: Dataset, xml: string) {
	const document = new DOMParser().parseFromString(xml, 'application/xml');
	const nodes = Array.from(document.getElementsByTagName('node'));
	const edges = Array.from(document.getElementsByTagName('edge'));
	const spellsOf = (element: Element) => Array.from(element.getElementsByTagName('spell'));
	for (const month of monthsBetween(dataset.meta.start, dataset.meta.end)) {
		const day = isoOf(month);
		const snapshot = snapshotAt(dataset, month);
		const onStage = nodes.filter((n) => spellsOf(n).some((s) => holds(s, day)));
		expect(onStage.map((n) => n.getAttribute('id')).sort(), month).toEqual(
			snapshot.people.map((p) => p.id).sort()
		);
		for (const node of onStage) {
			const person = snapshot.people.find((p) => p.id === node.getAttribute('id'))!;
			const valueOf = (name: string) =>
				Array.from(node.getElementsByTagName('attvalue'))
					.find((v) => v.getAttribute('for') === name && holds(v, day))
					?.getAttribute('value') ?? null;
			expect(valueOf('faction'), `${person.id} ${month}`).toBe(person.faction);
			expect(valueOf('politburo'), `${person.id} ${month}`).toBe(person.politburo);
		}
		const shown = edges.filter((e) => spellsOf(e).some((s) => holds(s, day)));
		expect(shown.map((e) => e.getAttribute('id')).sort(), month).toEqual(
			snapshot.edges.map((e) => e.id).sort()
		);
	}
}

describe('writeGexf', () => {
	const xml = writeGexf(builtin.dataset);

	it('is GEXF 1.3 of a dynamic graph with dates Gephi reads', () => {
		const document = new DOMParser().parseFromString(xml, 'application/xml');
		const root = document.documentElement!;
		expect(root.getAttribute('version')).toBe('1.3');
		expect(root.namespaceURI).toBe('http://gexf.net/1.3');
		const graph = document.getElementsByTagName('graph')[0]!;
		expect(graph.getAttribute('mode')).toBe('dynamic');
		expect(graph.getAttribute('timeformat')).toBe('date');
		for (const spell of Array.from(document.getElementsByTagName('spell'))) {
			expect(spell.getAttribute('start')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if (spell.hasAttribute('end')) {
				expect(spell.getAttribute('end')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(spell.getAttribute('end')! >= spell.getAttribute('start')!).toBe(true);
			}
		}
	});

	it('is read by graphology-gexf with one node per person ever on stage and one edge per allied pair', () => {
		const graph = parse(Graph, xml);
		const months = monthsBetween(builtin.dataset.meta.start, builtin.dataset.meta.end);
		const people = new Set(
			months.flatMap((m) => snapshotAt(builtin.dataset, m).people.map((p) => p.id))
		);
		const pairs = new Set(
			months.flatMap((m) => snapshotAt(builtin.dataset, m).edges.map((e) => e.id))
		);
		expect(graph.order).toBe(people.size);
		for (const pair of pairs) expect(graph.hasEdge(pair), pair).toBe(true);
		// GEXF keeps days: a tie that began and ended between two month-ends (the defendants of
		// a trial, shot within its month) is an edge no monthly snapshot shows.
		const extra = graph.edges().filter((edge) => !pairs.has(edge));
		expect(extra.length).toBe(graph.size - pairs.size);
		const edgeElements = new DOMParser()
			.parseFromString(xml, 'application/xml')
			.getElementsByTagName('edge');
		const spellsOf = (edge: string) => {
			const element = Array.from({ length: edgeElements.length }, (_, i) =>
				edgeElements.item(i)
			).find((e) => e?.getAttribute('id') === edge)!;
			const list = element.getElementsByTagName('spell');
			return Array.from({ length: list.length }, (_, i) => list.item(i)!);
		};
		expect(extra.length).toBeGreaterThan(0);
		for (const edge of extra)
			for (const spell of spellsOf(edge))
				expect(spell.getAttribute('start')!.slice(0, 7), edge).toBe(
					spell.getAttribute('end')!.slice(0, 7)
				);
		expect(graph.getNodeAttribute('stalin', 'label')).toBe('Stalin');
		expect(graph.getNodeAttribute('stalin', 'name')).toBe('Joseph Vissarionovich Stalin');
		expect(graph.hasEdge('troika:kamenev:stalin')).toBe(true);
		expect(graph.getEdgeAttribute('troika:kamenev:stalin', 'kind')).toBe('alliance');
		const spells = new DOMParser()
			.parseFromString(xml, 'application/xml')
			.getElementsByTagName('spell').length;
		expect(spells).toBeGreaterThanOrEqual(graph.order + graph.size);
	});

	it('has at every month-end exactly the people, factions, statuses and edges of the snapshot', () => {
		expectSnapshotsMatch(builtin.dataset, xml);
	});

	it('turns exclusive and day-precise ends into the last day inside', () => {
		const edgeCases = readDatasetFixture('edge-cases.json');
		const fixture = writeGexf(edgeCases);
		expectSnapshotsMatch(edgeCases, fixture);
		// Alice: a candidate from 5 to 25 July 1926, exclusive end.
		expect(fixture).toMatch(/<node id="alice"[^]*?<spell start="1926-07-05" end="1926-07-24"\/>/);
	});

	it.each<[string, [string, string, string]]>([
		['in the first century', ['0049', '0050', '0051']],
		['before the year 1000', ['0989', '0990', '0991']],
		['up to the last year, 9999', ['9997', '9998', '9999']]
	])('writes dates of four-digit years for a dataset %s', (_, years) => {
		const result = validateDataset(edgeCasesInYears(years));
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const fixture = writeGexf(result.dataset);
		expectSnapshotsMatch(result.dataset, fixture);
		expect(fixture).toContain(`<spell start="${years[1]}-07-05" end="${years[1]}-07-24"/>`);
		expect(parse(Graph, fixture).order).toBeGreaterThan(0);
	});
});

describe('writeGexf and importGexf', () => {
	it('keep a tie charged at a trial as alleged, never as a real alliance', () => {
		const xml = writeGexf(builtin.dataset);
		const read = importGexf(
			xml,
			parseXmlWithPositions as Parameters<typeof importGexf>[1],
			'built-in.gexf'
		);
		if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
		const kindOf = (label: string) => read.dataset.alliances.find((a) => a.name === label)?.kind;
		const charged = builtin.dataset.alliances.filter((a) => a.kind === 'alleged');
		expect(charged.map((a) => a.id)).toContain('bloc-of-rights-and-trotskyites');
		for (const alliance of charged) expect(kindOf(alliance.name), alliance.id).toBe('alleged');
		expect(kindOf('Troika (Zinoviev–Kamenev–Stalin)')).toBe('alliance');
	});

	it('keep every person’s native name, aliases, Wikidata id and fate', () => {
		const read = importGexf(
			writeGexf(builtin.dataset),
			parseXmlWithPositions as Parameters<typeof importGexf>[1],
			'built-in.gexf'
		);
		if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
		expect(read.dataset.people).toHaveLength(builtin.dataset.people.length);
		for (const person of read.dataset.people) {
			const original = builtin.dataset.people.find((p) => p.id === person.id)!;
			expect(person.nativeName, person.id).toBe(original.nativeName);
			expect(person.aliases, person.id).toEqual(original.aliases);
			expect(person.wikidata, person.id).toBe(original.wikidata);
			const fate = uncited(original.fate!);
			expect(person.fate, person.id).toEqual({
				...fate,
				sources: ['gexf-file'],
				confidence: 'medium'
			});
		}
		const zinoviev = read.dataset.people.find((p) => p.id === 'zinoviev')!;
		expect(zinoviev.fate).toMatchObject({ kind: 'executed', rehabilitated: '1988-06-13' });
	});

	it('are read by graphology-gexf under the ids the Cytoscape JSON uses', () => {
		const graph = parse(Graph, writeGexf(builtin.dataset));
		const zinoviev = builtin.dataset.people.find((p) => p.id === 'zinoviev')!;
		expect(graph.getNodeAttributes('zinoviev')).toMatchObject({
			nativeName: zinoviev.nativeName,
			aliases: zinoviev.aliases!.join('|'),
			fate: 'executed',
			fateDate: '1936-08-25',
			fatePlace: 'Moscow',
			sentenced: '1936-08-24',
			rehabilitated: '1988-06-13'
		});
		expect(graph.getNodeAttributes('stalin')).toMatchObject({
			fate: 'died',
			fateDate: '1953-03-05'
		});
		expect(graph.getNodeAttributes('stalin')).not.toHaveProperty('sentenced');
	});

	it('drop the characters XML forbids from a fate and refuse a fate the reader cannot place', () => {
		const dataset = structuredClone(readDatasetFixture('edge-cases.json'));
		const alice = dataset.people.find((p) => p.id === 'alice')!;
		alice.fate = {
			kind: 'died',
			note: 'A\u0002 <note> & "more"',
			sources: alice.sources,
			confidence: 'low'
		};
		const xml = writeGexf(dataset);
		expect(xml).toContain('value="A &lt;note&gt; &amp; &quot;more&quot;"');
		const parseXml = parseXmlWithPositions as Parameters<typeof importGexf>[1];
		const read = importGexf(xml, parseXml, 'edge.gexf');
		if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
		expect(read.dataset.people.find((p) => p.id === 'alice')!.fate!.note).toBe('A <note> & "more"');
		const refused = importGexf(
			xml.replace('value="died"', 'value="vanished"'),
			parseXml,
			'edge.gexf'
		);
		expect(refused.ok).toBe(false);
		if (!refused.ok)
			expect(refused.issues).toEqual([
				{
					path: 'edge.gexf: <node id="alice"> <attvalue for="fate">',
					message: expect.stringMatching(/"vanished" is not a fate/)
				}
			]);
	});
});
