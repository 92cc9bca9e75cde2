import { politburoLabel } from './describe';
import type { Dataset, Faction, Person } from './schema';
import type { AllianceAtMoment, PolitburoStatus, Snapshot } from './snapshot';
import { isActiveAt, parseMoment, startKey } from './time';

/** What a person was at the month of a snapshot, on stage or not. */
export interface PersonAtDate {
	person: Person;
	/** Whether they are in the snapshot: in the Politburo or in an active alliance. */
	onStage: boolean;
	/** Whether they had died by the end of the month. */
	dead: boolean;
	politburo: PolitburoStatus;
	/** Their standing in the Politburo in words, or that they are not on stage. */
	status: string;
	/** Titles of the offices held at the month. */
	offices: string[];
	faction: Faction | null;
	/** The active alliances they belong to, in the snapshot's order. */
	alliances: AllianceAtMoment[];
}

/** What a person off stage is called in the details, instead of a Politburo standing. */
export const OFF_STAGE = 'Not on stage (neither in the Politburo nor in an active alliance)';

/**
 * A person at the month of `snapshot`: what the snapshot says of them when they are on stage;
 * for someone off stage (whom the snapshot leaves out), the offices and faction the dataset
 * gives at the end of that month. `null` if the dataset has no such person.
 */
export function personAt(dataset: Dataset, snapshot: Snapshot, id: string): PersonAtDate | null {
	const person = dataset.people.find((p) => p.id === id);
	if (!person) return null;
	const day = parseMoment(snapshot.at)?.day ?? 0;
	const onStage = snapshot.people.find((p) => p.id === id);
	const factionId = onStage
		? onStage.faction
		: (dataset.alignments.find((a) => a.person === id && isActiveAt(a.from, a.to, day))?.faction ??
			null);
	const politburo = onStage?.politburo ?? null;
	return {
		person,
		onStage: onStage !== undefined,
		dead: person.died !== undefined && startKey(person.died) <= day,
		politburo,
		status: onStage ? politburoLabel(politburo) : OFF_STAGE,
		offices:
			onStage?.offices ??
			person.offices.filter((o) => isActiveAt(o.from, o.to, day)).map((o) => o.title),
		faction: dataset.factions.find((f) => f.id === factionId) ?? null,
		alliances: snapshot.alliances.filter((a) => onStage?.alliances.includes(a.id))
	};
}

/** "1879–1953", "born 1879", "died 1953", or "" when neither date is known. */
export function lifeDates(born?: string, died?: string): string {
	if (born && died) return `${born.slice(0, 4)}–${died.slice(0, 4)}`;
	if (born) return `born ${born.slice(0, 4)}`;
	if (died) return `died ${died.slice(0, 4)}`;
	return '';
}
