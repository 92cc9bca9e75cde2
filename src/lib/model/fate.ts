import type { Fate, Person } from './schema';
import { formatDate, monthOf, parseMoment, startKey } from './time';

/** The verb of each kind of end, as the details panel and the text view say it. */
const FATE_WORDS: Record<Fate['kind'], string> = {
	executed: 'Shot',
	suicide: 'Suicide',
	killed: 'Killed',
	'died-in-custody': 'Died in custody',
	died: 'Died',
	alive: 'Alive'
};

/**
 * How a person's story ended, in one sentence: "Shot 25 August 1936 in Moscow (sentenced
 * 24 August 1936). Rehabilitated 13 June 1988." A fate dated after `dataEnd` (`YYYY-MM`, the
 * dataset's last month) says the person was alive at the end of the data. `null` without a
 * recorded fate. Dates are written in words; a fate without a date says so.
 */
export function describeFate(person: Pick<Person, 'fate'>, dataEnd: string): string | null {
	const fate = person.fate;
	if (!fate) return null;
	if (fate.kind === 'alive') return 'Alive: no death recorded.';
	const parts: string[] = [];
	const afterData =
		fate.date !== undefined && startKey(fate.date) > (parseMoment(dataEnd)?.day ?? Infinity);
	if (afterData) parts.push('Alive at the end of the data.');
	let sentence = FATE_WORDS[fate.kind];
	sentence += fate.date ? ` ${formatDate(fate.date)}` : ' (date unknown)';
	if (fate.place) sentence += ` in ${fate.place}`;
	if (fate.sentenced && fate.sentenced !== fate.date)
		sentence += ` (sentenced ${formatDate(fate.sentenced)})`;
	else if (fate.sentenced) sentence += ' (the day of the sentence)';
	parts.push(`${sentence}.`);
	if (fate.rehabilitated) parts.push(`Rehabilitated ${formatDate(fate.rehabilitated)}.`);
	return parts.join(' ');
}

/**
 * A fate in brief, as a list or a comparison mentions it: the verb and the date, "Shot
 * 25 August 1936". `null` for no fate, `alive`, or a fate without a date.
 */
export function fateInBrief(fate: Fate | undefined): string | null {
	if (!fate?.date || fate.kind === 'alive') return null;
	return `${FATE_WORDS[fate.kind]} ${formatDate(fate.date)}`;
}

/** A death of the month, for the month's text. */
export interface FateOfMonth {
	id: string;
	label: string;
	/** In brief: "Shot 25 August 1936". */
	fate: string;
}

/**
 * The people whose lives ended in `month` (`YYYY-MM`), whether or not they are on stage, in
 * order of date and then of label. Fates without a date, and `alive`, belong to no month.
 */
export function fatesInMonth(
	people: readonly Pick<Person, 'id' | 'label' | 'fate'>[],
	month: string
): FateOfMonth[] {
	return people
		.filter((p) => p.fate?.date && monthOf(p.fate.date) === month && p.fate.kind !== 'alive')
		.sort(
			(a, b) => startKey(a.fate!.date!) - startKey(b.fate!.date!) || a.label.localeCompare(b.label)
		)
		.map((p) => ({ id: p.id, label: p.label, fate: fateInBrief(p.fate)! }));
}

/** Whether a person is on stage at a moment (`YYYY-MM` or `YYYY-MM-DD`, as snapshots have). */
export interface StageAt {
	at: string;
	onStage: boolean;
}

/**
 * The fate that explains why a person is on stage at one of two moments and not at the later
 * one: their death came after the earlier moment and by the later one. In brief ("Shot
 * 25 August 1936"), or `null` when the person did not leave the stage between the two, or
 * their fate came outside the interval (or has no date). The moments may come in either order.
 */
export function departureFate(
	person: Pick<Person, 'fate'>,
	one: StageAt,
	other: StageAt
): string | null {
	const dayOf = (side: StageAt) => parseMoment(side.at)?.day ?? NaN;
	const [earlier, later] = dayOf(one) <= dayOf(other) ? [one, other] : [other, one];
	if (!earlier.onStage || later.onStage) return null;
	const date = person.fate?.date;
	if (!date) return null;
	const day = startKey(date);
	return dayOf(earlier) < day && day <= dayOf(later) ? fateInBrief(person.fate) : null;
}
