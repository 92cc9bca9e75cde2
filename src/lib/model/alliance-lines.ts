import type { AllianceAtMoment, AllianceEdge } from './snapshot';

/** An alliance drawn as a hub: one node of its own, joined to each member by a spoke. */
export interface AllianceHub {
	/** The hub's node id: `alliance-hub:<alliance id>`, which no person or faction id can be. */
	id: string;
	alliance: string;
	/** Person ids of the members, sorted, as the snapshot gives them. */
	members: readonly string[];
}

/** One line drawn for an alliance: between two members, or from its hub to a member. */
export interface AllianceLine extends AllianceEdge {
	/** Whether `source` is the alliance's hub (a spoke) rather than a member (a pair). */
	spoke: boolean;
}

/** How the alliances of a moment are drawn: the hubs, and every line in alliance order. */
export interface AllianceLines {
	hubs: AllianceHub[];
	lines: AllianceLine[];
}

/** The node id of an alliance's hub: ids in datasets have no colon, so it never meets one. */
export const hubIdOf = (alliance: string) => `alliance-hub:${alliance}`;

/**
 * One edge per pair of members of each alliance, in the alliances' order then by pair (members
 * are sorted, so `source` sorts before `target`): `n × (n − 1) / 2` edges for `n` members.
 */
export function pairEdgesOf(alliances: readonly AllianceAtMoment[]): AllianceEdge[] {
	const edges: AllianceEdge[] = [];
	for (const alliance of alliances) {
		const members = alliance.members;
		for (let i = 0; i < members.length; i++) {
			for (let j = i + 1; j < members.length; j++) {
				edges.push({
					id: `${alliance.id}:${members[i]}:${members[j]}`,
					alliance: alliance.id,
					source: members[i]!,
					target: members[j]!
				});
			}
		}
	}
	return edges;
}

/**
 * The lines that draw `alliances`: an alliance of at most `hubAbove` members is one line per pair
 * of members (as `pairEdgesOf`); a larger one is a hub with one spoke per member (ids
 * `<hub id>:<member>`), so that `n` members cost `n` lines rather than `n × (n − 1) / 2`.
 * `hubAbove` of `Infinity` draws every alliance by pairs. Lines keep the alliances' order.
 */
export function allianceLines(
	alliances: readonly AllianceAtMoment[],
	hubAbove: number
): AllianceLines {
	const hubs: AllianceHub[] = [];
	const lines: AllianceLine[] = [];
	for (const alliance of alliances) {
		if (alliance.members.length <= hubAbove) {
			for (const edge of pairEdgesOf([alliance])) lines.push({ ...edge, spoke: false });
			continue;
		}
		const hub = hubIdOf(alliance.id);
		hubs.push({ id: hub, alliance: alliance.id, members: alliance.members });
		for (const member of alliance.members)
			lines.push({
				id: `${hub}:${member}`,
				alliance: alliance.id,
				source: hub,
				target: member,
				spoke: true
			});
	}
	return { hubs, lines };
}
