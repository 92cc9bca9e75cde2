import { fateKinds, isoDateSchema, type Fate, type FateKind, type Person } from './schema';

/**
 * The fields of a person that the flat formats (CSV, GEXF, Cytoscape JSON) carry beside the
 * graph's own, in the order they are written: `key` names the field in Cytoscape JSON, `column`
 * names the CSV column and the GEXF attribute (read back case-insensitively).
 */
export const PERSON_RECORD_FIELDS = [
	{ key: 'nativeName', column: 'Native name' },
	{ key: 'aliases', column: 'Aliases' },
	{ key: 'wikidata', column: 'Wikidata' },
	{ key: 'fate', column: 'Fate' },
	{ key: 'fateDate', column: 'Fate date' },
	{ key: 'fatePlace', column: 'Fate place' },
	{ key: 'sentenced', column: 'Sentenced' },
	{ key: 'rehabilitated', column: 'Rehabilitated' },
	{ key: 'fateNote', column: 'Fate note' }
] as const;

export type PersonRecordKey = (typeof PERSON_RECORD_FIELDS)[number]['key'];

/** The keys that only a fate can have. */
const FATE_PARTS: readonly PersonRecordKey[] = [
	'fateDate',
	'fatePlace',
	'sentenced',
	'rehabilitated',
	'fateNote'
];

/** A person's names, identifier and fate as flat text, one value per key; empty ones left out. */
export type PersonRecord = Partial<Record<PersonRecordKey, string>>;

/** Several aliases in one cell or attribute: separated by a pipe, as Kumu and Palladio read. */
export const ALIAS_SEPARATOR = '|';

/**
 * A person's native name, aliases (joined by {@link ALIAS_SEPARATOR}), Wikidata id and fate
 * (`fate` is the kind: `executed`, `suicide`…; dates as in the data, `YYYY-MM` or `YYYY-MM-DD`)
 * as flat text. Fields the person does not have are absent, never empty strings.
 */
export function personRecordOf(
	person: Pick<Person, 'nativeName' | 'aliases' | 'wikidata' | 'fate'>
): PersonRecord {
	const record: PersonRecord = {};
	const put = (key: PersonRecordKey, value: string | undefined) => {
		if (value) record[key] = value;
	};
	put('nativeName', person.nativeName);
	put('aliases', person.aliases?.join(ALIAS_SEPARATOR));
	put('wikidata', person.wikidata);
	const fate = person.fate;
	if (fate) {
		put('fate', fate.kind);
		put('fateDate', fate.date);
		put('fatePlace', fate.place);
		put('sentenced', fate.sentenced);
		put('rehabilitated', fate.rehabilitated);
		put('fateNote', fate.note);
	}
	return record;
}

/** What reading a {@link PersonRecord} back gives: the fields, and what was wrong, by key. */
export interface PersonRecordRead {
	fields: Pick<Person, 'nativeName' | 'aliases' | 'wikidata' | 'fate'>;
	problems: { key: PersonRecordKey; message: string }[];
}

/**
 * The person fields of a flat record, the reverse of {@link personRecordOf}: aliases split on `|`
 * (or `;`, as the CSV files' other lists), the fate built from its kind and parts and cited with
 * `cite` (the sources and confidence of the row or file it came from). Values are trimmed; empty
 * ones are absent. A fate part without a kind, an unknown kind or a malformed date is a problem;
 * the rest (a Wikidata id's form, the fate agreeing with the life dates) is the validator's.
 */
export function personFieldsOf(
	record: PersonRecord,
	cite: Pick<Fate, 'sources' | 'confidence'>
): PersonRecordRead {
	const problems: PersonRecordRead['problems'] = [];
	const text = (key: PersonRecordKey) => record[key]?.trim() || undefined;
	const date = (key: PersonRecordKey) => {
		const value = text(key);
		if (value && !isoDateSchema.safeParse(value).success) {
			problems.push({
				key,
				message: `"${value}" is not a date: expected YYYY-MM or YYYY-MM-DD`
			});
			return undefined;
		}
		return value;
	};
	const fields: PersonRecordRead['fields'] = {};
	const nativeName = text('nativeName');
	if (nativeName) fields.nativeName = nativeName;
	const aliases = (text('aliases') ?? '')
		.split(/[|;]/)
		.map((alias) => alias.trim())
		.filter(Boolean);
	if (aliases.length) fields.aliases = aliases;
	const wikidata = text('wikidata');
	if (wikidata) fields.wikidata = wikidata;

	const kind = text('fate')?.toLowerCase();
	const parts = {
		date: date('fateDate'),
		place: text('fatePlace'),
		sentenced: date('sentenced'),
		rehabilitated: date('rehabilitated'),
		note: text('fateNote')
	};
	if (kind === undefined) {
		const given = PERSON_RECORD_FIELDS.find(
			({ key }) => FATE_PARTS.includes(key) && record[key]?.trim()
		);
		if (given)
			problems.push({
				key: 'fate',
				message: `'${given.column}' is given without the fate: write one of ${fateKinds.join(', ')}`
			});
	} else if (!(fateKinds as readonly string[]).includes(kind)) {
		problems.push({
			key: 'fate',
			message: `"${kind}" is not a fate: write one of ${fateKinds.join(', ')}`
		});
	} else {
		const fate: Fate = { kind: kind as FateKind, ...cite };
		if (parts.date) fate.date = parts.date;
		if (parts.sentenced) fate.sentenced = parts.sentenced;
		if (parts.place) fate.place = parts.place;
		if (parts.rehabilitated) fate.rehabilitated = parts.rehabilitated;
		if (parts.note) fate.note = parts.note;
		fields.fate = fate;
	}
	return { fields, problems };
}
