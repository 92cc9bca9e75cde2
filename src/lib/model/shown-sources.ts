import type { Dataset } from './schema';
import type { Snapshot } from './snapshot';
import { isActiveAt, monthOf, parseMoment } from './time';

/**
 * The ids of the sources behind what a picture of `snapshot` shows, each once, in the order
 * first cited: for each person on stage, the Politburo term and the faction alignment in force
 * at the end of the month; each alliance shown, and the membership of each member shown; then
 * each event of the month. Sources of alternatives are left out: the picture follows the data.
 */
export function sourcesShownAt(dataset: Dataset, snapshot: Snapshot): string[] {
	const moment = parseMoment(snapshot.at);
	if (!moment) return [];
	const day = moment.day;
	const found = new Set<string>();
	const cite = (sources: readonly string[] | undefined) => sources?.forEach((s) => found.add(s));
	const people = new Map(dataset.people.map((person) => [person.id, person]));
	for (const shown of snapshot.people) {
		const person = people.get(shown.id);
		if (!person) continue;
		cite(person.terms.find((t) => isActiveAt(t.from, t.to, day))?.sources);
		cite(
			dataset.alignments.find((a) => a.person === shown.id && isActiveAt(a.from, a.to, day))
				?.sources
		);
	}
	const alliances = new Map(dataset.alliances.map((alliance) => [alliance.id, alliance]));
	for (const shown of snapshot.alliances) {
		const alliance = alliances.get(shown.id);
		if (!alliance) continue;
		cite(alliance.sources);
		for (const member of alliance.members)
			if (shown.members.includes(member.person)) cite(member.sources);
	}
	for (const event of dataset.events) if (monthOf(event.date) === snapshot.at) cite(event.sources);
	return [...found];
}
