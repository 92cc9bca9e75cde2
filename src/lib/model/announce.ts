import { describeDiff, politburoLabel } from './describe';
import { diffSnapshots } from './diff';
import type { Dataset } from './schema';
import type { Snapshot } from './snapshot';
import { formatDate } from './time';

/**
 * What a screen reader hears when the explorer moves to the month of `shown`: the month, then
 * what changed since `before` (the month before, narrowed the same way) and the month's events,
 * or "no change". Just the month when there is no month before (the first of the dataset).
 * "October 1926: Trotsky removed from the Politburo; The United Opposition dissolved."
 */
export function monthAnnouncement(
	dataset: Dataset,
	shown: Snapshot,
	before: Snapshot | null
): string {
	const when = formatDate(shown.at);
	if (!before) return when;
	const people = new Map(dataset.people.map((p) => [p.id, p.label]));
	const factions = new Map(dataset.factions.map((f) => [f.id, f.label]));
	const changes = describeDiff(
		diffSnapshots(before, shown),
		(id) => people.get(id) ?? id,
		(id) => (id === null ? undefined : factions.get(id)) ?? 'no faction'
	);
	const parts = [...changes, ...shown.events.map((e) => e.title)];
	return `${when}: ${parts.length ? parts.join('; ') : 'no change'}.`;
}

/**
 * What a screen reader hears when the keyboard reaches a person on the graph: name, faction,
 * Politburo status and alliances at the month shown.
 * "Stalin: Centre; full member of the Politburo; Troika (Zinoviev–Kamenev–Stalin)."
 */
export function personAnnouncement(dataset: Dataset, shown: Snapshot, id: string): string {
	const person = shown.people.find((p) => p.id === id);
	if (!person) return '';
	const faction = dataset.factions.find((f) => f.id === person.faction)?.label ?? 'no faction';
	const status = person.politburo
		? `${politburoLabel(person.politburo).toLowerCase()} of the Politburo`
		: 'not in the Politburo';
	const names = new Map(shown.alliances.map((a) => [a.id, a.name]));
	const alliances = person.alliances.map((a) => names.get(a) ?? a);
	const allied = alliances.length ? alliances.join('; ') : 'in no alliance';
	return `${person.label}: ${faction}; ${status}; ${allied}.`;
}
