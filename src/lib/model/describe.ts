import type { SnapshotDiff } from './diff';
import type { Snapshot } from './snapshot';

/** "A", "A and B", "A, B and C" */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The changes of a diff as short sentences ("Trotsky and Kamenev removed from the Politburo"),
 * naming people by `labelOf` (short names) and factions by `factionLabel`.
 */
export function describeDiff(
	diff: SnapshotDiff,
	labelOf: (id: string) => string,
	factionLabel: (id: string | null) => string
): string[] {
	const names = (refs: readonly { id: string }[]) => listInWords(refs.map((r) => labelOf(r.id)));
	const sentences: string[] = [];
	const joinedFull = diff.joinedPolitburo.filter((c) => c.to === 'full');
	const joinedCandidate = diff.joinedPolitburo.filter((c) => c.to === 'candidate');
	if (diff.leftPolitburo.length)
		sentences.push(`${names(diff.leftPolitburo)} removed from the Politburo`);
	if (joinedFull.length)
		sentences.push(
			`${names(joinedFull)} joined the Politburo as full ${joinedFull.length > 1 ? 'members' : 'member'}`
		);
	if (joinedCandidate.length)
		sentences.push(
			`${names(joinedCandidate)} joined the Politburo as ${joinedCandidate.length > 1 ? 'candidates' : 'candidate'}`
		);
	const promoted = diff.changedStatus.filter((c) => c.to === 'full');
	const demoted = diff.changedStatus.filter((c) => c.to === 'candidate');
	if (promoted.length)
		sentences.push(
			`${names(promoted)} promoted to full ${promoted.length > 1 ? 'members' : 'member'}`
		);
	if (demoted.length)
		sentences.push(
			`${names(demoted)} demoted to ${demoted.length > 1 ? 'candidates' : 'candidate'}`
		);
	for (const change of diff.changedFaction)
		sentences.push(
			`${labelOf(change.id)} moved from the ${factionLabel(change.from)} to the ${factionLabel(change.to)}`
		);
	if (diff.alliancesFormed.length)
		sentences.push(`${listInWords(diff.alliancesFormed.map((a) => a.name))} formed`);
	if (diff.alliancesDissolved.length)
		sentences.push(`${listInWords(diff.alliancesDissolved.map((a) => a.name))} dissolved`);
	const inPolitburo = new Set(diff.joinedPolitburo.map((c) => c.id));
	const outOfPolitburo = new Set(diff.leftPolitburo.map((c) => c.id));
	const arrived = diff.joinedStage.filter((p) => !inPolitburo.has(p.id));
	const departed = diff.leftStage.filter((p) => !outOfPolitburo.has(p.id));
	if (arrived.length) sentences.push(`${names(arrived)} now on stage`);
	if (departed.length) sentences.push(`${names(departed)} no longer on stage`);
	return sentences;
}

/** "Full member", "Candidate member" or "Not in the Politburo". */
export function politburoLabel(status: 'full' | 'candidate' | null): string {
	return status === 'full'
		? 'Full member'
		: status === 'candidate'
			? 'Candidate member'
			: 'Not in the Politburo';
}

/** What a month's graph shows, in words, for screen readers: the same on the page and in the app. */
export function graphLabelOf(date: string, shown: Pick<Snapshot, 'people' | 'alliances'>): string {
	return (
		`Faction graph for ${date}: ${shown.people.length} people, ` +
		`${shown.alliances.length} active alliances. The same facts are listed as text below.`
	);
}
