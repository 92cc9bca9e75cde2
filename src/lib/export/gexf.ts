import { PERSON_RECORD_FIELDS, personRecordOf } from '../model/person-record';
import type { Dataset } from '../model/schema';
import { membershipSpan } from '../model/snapshot';
import { daysInMonth, endKey, formatDayKey, startKey, type DayKey } from '../model/time';
import { escapeXml } from './xml';

/**
 * GEXF 1.3 of the whole dynamic graph, for Gephi's timeline.
 *
 * Dates: GEXF intervals include both ends and `timeformat="date"` wants whole days, while our
 * intervals have an exclusive end and may have month precision. A start becomes its first day
 * (`1922-05` → `1922-05-01`); an exclusive end becomes the day before it (`to: 1925-12` →
 * `end="1925-11-30"`, `to: 1926-10-23` → `end="1926-10-22"`); an open end (lasted beyond the
 * data) is left out, which GEXF reads as "still going".
 */

/** A span of days `[start, end)`; `end` is `Infinity` when open. */
interface DaySpan {
	start: DayKey;
	end: DayKey;
}

function spanOf(from: string, to: string | null | undefined): DaySpan {
	return { start: startKey(from), end: endKey(to) };
}

/** Sorted spans with overlapping or touching ones joined. */
function merge(spans: readonly DaySpan[]): DaySpan[] {
	const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
	const merged: DaySpan[] = [];
	for (const span of sorted) {
		const last = merged[merged.length - 1];
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged;
}

function intersect(a: DaySpan, b: DaySpan): DaySpan | null {
	const start = Math.max(a.start, b.start);
	const end = Math.min(a.end, b.end);
	return start < end ? { start, end } : null;
}

/** The last day inside `[start, end)`: the day before the exclusive end. */
function lastDayBefore(end: DayKey): string {
	const year = Math.floor(end / 10000);
	const month = Math.floor(end / 100) % 100;
	const day = end % 100;
	if (day > 1) return formatDayKey(end - 1);
	if (month > 1)
		return formatDayKey(year * 10000 + (month - 1) * 100 + daysInMonth(year, month - 1));
	return formatDayKey((year - 1) * 10000 + 1231);
}

/** `start="…" end="…"` of a span, inclusive days; no `end` when open. */
function spanAttributes(span: DaySpan): string {
	const end = Number.isFinite(span.end) ? ` end="${lastDayBefore(span.end)}"` : '';
	return `start="${formatDayKey(span.start)}"${end}`;
}

function spells(spans: readonly DaySpan[]): string {
	return `<spells>${spans.map((s) => `<spell ${spanAttributes(s)}/>`).join('')}</spells>`;
}

function rgb(colour: string) {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
	return `r="${r}" g="${g}" b="${b}"`;
}

/**
 * The whole dataset as GEXF 1.3 (`mode="dynamic"`, `timeformat="date"`): one node per person
 * ever on stage, with spells for when they were (in the Politburo or an alliance) and the
 * dynamic attributes `faction` (faction id) and `politburo` (`full`, `candidate`) with their
 * dates, and without dates the person's names, Wikidata id and fate (`PERSON_RECORD_FIELDS`:
 * attribute ids `nativeName`, `aliases`… titled as the CSV columns, `Native name`, `Aliases`…,
 * aliases separated by `|`, only those the person has); one undirected edge per pair of members of each alliance, with spells for when both
 * belonged (ids as in snapshots: `troika:kamenev:stalin`), labelled with the alliance's name
 * and coloured with its colour.
 */
export function writeGexf(dataset: Dataset): string {
	const stage = new Map<string, DaySpan[]>();
	const addStage = (person: string, span: DaySpan) =>
		stage.set(person, [...(stage.get(person) ?? []), span]);
	for (const person of dataset.people)
		for (const term of person.terms) addStage(person.id, spanOf(term.from, term.to));

	const edges: { id: string; alliance: (typeof dataset.alliances)[number]; spans: DaySpan[] }[] =
		[];
	for (const alliance of dataset.alliances) {
		const spans = alliance.members.map((_, i) => {
			const { from, to } = membershipSpan(alliance, i);
			return spanOf(from, to);
		});
		alliance.members.forEach((member, i) => addStage(member.person, spans[i]!));
		const people = [...new Set(alliance.members.map((m) => m.person))].sort();
		for (let a = 0; a < people.length; a++) {
			for (let b = a + 1; b < people.length; b++) {
				const together: DaySpan[] = [];
				alliance.members.forEach((first, i) => {
					if (first.person !== people[a]) return;
					alliance.members.forEach((second, j) => {
						if (second.person !== people[b]) return;
						const both = intersect(spans[i]!, spans[j]!);
						if (both) together.push(both);
					});
				});
				const merged = merge(together);
				if (merged.length)
					edges.push({ id: `${alliance.id}:${people[a]}:${people[b]}`, alliance, spans: merged });
			}
		}
	}

	const lines: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
		`<meta><creator>Factions</creator><description>${escapeXml(dataset.meta.title)}${dataset.meta.licence ? ` (${escapeXml(dataset.meta.licence)})` : ''}</description></meta>`,
		'<graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">',
		'<attributes class="node" mode="dynamic">',
		'<attribute id="name" title="name" type="string"/>',
		'<attribute id="faction" title="faction" type="string"/>',
		'<attribute id="politburo" title="politburo" type="string"/>',
		...PERSON_RECORD_FIELDS.map(
			(f) => `<attribute id="${f.key}" title="${escapeXml(f.column)}" type="string"/>`
		),
		'</attributes>',
		'<attributes class="edge" mode="static">',
		'<attribute id="alliance" title="alliance" type="string"/>',
		'<attribute id="kind" title="kind" type="string"/>',
		'</attributes>',
		'<nodes>'
	];
	for (const person of dataset.people) {
		const onStage = merge(stage.get(person.id) ?? []);
		if (onStage.length === 0) continue;
		const values = [
			`<attvalue for="name" value="${escapeXml(person.name)}"/>`,
			...Object.entries(personRecordOf(person)).map(
				([key, value]) => `<attvalue for="${key}" value="${escapeXml(value)}"/>`
			),
			...dataset.alignments
				.filter((a) => a.person === person.id)
				.map(
					(a) =>
						`<attvalue for="faction" value="${escapeXml(a.faction)}" ${spanAttributes(spanOf(a.from, a.to))}/>`
				),
			...person.terms.map(
				(t) =>
					`<attvalue for="politburo" value="${t.kind}" ${spanAttributes(spanOf(t.from, t.to))}/>`
			)
		];
		lines.push(
			`<node id="${escapeXml(person.id)}" label="${escapeXml(person.label)}"><attvalues>${values.join('')}</attvalues>${spells(onStage)}</node>`
		);
	}
	lines.push('</nodes>', '<edges>');
	for (const edge of edges) {
		const [, source, target] = edge.id.split(':');
		lines.push(
			`<edge id="${escapeXml(edge.id)}" source="${escapeXml(source!)}" target="${escapeXml(target!)}" label="${escapeXml(edge.alliance.name)}">` +
				`<attvalues><attvalue for="alliance" value="${escapeXml(edge.alliance.id)}"/><attvalue for="kind" value="${edge.alliance.kind}"/></attvalues>` +
				`<viz:color ${rgb(edge.alliance.colour)}/>${spells(edge.spans)}</edge>`
		);
	}
	lines.push('</edges>', '</graph>', '</gexf>');
	return lines.join('\n') + '\n';
}
