import { listInWords, politburoLabel } from './describe';
import type { Dataset } from './schema';
import type { Storyline } from './storyline';
import { formatDate } from './time';

/**
 * Who a selected line brings forward in the storyline: everyone drawn in an alliance with
 * `person` at some month, in the order they first stand beside them (ties in slot order).
 * The person themself is not among them; someone never allied gives an empty list.
 */
export function alliesOverTime(storyline: Storyline, person: string): string[] {
	const allies = new Set<string>();
	for (const column of storyline.columns)
		for (const alliance of column.alliances)
			if (alliance.members.includes(person))
				for (const member of alliance.members) if (member !== person) allies.add(member);
	return [...allies];
}

/**
 * What a line says where the user points at it or the keyboard is on it, at month index `t`:
 * "Stalin, March 1926: Centre, full member. Duumvirate (Stalin–Bukharin) with Bukharin."
 * Someone off stage that month: "Trotsky, March 1930: not on stage."
 */
export function describeSlot(
	dataset: Dataset,
	storyline: Storyline,
	t: number,
	person: string
): string {
	const labelOf = (id: string) => dataset.people.find((p) => p.id === id)?.label ?? id;
	const month = storyline.months[t];
	const when = month ? `${labelOf(person)}, ${formatDate(month)}` : labelOf(person);
	const column = storyline.columns[t];
	const slot = column?.slots.find((s) => s.person === person);
	if (!column || !slot) return `${when}: not on stage.`;
	const faction =
		(slot.faction && dataset.factions.find((f) => f.id === slot.faction)?.label) ||
		'faction unknown';
	const status = politburoLabel(slot.politburo).toLowerCase();
	const alliances = column.alliances
		.filter((a) => a.members.includes(person))
		.map((a) => {
			const name = dataset.alliances.find((d) => d.id === a.id)?.name ?? a.id;
			return `${name} with ${listInWords(a.members.filter((m) => m !== person).map(labelOf))}`;
		});
	return `${when}: ${faction}, ${status}. ${alliances.length ? `${alliances.join('; ')}.` : 'No alliances.'}`;
}
