import { listInWords } from './describe';
import type { Dataset } from './schema';
import { membershipSpan } from './snapshot';
import type { Storyline } from './storyline';
import { addMonths, monthOf } from './time';
import { shortDate } from './timeline';

/**
 * A person's line through the storyline in words, the text alternative of the drawing:
 * "Stalin: Centre throughout. Troika with Zinoviev and Kamenev, May 1922 – Oct 1925; Duumvirate
 * with Bukharin, Dec 1925 – Jun 1928."
 *
 * Their factions while on stage ("Centre throughout", or each faction from the first to the last
 * month they were on stage in it, with its dates), then each
 * alliance they were drawn in, in order of its start, with the allies on stage beside them and
 * its dates. Dates are months as the rest of the app writes them (`Oct 1925`), or the data's own
 * day where the stretch begins or ends on the date the data gives (`17 Nov 1929`); an end is the
 * month it ended (exclusive, as in the data), and a stretch still running at the end of the
 * range is "from …". It follows the storyline given, so the Politburo-only filter applies.
 * Someone the storyline never shows is "not on stage".
 */
export function describePath(dataset: Dataset, personId: string, storyline: Storyline): string {
	const person = dataset.people.find((p) => p.id === personId);
	const name = person?.label ?? personId;
	const labelOf = new Map(dataset.people.map((p) => [p.id, p.label]));
	const factionLabel = new Map(dataset.factions.map((f) => [f.id, f.label]));
	const lastMonth = storyline.months[storyline.months.length - 1];

	const factionRuns: Run<string | null>[] = [];
	const allianceRuns = new Map<string, Run<Set<string>>[]>();
	storyline.columns.forEach((column, t) => {
		const slot = column.slots.find((s) => s.person === personId);
		if (!slot) return;
		// One stretch per faction held, across any months off stage between.
		const run = factionRuns[factionRuns.length - 1];
		if (run && run.value === slot.faction) run.last = t;
		else factionRuns.push({ first: t, last: t, value: slot.faction });
		for (const alliance of column.alliances) {
			if (!alliance.members.includes(personId)) continue;
			const runs = allianceRuns.get(alliance.id) ?? [];
			allianceRuns.set(alliance.id, runs);
			const allies = alliance.members.filter((m) => m !== personId);
			const run = runs[runs.length - 1];
			if (run && run.last === t - 1) {
				run.last = t;
				for (const ally of allies) run.value.add(ally);
			} else runs.push({ first: t, last: t, value: new Set(allies) });
		}
	});
	if (!factionRuns.length) return `${name}: not on stage.`;

	/** The dates of months `first` to `last`, with the data's own dates where they match. */
	const span = (first: number, last: number, from?: string, to?: string | null) => {
		const start = storyline.months[first]!;
		const endMonth = addMonths(storyline.months[last]!, 1);
		const fromText = from && monthOf(from) === start ? shortDate(from) : shortDate(start);
		if (storyline.months[last] === lastMonth && !to) return `from ${fromText}`;
		const toText = to && monthOf(to) === endMonth ? shortDate(to) : shortDate(endMonth);
		return `${fromText} – ${toText}`;
	};

	const factionName = (id: string | null) => (id && factionLabel.get(id)) || 'faction unknown';
	const alignments = dataset.alignments.filter((a) => a.person === personId);
	// One faction whenever on stage: "throughout", however often they left the stage.
	const factions =
		new Set(factionRuns.map((r) => r.value)).size === 1 && factionRuns[0]!.value !== null
			? `${factionName(factionRuns[0]!.value)} throughout`
			: factionRuns
					.map((run) => {
						const alignment = alignments.find(
							(a) =>
								a.faction === run.value &&
								monthOf(a.from) <= storyline.months[run.first]! &&
								(!a.to || a.to > storyline.months[run.last]!)
						);
						return `${factionName(run.value)}, ${span(run.first, run.last, alignment?.from, alignment?.to)}`;
					})
					.join('; ');

	const allianceById = new Map(dataset.alliances.map((a) => [a.id, a]));
	const stretches = [...allianceRuns.entries()]
		.flatMap(([id, runs]) => runs.map((run) => ({ id, run })))
		.sort((a, b) => a.run.first - b.run.first || (a.id < b.id ? -1 : 1))
		.map(({ id, run }) => {
			const alliance = allianceById.get(id);
			const index = alliance?.members.findIndex((m) => m.person === personId) ?? -1;
			const dates = alliance && index >= 0 ? membershipSpan(alliance, index) : undefined;
			// Allies in the order the data lists the alliance's members.
			const order = alliance?.members.map((m) => m.person) ?? [];
			const allies = [...run.value]
				.sort((a, b) => order.indexOf(a) - order.indexOf(b))
				.map((id) => labelOf.get(id) ?? id);
			const shown =
				allies.length > MOST_ALLIES_NAMED ? allies.slice(0, MOST_ALLIES_NAMED - 1) : allies;
			const rest = allies.length - shown.length;
			const names = rest ? `${shown.join(', ')} and ${rest} others` : listInWords(shown);
			return `${alliance?.name ?? id} with ${names}, ${span(run.first, run.last, dates?.from, dates?.to)}`;
		});
	const alliances = stretches.length ? `${stretches.join('; ')}.` : 'No alliances.';
	return `${name}: ${factions}. ${alliances}`;
}

/** Past this many allies, the rest are counted rather than named. */
const MOST_ALLIES_NAMED = 6;

interface Run<T> {
	first: number;
	last: number;
	value: T;
}
