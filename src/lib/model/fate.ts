import type { Fate, Person } from './schema';
import { formatDate, parseMoment, startKey } from './time';

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
