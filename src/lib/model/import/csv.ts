import Papa from 'papaparse';
import type { Alignment, Alliance, Dataset, HistoricalEvent, Person, Source } from '../schema';
import { allianceKinds, eventSchema, ID_PATTERN, type AllianceKind } from '../schema';
import { safeLinkUrl } from '../links';
import {
	PERSON_RECORD_FIELDS,
	personFieldsOf,
	type PersonRecord,
	type PersonRecordKey
} from '../person-record';
import { monthOf, startKey } from '../time';
import { suggest } from '../suggest';
import { validateDataset, type DatasetIssue, type ValidationResult } from '../validate';
import { idFromLabel, isIsoDate, PALETTE } from './common';

/** What each kind of CSV file holds, with its columns: required first. */
export const CSV_COLUMNS = {
	people: {
		required: ['id', 'name', 'faction'],
		optional: [
			'label',
			'born',
			'died',
			'from',
			'to',
			'status',
			'bio',
			'sources',
			'confidence',
			...PERSON_RECORD_FIELDS.map((f) => f.column.toLowerCase())
		]
	},
	alliances: {
		required: ['name', 'from', 'members'],
		optional: ['id', 'to', 'kind', 'description', 'colour', 'sources', 'confidence']
	},
	events: {
		required: ['date', 'title'],
		optional: ['id', 'description', 'kind', 'people', 'sources', 'confidence']
	}
} as const;

export type CsvKind = keyof typeof CSV_COLUMNS;

export interface CsvFile {
	name: string;
	text: string;
}

type Row = Record<string, string>;

interface Origin {
	file: string;
	row: number;
	column?: string;
}

/** Which kind of CSV a file is, from its name, else from its columns; null if neither tells. */
export function csvKindOf(name: string, header: readonly string[]): CsvKind | null {
	const lower = name.toLowerCase();
	for (const kind of Object.keys(CSV_COLUMNS) as CsvKind[]) if (lower.includes(kind)) return kind;
	if (header.includes('members')) return 'alliances';
	if (header.includes('faction')) return 'people';
	if (header.includes('date') && header.includes('title')) return 'events';
	return null;
}

/**
 * Builds a dataset from spreadsheet files: a people file (one row per person, with a faction
 * column that may list dated changes: `Centre; Left 1925-10`), an optional alliances file (one
 * row per alliance, members as ids separated by `;`) and an optional events file. Sources are
 * free text or URLs in a `sources` column. Every problem is reported at once as
 * `people.csv, row 4, column 'from'`, counting the header as row 1. Never throws.
 */
export function importCsv(files: readonly CsvFile[]): ValidationResult {
	const issues: DatasetIssue[] = [];
	const at = (origin: Origin) =>
		`${origin.file}, row ${origin.row}${origin.column ? `, column '${origin.column}'` : ''}`;
	const report = (origin: Origin, message: string) => issues.push({ path: at(origin), message });

	const tables: Partial<Record<CsvKind, { file: string; rows: Row[] }>> = {};
	for (const file of files) {
		const table = readTable(file, report);
		if (!table) continue;
		const kind = csvKindOf(file.name, table.header);
		if (!kind) {
			issues.push({
				path: file.name,
				message:
					"cannot tell what this file holds: name it people.csv, alliances.csv or events.csv, or give a people file the columns 'id', 'name', 'faction' and an alliances file 'name', 'from', 'members'"
			});
			continue;
		}
		const earlier = tables[kind];
		if (earlier) {
			issues.push({
				path: file.name,
				message: `two ${kind} files (${earlier.file} and ${file.name}): give one`
			});
			continue;
		}
		if (!checkColumns(file.name, kind, table.header, issues)) continue;
		tables[kind] = { file: file.name, rows: table.rows };
	}
	if (!tables.people && issues.length === 0)
		issues.push({
			path: files.map((f) => f.name).join(', '),
			message: "a people file is needed (people.csv, with the columns 'id', 'name', 'faction')"
		});
	if (issues.length || !tables.people) return { ok: false, issues };

	const builder = new CsvDatasetBuilder(report);
	builder.addPeople(tables.people.file, tables.people.rows);
	if (tables.alliances) builder.addAlliances(tables.alliances.file, tables.alliances.rows);
	if (tables.events) builder.addEvents(tables.events.file, tables.events.rows);
	if (issues.length) return { ok: false, issues };

	const names = files.map((f) => f.name);
	const built = builder.dataset(names);
	if (!built) {
		issues.push({ path: names.join(', '), message: "no dates found: give people a 'from' date" });
		return { ok: false, issues };
	}
	const result = validateDataset(built);
	if (result.ok) return result;
	return {
		ok: false,
		issues: result.issues.map((issue) => {
			const origin = builder.originOf(issue.path);
			return origin ? { path: at(origin), message: issue.message } : issue;
		})
	};
}

function readTable(
	file: CsvFile,
	report: (origin: Origin, message: string) => void
): { header: string[]; rows: Row[] } | null {
	if (file.text.trim() === '') {
		report({ file: file.name, row: 1 }, 'the file is empty');
		return null;
	}
	const parsed = Papa.parse<Row>(file.text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (header) => header.trim().toLowerCase()
	});
	let ok = true;
	for (const error of parsed.errors) {
		// A row with fewer cells than the header is common in spreadsheets: the rest are empty.
		if (error.code === 'TooFewFields') continue;
		ok = false;
		report(
			{ file: file.name, row: (error.row ?? 0) + 2 },
			error.code === 'TooManyFields'
				? 'more cells than columns: is a comma missing its quotes?'
				: error.code === 'MissingQuotes'
					? 'a quote (") opens a cell but never closes it'
					: error.message
		);
	}
	const header = parsed.meta.fields ?? [];
	return ok ? { header, rows: parsed.data } : null;
}

function checkColumns(
	file: string,
	kind: CsvKind,
	header: readonly string[],
	issues: DatasetIssue[]
): boolean {
	const { required, optional } = CSV_COLUMNS[kind];
	const known: readonly string[] = [...required, ...optional];
	let ok = true;
	for (const column of required) {
		if (!header.includes(column)) {
			ok = false;
			issues.push({
				path: `${file}, row 1`,
				message: `missing column '${column}' (the header has ${header.map((h) => `'${h}'`).join(', ') || 'no columns'})`
			});
		}
	}
	for (const column of header) {
		if (!known.includes(column)) {
			ok = false;
			const anagram = known.find(
				(name) => [...name].sort().join('') === [...column].sort().join('')
			);
			const hint = anagram
				? ` — did you mean '${anagram}'?`
				: suggest(column, known).replace(/"/g, "'");
			issues.push({
				path: `${file}, row 1, column '${column}'`,
				message: `unknown column${hint || ` (known columns: ${known.join(', ')})`}`
			});
		}
	}
	return ok;
}

/** The CSV column (as read: lowercase) of each field of a person record. */
const RECORD_COLUMN = Object.fromEntries(
	PERSON_RECORD_FIELDS.map((f) => [f.key, f.column.toLowerCase()])
) as Record<PersonRecordKey, string>;

/** The CSV column of each field of a fate, where the validator finds a problem. */
const FATE_COLUMN: Record<string, string> = {
	kind: RECORD_COLUMN.fate,
	date: RECORD_COLUMN.fateDate,
	place: RECORD_COLUMN.fatePlace,
	sentenced: RECORD_COLUMN.sentenced,
	rehabilitated: RECORD_COLUMN.rehabilitated,
	note: RECORD_COLUMN.fateNote
};

/**
 * The column a problem of a built item is in, from the path's field (`terms`, `fate`) and the
 * field inside it (`to`, `date`); undefined where the path names no field.
 */
function columnOf(collection: string, field?: string, inner?: string): string | undefined {
	if (collection === 'people' && field === 'fate')
		return (inner && FATE_COLUMN[inner]) || RECORD_COLUMN.fate;
	if (collection === 'people' && field === 'nativeName') return RECORD_COLUMN.nativeName;
	if (field === 'terms') return inner === 'to' ? 'to' : 'from';
	if (field && ['sources', 'alternatives'].includes(field)) return 'sources';
	return field;
}

const cell = (row: Row, column: string) => (row[column] ?? '').trim();
const list = (text: string) =>
	text
		.split(';')
		.map((item) => item.trim())
		.filter(Boolean);

/** Turns checked rows into a dataset, remembering where each item came from. */
class CsvDatasetBuilder {
	private people: Person[] = [];
	private alignments: Alignment[] = [];
	private alliances: Alliance[] = [];
	private events: HistoricalEvent[] = [];
	private sources = new Map<string, Source>();
	private factions = new Map<string, string>();
	private dates: string[] = [];
	private origins = {
		people: [] as Origin[],
		alignments: [] as Origin[],
		alliances: [] as Origin[],
		events: [] as Origin[]
	};
	private usesDefaultSource = false;

	constructor(private report: (origin: Origin, message: string) => void) {}

	addPeople(file: string, rows: Row[]) {
		rows.forEach((row, index) => {
			const origin = { file, row: index + 2 };
			const id = this.id(row, 'id', origin);
			const name = cell(row, 'name');
			if (!name) this.report({ ...origin, column: 'name' }, 'a name is needed');
			const from = this.date(row, 'from', origin);
			const to = this.date(row, 'to', origin);
			const born = this.date(row, 'born', origin);
			const died = this.date(row, 'died', origin);
			if (to && !from)
				this.report({ ...origin, column: 'from' }, "a 'from' date is needed when 'to' is given");
			const status = cell(row, 'status').toLowerCase() || 'full';
			if (status !== 'full' && status !== 'candidate')
				this.report(
					{ ...origin, column: 'status' },
					`"${status}" is not a status: write "full" (the default) or "candidate"`
				);
			const cited = this.cited(row, origin);
			const record: PersonRecord = {};
			for (const { key, column } of PERSON_RECORD_FIELDS)
				record[key] = cell(row, column.toLowerCase());
			const { fields, problems } = personFieldsOf(record, cited);
			for (const problem of problems)
				this.report({ ...origin, column: RECORD_COLUMN[problem.key] }, problem.message);
			this.people.push({
				id,
				name,
				label: cell(row, 'label') || name,
				...fields,
				...(born ? { born } : {}),
				...(died ? { died } : {}),
				bio: cell(row, 'bio') || `${name}.`,
				sources: cited.sources,
				terms: from
					? [
							{
								kind: status === 'candidate' ? 'candidate' : 'full',
								from,
								...(to ? { to } : {}),
								...cited
							}
						]
					: [],
				offices: []
			});
			this.origins.people.push(origin);
			this.addFactions(id, row, { ...origin, column: 'faction' }, cited);
		});
	}

	addAlliances(file: string, rows: Row[]) {
		rows.forEach((row, index) => {
			const origin = { file, row: index + 2 };
			const name = cell(row, 'name');
			if (!name) this.report({ ...origin, column: 'name' }, 'a name is needed');
			const id = cell(row, 'id')
				? this.id(row, 'id', origin)
				: idFromLabel(name) || `alliance-${index + 1}`;
			const from = this.date(row, 'from', origin);
			if (!cell(row, 'from')) this.report({ ...origin, column: 'from' }, 'a start date is needed');
			const to = this.date(row, 'to', origin);
			const kind = cell(row, 'kind').toLowerCase() || 'alliance';
			const known = (allianceKinds as readonly string[]).includes(kind);
			if (!known)
				this.report(
					{ ...origin, column: 'kind' },
					`"${kind}" is not a kind: write "alliance" (the default), "opposition" or "alleged" (charged at a trial)`
				);
			const colour = cell(row, 'colour') || PALETTE[(index + 2) % PALETTE.length]!;
			const members = list(cell(row, 'members'));
			if (members.length < 2)
				this.report(
					{ ...origin, column: 'members' },
					'an alliance needs at least two members: their ids separated by ";"'
				);
			this.alliances.push({
				id,
				name,
				kind: known ? (kind as AllianceKind) : 'alliance',
				colour,
				description: cell(row, 'description') || name,
				from: from ?? '',
				...(to ? { to } : {}),
				members: members.map((person) => ({ person })),
				...this.cited(row, origin)
			});
			this.origins.alliances.push(origin);
		});
	}

	addEvents(file: string, rows: Row[]) {
		const kinds = eventSchema.shape.kind.unwrap().options as readonly string[];
		rows.forEach((row, index) => {
			const origin = { file, row: index + 2 };
			const title = cell(row, 'title');
			if (!title) this.report({ ...origin, column: 'title' }, 'a title is needed');
			const date = this.date(row, 'date', origin);
			if (!cell(row, 'date')) this.report({ ...origin, column: 'date' }, 'a date is needed');
			const kind = cell(row, 'kind').toLowerCase() || 'other';
			if (!kinds.includes(kind))
				this.report(
					{ ...origin, column: 'kind' },
					`"${kind}" is not a kind of event: write one of ${kinds.join(', ')}`
				);
			this.events.push({
				id: cell(row, 'id') ? this.id(row, 'id', origin) : `event-${index + 1}`,
				date: date ?? '',
				title,
				...(cell(row, 'description') ? { description: cell(row, 'description') } : {}),
				kind: kind as HistoricalEvent['kind'],
				people: list(cell(row, 'people')),
				...this.cited(row, origin)
			});
			this.origins.events.push(origin);
		});
	}

	/** The dataset, or null if the files hold no date to set its range by. */
	dataset(fileNames: readonly string[]): Dataset | null {
		if (this.dates.length === 0) return null;
		const sorted = [...this.dates].sort((a, b) => startKey(a) - startKey(b));
		const title = `Imported from ${fileNames.join(' and ')}`;
		const sources = [...this.sources.values()];
		if (this.usesDefaultSource)
			sources.push({ id: 'csv-files', title: `${fileNames.join(', ')} (no source given)` });
		return {
			meta: {
				title,
				description: title,
				start: monthOf(sorted[0]!),
				end: monthOf(sorted[sorted.length - 1]!)
			},
			sources,
			factions: [...this.factions].map(([id, label], i) => ({
				id,
				label,
				colour: PALETTE[i % PALETTE.length]!,
				description: label,
				sources: sources.map((s) => s.id).slice(0, 1)
			})),
			people: this.people,
			alignments: this.alignments.map((alignment) => ({
				...alignment,
				from: alignment.from || monthOf(sorted[0]!)
			})),
			alliances: this.alliances,
			events: this.events
		};
	}

	/** Where an issue of the built dataset (`alliances[2].members[1].person`) came from. */
	originOf(path: string): Origin | null {
		const match =
			/^(people|alignments|alliances|events)\[(\d+)\](?:\.([a-zA-Z]+))?(?:\[\d+\])?(?:\.([a-zA-Z]+))?/.exec(
				path
			);
		if (!match) return null;
		const collection = match[1] as keyof typeof this.origins;
		const origin = this.origins[collection][Number(match[2])];
		if (!origin) return null;
		if (origin.column) return origin;
		const column = columnOf(collection, match[3], match[4]);
		return column ? { ...origin, column } : origin;
	}

	private addFactions(
		person: string,
		row: Row,
		origin: Origin,
		cited: { sources: string[]; confidence: Alignment['confidence'] }
	) {
		const segments = list(cell(row, 'faction'));
		if (segments.length === 0) {
			this.report(origin, 'a faction is needed (or changes, such as "Centre; Left 1925-10")');
			return;
		}
		const changes: { label: string; from: string }[] = [];
		segments.forEach((segment, i) => {
			const match = /^(.*?)(?:\s+(?:from\s+)?(\d{4}-\d{1,2}(?:-\d{1,2})?))?$/.exec(segment)!;
			const label = match[1]!.trim();
			const date = match[2];
			if (date && !isIsoDate(date)) {
				this.report(origin, `"${date}" is not a date: expected YYYY-MM or YYYY-MM-DD`);
				return;
			}
			if (!date && i > 0) {
				this.report(
					origin,
					`"${segment}" needs the date the change happened, such as "${label} 1925-10"`
				);
				return;
			}
			if (!idFromLabel(label)) {
				this.report(origin, `"${segment}" has no faction name`);
				return;
			}
			if (date) this.dates.push(date);
			const previous = changes[changes.length - 1];
			if (previous && date && previous.from && startKey(date) <= startKey(previous.from))
				this.report(origin, `the change to "${label}" on ${date} is not after ${previous.from}`);
			changes.push({ label, from: date ?? '' });
		});
		changes.forEach((change, i) => {
			const id = idFromLabel(change.label);
			if (!this.factions.has(id)) this.factions.set(id, change.label);
			const next = changes[i + 1];
			this.alignments.push({
				person,
				faction: id,
				from: change.from,
				...(next ? { to: next.from } : {}),
				...cited
			});
			this.origins.alignments.push(origin);
		});
	}

	private id(row: Row, column: string, origin: Origin): string {
		const text = cell(row, column);
		if (!text) this.report({ ...origin, column }, 'an id is needed, such as "zhou-enlai"');
		else if (!ID_PATTERN.test(text))
			this.report(
				{ ...origin, column },
				`"${text}" is not an id: use lowercase letters, digits and dashes${idFromLabel(text) ? `, such as "${idFromLabel(text)}"` : ''}`
			);
		return text;
	}

	private date(row: Row, column: string, origin: Origin): string | undefined {
		const text = cell(row, column);
		if (!text) return undefined;
		if (!isIsoDate(text)) {
			this.report(
				{ ...origin, column },
				`"${text}" is not a date: expected YYYY-MM or YYYY-MM-DD, such as 1966-08 or 1966-08-05`
			);
			return undefined;
		}
		if (column !== 'born' && column !== 'died') this.dates.push(text);
		return text;
	}

	private cited(row: Row, origin: Origin) {
		const references = list(cell(row, 'sources'));
		const sources = references.map((reference) => this.source(reference));
		if (sources.length === 0) this.usesDefaultSource = true;
		const confidence = cell(row, 'confidence').toLowerCase() || 'medium';
		if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low')
			this.report(
				{ ...origin, column: 'confidence' },
				`"${confidence}" is not a confidence: write high, medium or low`
			);
		return {
			sources: sources.length ? sources : ['csv-files'],
			confidence: (['high', 'low'].includes(confidence) ? confidence : 'medium') as
				'high' | 'medium' | 'low'
		};
	}

	private source(reference: string): string {
		for (const [id, source] of this.sources)
			if (source.url === reference || source.title === reference) return id;
		const id = `ref-${this.sources.size + 1}`;
		const isUrl = /^\S+$/.test(reference) && safeLinkUrl(reference) !== undefined;
		this.sources.set(id, { id, title: reference, ...(isUrl ? { url: reference } : {}) });
		return id;
	}
}
