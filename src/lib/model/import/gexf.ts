import {
	PERSON_RECORD_FIELDS,
	personFieldsOf,
	type PersonRecord,
	type PersonRecordKey
} from '../person-record';
import { ID_PATTERN, type Alignment, type Alliance, type Dataset, type Person } from '../schema';
import { followingKey, LAST_YEAR, monthOf, nextDay, startKey } from '../time';
import { validateDataset, type DatasetIssue, type ValidationResult } from '../validate';
import { idFromLabel, isIsoDate, PALETTE } from './common';

/** The little of a DOM element the reader needs: `DOMParser`'s and `@xmldom/xmldom`'s both fit. */
export interface XmlElementLike {
	nodeType: number;
	nodeName: string;
	localName?: string | null;
	textContent?: string | null;
	getAttribute(name: string): string | null;
	childNodes: ArrayLike<XmlNodeLike>;
}

export interface XmlNodeLike {
	nodeType: number;
}

/** Parses XML text: the browser's `DOMParser` or `@xmldom/xmldom` in Node. May throw. */
export type XmlParse = (text: string) => { documentElement: XmlElementLike | null };

const ELEMENT_NODE = 1;

function children(element: XmlElementLike, name?: string): XmlElementLike[] {
	const found: XmlElementLike[] = [];
	for (let i = 0; i < element.childNodes.length; i++) {
		const node = element.childNodes[i]!;
		if (node.nodeType !== ELEMENT_NODE) continue;
		const child = node as XmlElementLike;
		if (!name || localNameOf(child) === name) found.push(child);
	}
	return found;
}

function localNameOf(element: XmlElementLike): string {
	return element.localName || element.nodeName.replace(/^.*:/, '');
}

function descendant(element: XmlElementLike, name: string): XmlElementLike | null {
	for (const child of children(element)) {
		if (localNameOf(child) === name) return child;
		const deeper = descendant(child, name);
		if (deeper) return deeper;
	}
	return null;
}

interface Span {
	from: string;
	/** Exclusive end, or undefined: open. */
	to?: string;
}

interface GexfNode {
	id: string;
	label: string;
	element: string;
	parent: string | null;
	spans: Span[];
	factions: { value: string; span: Span }[];
	/** The person's names, Wikidata id and fate, from the attributes named as in the exports. */
	record: PersonRecord;
}

/**
 * Reads a GEXF 1.3 graph (static or dynamic, `timeformat="date"`) as a dataset. Nodes are
 * people, present during their `spells` (or `start`/`end`; always if neither). A person's faction
 * comes from a node attribute titled "faction" (dynamic values with their own dates allowed), or
 * else from the node's parent (`pid`, or a node nested in another); parent nodes are the
 * factions. Each edge is an alliance of its two ends for each of its spells, named by its
 * label; an edge attribute "kind" set to "opposition" draws it dashed. GEXF end dates are
 * inclusive (unless `endopen`), so they become our exclusive `to` by adding a day or a month.
 * Problems name the element: `<node id="lin-biao">`. Never throws.
 */
export function importGexf(
	text: string,
	parseXml: XmlParse,
	file = 'graph.gexf'
): ValidationResult {
	const declaration = findDeclaration(text);
	if (declaration)
		return {
			ok: false,
			issues: [
				{
					path: `${file}: line ${declaration.line}, column ${declaration.column}`,
					message: `a <!${declaration.name}> declaration is not allowed: GEXF needs none, and entities can expand a small file into gigabytes; remove it`
				}
			]
		};
	let root: XmlElementLike | null;
	try {
		root = parseXml(text).documentElement;
	} catch (error) {
		return xmlError(file, error instanceof Error ? error.message : String(error));
	}
	if (!root) return xmlError(file, 'no root element');
	const parserError = localNameOf(root) === 'parsererror' ? root : descendant(root, 'parsererror');
	if (parserError) return xmlError(file, (parserError.textContent ?? '').trim());
	if (localNameOf(root) !== 'gexf')
		return {
			ok: false,
			issues: [
				{
					path: `${file}: <${localNameOf(root)}>`,
					message: 'expected a GEXF file, whose root element is <gexf>'
				}
			]
		};
	try {
		return new GexfReader(file).read(root);
	} catch (error) {
		return {
			ok: false,
			issues: [{ path: file, message: `could not be read: ${(error as Error).message}` }]
		};
	}
}

/**
 * The first `<!DOCTYPE` or `<!ENTITY` in the text, with its line and column (from 1): found
 * before any parser sees the text, so that no entity is ever expanded.
 */
function findDeclaration(text: string): { name: string; line: number; column: number } | null {
	const match = /<!(DOCTYPE|ENTITY)/i.exec(text);
	if (!match) return null;
	const before = text.slice(0, match.index);
	const line = before.split('\n').length;
	return {
		name: match[1]!.toUpperCase(),
		line,
		column: match.index - before.lastIndexOf('\n')
	};
}

function xmlError(file: string, detail: string): ValidationResult {
	const line = /line[: ]+(\d+)/i.exec(detail);
	const column = /col(?:umn)?[: ]+(\d+)/i.exec(detail);
	const where = line ? ` at line ${line[1]}${column ? `, column ${column[1]}` : ''}` : '';
	return {
		ok: false,
		issues: [
			{
				path: file,
				message: `not well-formed XML${where}: ${cleanXmlError(detail) || 'the parser gave no detail'}`
			}
		]
	};
}

/** The parser's own words, without its prefixes and position markers. */
function cleanXmlError(detail: string): string {
	return detail
		.replace(/^[\s\S]*following errors:\s*/, '')
		.replace(/Below is a rendering[\s\S]*$/, '')
		.replace(/\[xmldom [a-z]+\]\s*/g, '')
		.replace(/element parse error: Error:\s*/g, '')
		.replace(/@#\[line[\s\S]*$/, '')
		.replace(/^error on line \d+ at column \d+:\s*/, '')
		.trim()
		.split('\n')[0]!;
}

const describeElement = (name: string, id: string | null) =>
	id === null ? `<${name}>` : `<${name} id="${id}">`;

class GexfReader {
	private issues: DatasetIssue[] = [];
	/** Months the data reaches: from starts, and from the day before each exclusive end. */
	private months: string[] = [];
	/** Path of each item of the dataset, for issues found by the validator. */
	private elementOf = new Map<string, string>();

	constructor(private file: string) {}

	read(root: XmlElementLike): ValidationResult {
		const graph = children(root, 'graph')[0];
		if (!graph) return this.fail('<gexf>', 'no <graph> element');
		const timeformat = graph.getAttribute('timeformat') ?? 'date';
		if (timeformat !== 'date' && timeformat !== 'datetime')
			return this.fail(
				'<graph>',
				`timeformat="${timeformat}" is not supported: use timeformat="date" with dates as YYYY-MM-DD`
			);
		const factionAttribute = this.attributeId(graph, 'node', 'faction');
		const kindAttribute = this.attributeId(graph, 'edge', 'kind');
		const recordAttributes = new Map<string, PersonRecordKey>();
		for (const { key, column } of PERSON_RECORD_FIELDS) {
			const id =
				this.attributeId(graph, 'node', column.toLowerCase()) ??
				this.attributeId(graph, 'node', key.toLowerCase());
			if (id !== null) recordAttributes.set(id, key);
		}
		const nodes: GexfNode[] = [];
		const nodesElement = children(graph, 'nodes')[0];
		if (nodesElement)
			this.readNodes(nodesElement, null, { factionAttribute, recordAttributes }, nodes);
		if (nodes.length === 0) return this.fail('<nodes>', 'the graph has no nodes');

		const graphStart = this.date(graph.getAttribute('start'), '<graph>', 'start');
		const graphEnd = this.date(graph.getAttribute('end'), '<graph>', 'end');
		const parents = new Set(nodes.map((n) => n.parent).filter((p): p is string => p !== null));
		const byId = new Map(nodes.map((n) => [n.id, n]));
		for (const parent of parents)
			if (!byId.has(parent)) this.issue(`<node pid="${parent}">`, `pid "${parent}" names no node`);

		const people = nodes.filter((n) => !parents.has(n.id));
		const factionNodes = nodes.filter((n) => parents.has(n.id));
		const factions = new Map<string, string>(factionNodes.map((n) => [n.id, n.label]));
		for (const person of people)
			for (const value of person.factions) {
				const id = idFromLabel(value.value);
				if (!factions.has(id)) factions.set(id, value.value);
			}

		const edges = this.readEdges(graph, kindAttribute);
		if (this.issues.length) return { ok: false, issues: this.issues };

		const months = [...this.months].sort();
		if (months.length === 0)
			return this.fail('<graph>', 'no dates: give the graph start and end, or nodes spells');
		const start = graphStart ? monthOf(graphStart) : months[0]!;
		const end = graphEnd ? monthOf(graphEnd) : months[months.length - 1]!;
		const endMonth = end < start ? start : end;

		const source = { id: 'gexf-file', title: this.file };
		const cite = { sources: [source.id], confidence: 'medium' as const };
		const meta = this.meta(root);
		const dataset: Dataset = {
			meta: {
				title: meta.title || `Imported from ${this.file}`,
				description: meta.description || `Imported from ${this.file}`,
				start,
				end: endMonth
			},
			sources: [source],
			factions: [...factions].map(([id, label], i) => ({
				id,
				label,
				colour: PALETTE[i % PALETTE.length]!,
				description: label,
				sources: [source.id]
			})),
			people: [],
			alignments: [],
			alliances: [],
			events: []
		};
		people.forEach((node, p) => {
			const { fields, problems } = personFieldsOf(node.record, cite);
			for (const problem of problems)
				this.issue(`${node.element} <attvalue for="${problem.key}">`, problem.message);
			const person: Person = {
				id: node.id,
				name: node.label,
				label: node.label,
				...fields,
				bio: `${node.label}.`,
				sources: [source.id],
				terms: (node.spans.length ? node.spans : [{ from: start }]).map((span) => ({
					kind: 'full' as const,
					...this.clip(span, start, endMonth),
					...cite
				})),
				offices: []
			};
			dataset.people.push(person);
			this.elementOf.set(`people[${p}]`, describeElement('node', node.id));
			const alignments: Alignment[] = node.factions.length
				? node.factions.map((value) => ({
						person: node.id,
						faction: idFromLabel(value.value),
						...this.clip(value.span, start, endMonth),
						...cite
					}))
				: node.parent
					? [{ person: node.id, faction: node.parent, from: start, ...cite }]
					: [];
			for (const alignment of alignments) {
				this.elementOf.set(
					`alignments[${dataset.alignments.length}]`,
					`${describeElement('node', node.id)} faction`
				);
				dataset.alignments.push(alignment);
			}
		});
		edges.forEach((edge) => {
			(edge.spans.length ? edge.spans : [{ from: start }]).forEach((span, s) => {
				const alliance: Alliance = {
					id: s === 0 ? edge.id : `${edge.id}-${s + 1}`,
					name: edge.label,
					kind: edge.kind,
					colour: PALETTE[(dataset.alliances.length + 3) % PALETTE.length]!,
					description: edge.label,
					...this.clip(span, start, endMonth),
					members: [{ person: edge.source }, { person: edge.target }],
					...cite
				};
				this.elementOf.set(
					`alliances[${dataset.alliances.length}]`,
					describeElement('edge', edge.rawId)
				);
				dataset.alliances.push(alliance);
			});
		});

		if (this.issues.length) return { ok: false, issues: this.issues };
		const result = validateDataset(dataset);
		if (result.ok) return result;
		return {
			ok: false,
			issues: result.issues.map((issue) => {
				const match = /^([a-z]+\[\d+\])(.*)$/.exec(issue.path);
				const element = match ? this.elementOf.get(match[1]!) : undefined;
				return {
					path: `${this.file}: ${element ?? issue.path}`,
					message: element
						? `${match![2]!.replace(/^\./, '')} ${issue.message}`.trim()
						: issue.message
				};
			})
		};
	}

	/** Keeps a span inside the dataset's range: a node may be drawn before the graph starts. */
	private clip(span: Span, start: string, end: string): { from: string; to?: string } {
		const from = !span.from || startKey(span.from) < startKey(start) ? start : span.from;
		const to = span.to && startKey(span.to) > followingKey(end) ? dayAfter(end) : span.to;
		return to ? { from, to } : { from };
	}

	private meta(root: XmlElementLike) {
		const meta = children(root, 'meta')[0];
		const text = (name: string) =>
			meta ? (children(meta, name)[0]?.textContent ?? '').trim() : '';
		return { title: text('title'), description: text('description') };
	}

	/** The id of the `kind` ("node", "edge") attribute titled `title`, or with it as id; any case. */
	private attributeId(graph: XmlElementLike, kind: string, title: string): string | null {
		for (const attributes of children(graph, 'attributes')) {
			if (attributes.getAttribute('class') !== kind) continue;
			for (const attribute of children(attributes, 'attribute')) {
				const name = (attribute.getAttribute('title') ?? '').toLowerCase();
				const id = attribute.getAttribute('id') ?? '';
				if (name === title || id.toLowerCase() === title) return id;
			}
		}
		return null;
	}

	private readNodes(
		nodesElement: XmlElementLike,
		parent: string | null,
		attributes: { factionAttribute: string | null; recordAttributes: Map<string, PersonRecordKey> },
		into: GexfNode[]
	) {
		const { factionAttribute, recordAttributes } = attributes;
		for (const element of children(nodesElement, 'node')) {
			const rawId = element.getAttribute('id');
			const where = describeElement('node', rawId);
			if (!rawId) {
				this.issue(where, 'a node needs an id');
				continue;
			}
			const id = this.personId(rawId, where);
			const pid = element.getAttribute('pid');
			const node: GexfNode = {
				id,
				label: (element.getAttribute('label') ?? '').trim() || rawId,
				element: where,
				parent: pid ? idFromLabel(pid) || pid : parent,
				spans: this.spans(element, where),
				factions: [],
				record: {}
			};
			const attvalues = children(element, 'attvalues')[0];
			for (const attvalue of attvalues ? children(attvalues, 'attvalue') : []) {
				const key = recordAttributes.get(attvalue.getAttribute('for') ?? '');
				if (key) node.record[key] = attvalue.getAttribute('value') ?? '';
			}
			if (factionAttribute) {
				for (const attvalue of attvalues ? children(attvalues, 'attvalue') : []) {
					if (attvalue.getAttribute('for') !== factionAttribute) continue;
					const value = (attvalue.getAttribute('value') ?? '').trim();
					if (!idFromLabel(value)) {
						this.issue(`${where} <attvalue for="${factionAttribute}">`, 'the faction is empty');
						continue;
					}
					const span = this.span(attvalue, `${where} <attvalue for="${factionAttribute}">`);
					node.factions.push({ value, span: span ?? { from: '' } });
				}
			}
			into.push(node);
			const nested = children(element, 'nodes')[0];
			if (nested) this.readNodes(nested, id, attributes, into);
		}
	}

	private readEdges(graph: XmlElementLike, kindAttribute: string | null) {
		const edges: {
			id: string;
			rawId: string | null;
			label: string;
			source: string;
			target: string;
			kind: Alliance['kind'];
			spans: Span[];
		}[] = [];
		const edgesElement = children(graph, 'edges')[0];
		for (const [index, element] of (edgesElement ? children(edgesElement, 'edge') : []).entries()) {
			const rawId = element.getAttribute('id');
			const where = describeElement('edge', rawId);
			const source = element.getAttribute('source');
			const target = element.getAttribute('target');
			if (!source || !target) {
				this.issue(where, 'an edge needs a source and a target');
				continue;
			}
			let kind: Alliance['kind'] = 'alliance';
			if (kindAttribute) {
				const attvalues = children(element, 'attvalues')[0];
				for (const attvalue of attvalues ? children(attvalues, 'attvalue') : []) {
					const value = attvalue.getAttribute('value');
					if (
						attvalue.getAttribute('for') === kindAttribute &&
						(value === 'opposition' || value === 'alleged')
					)
						kind = value;
				}
			}
			const label = (element.getAttribute('label') ?? '').trim();
			edges.push({
				id: idFromLabel(rawId ?? '') ? `edge-${idFromLabel(rawId!)}` : `edge-${index + 1}`,
				rawId,
				label: label || `${source} and ${target}`,
				source: this.personId(source, where),
				target: this.personId(target, where),
				kind,
				spans: this.spans(element, where)
			});
		}
		return edges;
	}

	private personId(raw: string, where: string): string {
		if (ID_PATTERN.test(raw)) return raw;
		const id = idFromLabel(raw);
		if (!id) this.issue(where, `"${raw}" cannot be made into an id: use letters or digits`);
		return id || raw;
	}

	private spans(element: XmlElementLike, where: string): Span[] {
		const spans: Span[] = [];
		const own = this.span(element, where);
		if (own) spans.push(own);
		const spellsElement = children(element, 'spells')[0];
		for (const spell of spellsElement ? children(spellsElement, 'spell') : []) {
			const span = this.span(spell, `${where} <spell>`);
			if (span) spans.push(span);
		}
		return spans;
	}

	private span(element: XmlElementLike, where: string): Span | null {
		const startOpen = element.getAttribute('startopen');
		const endOpen = element.getAttribute('endopen');
		const start = this.date(element.getAttribute('start') ?? startOpen, where, 'start');
		const end = this.date(element.getAttribute('end') ?? endOpen, where, 'end');
		if (!start && !end) return null;
		const to = end
			? endOpen !== null && !element.getAttribute('end')
				? end
				: dayAfter(end)
			: undefined;
		if (start && to && startKey(start) >= startKey(to)) {
			this.issue(where, `end "${end}" is before start "${start}"`);
			return null;
		}
		return { from: start ?? '', ...(to ? { to } : {}) };
	}

	private date(value: string | null, where: string, attribute: string): string | undefined {
		if (value === null || value === '') return undefined;
		const date = value.trim().slice(0, value.includes('T') ? value.indexOf('T') : undefined);
		if (!isIsoDate(date)) {
			this.issue(where, `${attribute}="${value}" is not a date: expected YYYY-MM-DD (or YYYY-MM)`);
			return undefined;
		}
		this.months.push(monthOf(date));
		return date;
	}

	private issue(where: string, message: string) {
		this.issues.push({ path: `${this.file}: ${where}`, message });
	}

	private fail(where: string, message: string): ValidationResult {
		this.issue(where, message);
		return { ok: false, issues: this.issues };
	}
}

/**
 * The day (or month) after an inclusive end date: our exclusive `to`. Undefined (open: it lasted
 * beyond the data) after the last day of 9999, the last date a dataset can hold.
 */
function dayAfter(date: string): string | undefined {
	return followingKey(date) >= followingKey(`${LAST_YEAR}-12`) ? undefined : nextDay(date);
}
