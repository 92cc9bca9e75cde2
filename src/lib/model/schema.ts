import { z } from 'zod';
import { safeLinkUrl } from './links';
import { daysInMonth, formatDate, parseDateParts } from './time';

// zod probes for `new Function` to compile faster parsers; under the app's Content Security
// Policy that probe is a violation, and the datasets are small enough to parse without it.
z.config({ jitless: true });

/**
 * A calendar date with month or day precision: `1926-10` or `1926-10-23`. Years have four
 * digits, 0001 to 9999; the day must exist in its month (no `1926-02-30`).
 */
export const isoDateSchema = z
	.string()
	.regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
		message: 'expected a date as YYYY-MM or YYYY-MM-DD, with a year from 0001 to 9999',
		abort: true
	})
	.superRefine((text, ctx) => {
		// Only a day past its month's end gets here: the pattern refuses everything else.
		if (parseDateParts(text)) return;
		const [year, month] = text.split('-').map(Number);
		ctx.addIssue({
			code: 'custom',
			message: `is not a day of the calendar: ${formatDate(text.slice(0, 7))} has ${daysInMonth(year!, month!)} days`
		});
	})
	.describe('A date with month (YYYY-MM) or day (YYYY-MM-DD) precision; years from 0001 to 9999.');

/** An id: lowercase letters, digits and dashes, not starting with a dash (`stalin`, `left-opposition`). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A colour as `#rrggbb`. */
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

const idSchema = z
	.string()
	.regex(ID_PATTERN, {
		message: 'expected a lowercase id of letters, digits and dashes'
	})
	.describe('A stable lowercase identifier, such as `stalin`.');

export const confidenceSchema = z
	.enum(['high', 'medium', 'low'])
	.describe('How well the fact is established by its sources.');

/** A value that another source gives instead of the one the data follows. */
export const alternativeSchema = z
	.object({
		from: isoDateSchema.optional().describe('The start date this source gives instead.'),
		to: isoDateSchema.nullable().optional().describe('The end date this source gives instead.'),
		date: isoDateSchema.optional().describe('The date this source gives instead (events).'),
		claim: z.string().min(1).optional().describe('Another value in words, e.g. a different size.'),
		sources: z.array(idSchema).min(1).describe('Ids of the sources that give this alternative.'),
		note: z.string().optional().describe('Why the data does not follow this alternative.')
	})
	.strict();

/** Fields shared by every cited fact. */
const citedFields = {
	sources: z.array(idSchema).min(1).describe('Ids of the sources for this fact.'),
	confidence: confidenceSchema,
	note: z.string().optional().describe('Basis, caveats, or which alternative the data follows.'),
	alternatives: z
		.array(alternativeSchema)
		.optional()
		.describe('What other sources say where they disagree.')
};

const intervalFields = {
	from: isoDateSchema.describe('Inclusive start.'),
	to: isoDateSchema
		.nullable()
		.optional()
		.describe(
			'Exclusive end: the month or day it ended. Absent or null: lasted beyond the dataset.'
		)
};

export const sourceSchema = z
	.object({
		id: idSchema,
		title: z.string().min(1),
		author: z.string().optional(),
		publisher: z.string().optional(),
		year: z.number().int().optional(),
		url: z
			.string()
			.refine((url) => safeLinkUrl(url) !== undefined, {
				message: 'expected a web address starting with http:// or https://'
			})
			.meta({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' })
			.describe('A web page of the source: http:// or https:// only.')
			.optional(),
		seed: z.string().optional().describe('File name of the seed document, if it is one.'),
		note: z.string().optional()
	})
	.strict();

export const factionSchema = z
	.object({
		id: idSchema,
		label: z.string().min(1),
		colour: z.string().regex(COLOUR_PATTERN, { message: 'expected a colour as #rrggbb' }),
		description: z.string().min(1),
		sources: z.array(idSchema).min(1)
	})
	.strict();

export const termSchema = z
	.object({
		kind: z.enum(['full', 'candidate']).describe('Full or candidate member of the Politburo.'),
		...intervalFields,
		...citedFields
	})
	.strict();

export const officeSchema = z
	.object({
		title: z.string().min(1).describe('The office, e.g. "General Secretary".'),
		...intervalFields,
		...citedFields
	})
	.strict();

/** How a person's life ended, from the most violent to no death at all. */
export const fateKinds = [
	'executed',
	'suicide',
	'killed',
	'died-in-custody',
	'died',
	'alive'
] as const;
export type FateKind = (typeof fateKinds)[number];

/** A Wikidata item id: `Q` and a number without leading zeros. */
export const wikidataIdSchema = z
	.string()
	.regex(/^Q[1-9][0-9]*$/, {
		message: 'expected a Wikidata item id: Q followed by digits, such as Q855'
	})
	.describe('A Wikidata item id, such as `Q855`, checked against the item itself.');

export const fateSchema = z
	.object({
		kind: z
			.enum(fateKinds)
			.describe(
				'How the life ended: `executed` (shot after a sentence), `suicide`, `killed` (murdered or assassinated without a sentence), `died-in-custody` (died under arrest, not executed), `died` (illness, old age or accident), or `alive` (no death recorded).'
			),
		date: isoDateSchema
			.optional()
			.describe(
				"When it happened: for `executed`, the day of the shooting, not of the verdict. Equals the person's `died` where both are given; may lie after the dataset's range. Absent for `alive`; where unknown, `note` says why."
			),
		sentenced: isoDateSchema
			.optional()
			.describe(
				'For `executed`: the day of the death sentence, where it differs from the day of the shooting or is known. A fact about the trial, never evidence of guilt.'
			),
		place: z.string().min(1).optional().describe('Where it happened, e.g. "Moscow".'),
		rehabilitated: isoDateSchema
			.optional()
			.describe(
				"The day a court or the party annulled the verdict or the accusation (for the Moscow trials, 1988); may lie after the dataset's range. Covered by the fate's sources."
			),
		...citedFields
	})
	.strict();

export const personSchema = z
	.object({
		id: idSchema,
		name: z.string().min(1).describe('Full name.'),
		label: z.string().min(1).describe('Short label for the graph.'),
		nativeName: z
			.string()
			.min(1)
			.optional()
			.describe(
				'The full name in the person\'s own script, e.g. Russian Cyrillic: "Григорий Евсеевич Зиновьев".'
			),
		aliases: z
			.array(z.string().min(1))
			.optional()
			.describe(
				"Other names a reader may search for: transliterations (Zinov'ev, Zinovyev), German and French spellings (Sinowjew), birth names and pseudonyms (Radomyslsky)."
			),
		wikidata: wikidataIdSchema.optional(),
		born: isoDateSchema.optional(),
		died: isoDateSchema.optional(),
		fate: fateSchema
			.optional()
			.describe("The end of the person's story: how, when and where their life ended, cited."),
		bio: z.string().min(1).describe('Two sentences.'),
		sources: z
			.array(idSchema)
			.min(1)
			.describe('Sources for the life dates, the names and the bio.'),
		terms: z.array(termSchema).default([]).describe('Politburo terms.'),
		offices: z.array(officeSchema).default([])
	})
	.strict();

export const alignmentSchema = z
	.object({
		person: idSchema,
		faction: idSchema,
		...intervalFields,
		...citedFields
	})
	.strict();

/**
 * What kind of tie an alliance is: `alliance` between leaders, `opposition` (a bloc against the
 * ruling group), or `alleged`: a "centre" or "bloc" charged at a trial, which the prosecution
 * constructed and the defendants confessed to under duress; never a real alliance.
 */
export const allianceKinds = ['alliance', 'opposition', 'alleged'] as const;
export type AllianceKind = (typeof allianceKinds)[number];

export const allianceMemberSchema = z
	.object({
		person: idSchema,
		from: isoDateSchema.optional().describe("Defaults to the alliance's start."),
		to: isoDateSchema.nullable().optional().describe("Defaults to the alliance's end."),
		sources: z.array(idSchema).optional(),
		note: z.string().optional()
	})
	.strict();

export const allianceSchema = z
	.object({
		id: idSchema,
		name: z.string().min(1),
		kind: z
			.enum(allianceKinds)
			.describe(
				'`alliance` (between leaders, solid edges), `opposition` (a bloc, dashed edges) or `alleged` (a "centre" or "bloc" charged at a trial, drawn dash-dotted: an accusation, never a real alliance; its members are the defendants, its dates those of the trial).'
			),
		colour: z.string().regex(COLOUR_PATTERN, { message: 'expected a colour as #rrggbb' }),
		description: z.string().min(1),
		...intervalFields,
		members: z.array(allianceMemberSchema).min(2),
		crossFaction: z
			.string()
			.min(1)
			.optional()
			.describe(
				'For an opposition bloc whose members belong to different factions: why it joined them. Without it, the members of an opposition bloc must share one faction.'
			),
		...citedFields
	})
	.strict();

export const eventSchema = z
	.object({
		id: idSchema,
		date: isoDateSchema,
		title: z.string().min(1),
		description: z.string().optional(),
		kind: z
			.enum([
				'congress',
				'conference',
				'plenum',
				'removal',
				'expulsion',
				'death',
				'policy',
				'trial',
				'exile',
				'other'
			])
			.default('other'),
		people: z.array(idSchema).default([]),
		...citedFields
	})
	.strict();

export const metaSchema = z
	.object({
		title: z.string().min(1),
		description: z.string().min(1),
		start: isoDateSchema.describe('First month shown.'),
		end: isoDateSchema.describe('Last month shown (inclusive).'),
		licence: z.string().optional(),
		featured: z
			.array(idSchema)
			.optional()
			.describe(
				"Ids of people the views draw a little stronger while nobody is selected, such as the storyline's main character."
			)
	})
	.strict();

// ── Stories: a lesson told as steps through the data ──────────────────────────────────────

/** Who a story's step shows: the same choice as the explorer's Show filter (`show=politburo`). */
export const storyShowSchema = z
	.enum(['everyone', 'politburo'])
	.describe('Who the graph shows at this step: everyone on stage (default) or the Politburo only.');

/** The most sentences a step's caption may have: a caption is read aloud from a slide. */
export const CAPTION_MAX_SENTENCES = 3;

export const storyStepSchema = z
	.object({
		at: isoDateSchema.describe("The date the step shows; its month is the graph's month."),
		focus: idSchema
			.optional()
			.describe('A person to select at this step, by id; they must be on stage then.'),
		show: storyShowSchema.optional(),
		caption: z
			.string()
			.min(1)
			.describe(
				`What the step says, one to ${CAPTION_MAX_SENTENCES} sentences of plain text: a historical statement, cited in \`sources\`.`
			),
		...citedFields,
		sources: z
			.array(idSchema)
			.min(1, { message: 'a caption is a historical statement: cite at least one source' })
			.describe('Ids of the sources for what the caption says.')
	})
	.strict();

export const storySchema = z
	.object({
		id: idSchema,
		title: z.string().min(1).describe('The lesson\'s title, e.g. "How Stalin won, 1922–1929".'),
		description: z.string().min(1).describe('One or two sentences: what the story shows.'),
		steps: z.array(storyStepSchema).min(1).describe('The steps in the order they are told.')
	})
	.strict();

// ── End of stories ──────────────────────────────────────────────────────────────────────────

export const datasetSchema = z
	.object({
		$schema: z
			.string()
			.optional()
			.describe(
				'The JSON Schema the file follows, for editors: a path or URL of dataset.schema.json.'
			),
		meta: metaSchema,
		sources: z.array(sourceSchema),
		factions: z.array(factionSchema).min(1),
		people: z.array(personSchema),
		alignments: z.array(alignmentSchema),
		alliances: z.array(allianceSchema),
		events: z.array(eventSchema),
		stories: z
			.array(storySchema)
			.optional()
			.describe('Lessons told as steps through the data (optional); see `storySchema`.')
	})
	.strict();

export type IsoDate = z.infer<typeof isoDateSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Faction = z.infer<typeof factionSchema>;
export type Term = z.infer<typeof termSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Fate = z.infer<typeof fateSchema>;
export type Person = z.infer<typeof personSchema>;
export type Alignment = z.infer<typeof alignmentSchema>;
export type AllianceMember = z.infer<typeof allianceMemberSchema>;
export type Alliance = z.infer<typeof allianceSchema>;
export type HistoricalEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type StoryShow = z.infer<typeof storyShowSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
