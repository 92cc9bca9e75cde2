import type { Dataset } from './schema';
import { endKey, startKey } from './time';
import { formatPath, groupIndexes, type DatasetIssue, type PathSegment } from './validate';

/**
 * Warnings, not errors: an opposition bloc is a group of one faction, so at any time every
 * member present should have the faction most of the others have. A member whose faction differs
 * is reported once per stretch of time, naming both factions (Uglanov counted Centre while in
 * the Right Opposition). A bloc that really joined factions says so, and why, in `crossFaction`,
 * and is not checked. On a tie the faction of the first member listed who is present counts as
 * the bloc's. A dataset with warnings still opens (imported data cannot say `crossFaction`);
 * the built-in dataset must have none (a test checks), and `src/cli/validate.ts` lists them.
 */
export function oppositionFactionWarnings(data: Dataset): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	const report = (path: readonly PathSegment[], message: string) =>
		issues.push({ path: formatPath(path), message });
	const alignmentIndexesByPerson = groupIndexes(data.alignments, (alignment) => alignment.person);
	const factionAt = (person: string, day: number) => {
		for (const index of alignmentIndexesByPerson.get(person) ?? []) {
			const alignment = data.alignments[index]!;
			if (startKey(alignment.from) <= day && day < endKey(alignment.to)) return alignment.faction;
		}
		return undefined;
	};
	data.alliances.forEach((alliance, a) => {
		if (alliance.kind !== 'opposition' || alliance.crossFaction) return;
		const spans = alliance.members.map((member) => ({
			person: member.person,
			from: member.from ?? alliance.from,
			to: member.to === undefined ? alliance.to : member.to
		}));
		// Every date where who is present, or someone's faction, can change.
		const dates = new Map<number, string>();
		const mark = (date: string | null | undefined) => {
			if (date) dates.set(startKey(date), date);
		};
		for (const span of spans) {
			mark(span.from);
			mark(span.to);
			for (const index of alignmentIndexesByPerson.get(span.person) ?? []) {
				mark(data.alignments[index]!.from);
				mark(data.alignments[index]!.to);
			}
		}
		const start = startKey(alliance.from);
		const end = endKey(alliance.to);
		const points = [...dates]
			.filter(([day]) => day >= start && day < end)
			.sort((x, y) => x[0] - y[0]);
		// Per member: the stretches where they differ, as [from, to, faction, bloc faction].
		const stretches = new Map<number, { from: string; to: string; own: string; bloc: string }[]>();
		points.forEach(([day, date], i) => {
			const next = points[i + 1]?.[1] ?? alliance.to ?? 'open';
			const present = spans
				.map((span, m) => ({ m, faction: factionAt(span.person, day), span }))
				.filter(
					({ span, faction }) =>
						faction !== undefined && startKey(span.from) <= day && day < endKey(span.to)
				);
			const counts = new Map<string, number>();
			for (const { faction } of present) counts.set(faction!, (counts.get(faction!) ?? 0) + 1);
			if (counts.size < 2) return;
			let bloc = present[0]!.faction!;
			for (const [faction, count] of counts) if (count > counts.get(bloc)!) bloc = faction;
			for (const { m, faction } of present) {
				if (faction === bloc) continue;
				const list = stretches.get(m) ?? [];
				const last = list[list.length - 1];
				if (last && last.to === date && last.own === faction && last.bloc === bloc) last.to = next;
				else list.push({ from: date, to: next, own: faction!, bloc });
				stretches.set(m, list);
			}
		});
		for (const [m, list] of stretches) {
			for (const stretch of list) {
				report(
					['alliances', a, 'members', m],
					`"${spans[m]!.person}" is ${stretch.own} from ${stretch.from} to ${stretch.to} while the rest of the opposition bloc "${alliance.id}" is ${stretch.bloc}: ` +
						'the members of a bloc share one faction (fix the alignment, or say in "crossFaction" why the bloc joined factions)'
				);
			}
		}
	});
	return issues;
}
