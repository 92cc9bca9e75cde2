import Papa from 'papaparse';
import { ALLEGED_NOTE } from '../model/alliance-kind';
import { PERSON_RECORD_FIELDS, personRecordOf } from '../model/person-record';
import type { Dataset } from '../model/schema';
import { membershipSpan, type Snapshot } from '../model/snapshot';
import { isActiveAt, parseMoment } from '../model/time';

/** Kumu and Palladio read several values in one cell separated by a pipe. */
const MULTIPLE = '|';

/**
 * Cells a spreadsheet would run as a formula: those starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (OWASP's list, as Papa Parse's `escapeFormulae`), and the full-width `＝＋－＠`
 * that some spreadsheets read the same way. Unlike Papa Parse's own pattern, this one also
 * catches cells that go on over several lines. Such cells get a leading `'` and quotes.
 */
export const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

const unparse = (fields: string[], data: string[][]) =>
	Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START });

/**
 * The people on stage at the snapshot's month as CSV, one row each: `ID`, `Label`, `Name`,
 * `Faction` (its label), `Politburo` (`full`, `candidate` or empty), `Offices` and
 * `Alliances` (names, separated by `|`), then the person's names, identifier and fate, whenever
 * they are (see `PERSON_RECORD_FIELDS`: `Native name`, `Aliases` separated by `|`, `Wikidata`,
 * `Fate` (its kind), `Fate date`, `Fate place`, `Sentenced`, `Rehabilitated`, `Fate note`), which
 * the CSV importer reads under the same names. Headers as Kumu's element sheets expect. Cells
 * that a spreadsheet would run as a formula start with `'` (see {@link FORMULA_START}).
 */
export function peopleCsv(dataset: Dataset, snapshot: Snapshot): string {
	const factionLabel = new Map(dataset.factions.map((f) => [f.id, f.label]));
	const allianceName = new Map(snapshot.alliances.map((a) => [a.id, a.name]));
	const personById = new Map(dataset.people.map((p) => [p.id, p]));
	return unparse(
		[
			'ID',
			'Label',
			'Name',
			'Faction',
			'Politburo',
			'Offices',
			'Alliances',
			...PERSON_RECORD_FIELDS.map((f) => f.column)
		],
		snapshot.people.map((p) => {
			const person = personById.get(p.id);
			const record = person ? personRecordOf(person) : {};
			return [
				p.id,
				p.label,
				p.name,
				p.faction ? (factionLabel.get(p.faction) ?? p.faction) : '',
				p.politburo ?? '',
				p.offices.join(MULTIPLE),
				p.alliances.map((id) => allianceName.get(id) ?? id).join(MULTIPLE),
				...PERSON_RECORD_FIELDS.map((f) => record[f.key] ?? '')
			];
		})
	);
}

/**
 * The alliance edges of the snapshot as CSV, one row per pair: `From`, `To` (person ids),
 * `Type` (`alliance`, `opposition` or `alleged`), `Alliance` (its name), `Alliance ID`, and
 * `Start`, `End`: when both people belonged, as the data dates it (`End` is the month or day it
 * ended, empty when it lasted beyond the data), and `Note`: for a tie charged at a trial, that it
 * was alleged by the prosecution. Headers as Kumu's connection sheets expect.
 */
export function alliancesCsv(dataset: Dataset, snapshot: Snapshot): string {
	const day = parseMoment(snapshot.at)!.day;
	const byId = new Map(dataset.alliances.map((a) => [a.id, a]));
	return unparse(
		['From', 'To', 'Type', 'Alliance', 'Alliance ID', 'Start', 'End', 'Note'],
		snapshot.edges.map((edge) => {
			const alliance = byId.get(edge.alliance)!;
			const spanOf = (person: string) =>
				alliance.members
					.map((m, i) => ({ person: m.person, ...membershipSpan(alliance, i) }))
					.find((s) => s.person === person && isActiveAt(s.from, s.to, day))!;
			const a = spanOf(edge.source);
			const b = spanOf(edge.target);
			const start = a.from > b.from ? a.from : b.from;
			const ends = [a.to, b.to].filter((to): to is string => Boolean(to)).sort();
			return [
				edge.source,
				edge.target,
				alliance.kind,
				alliance.name,
				alliance.id,
				start,
				ends[0] ?? '',
				alliance.kind === 'alleged' ? ALLEGED_NOTE : ''
			];
		})
	);
}
