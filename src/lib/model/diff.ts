import type { AllianceEdge, PolitburoStatus, Snapshot } from './snapshot';

export interface PersonRef {
	id: string;
	name: string;
}

export interface ValueChange<T> extends PersonRef {
	from: T;
	to: T;
}

export interface SnapshotDiff {
	/** The earlier and later months as given: `from` may be after `to` (the other direction). */
	from: string;
	to: string;
	joinedPolitburo: ValueChange<PolitburoStatus>[];
	leftPolitburo: ValueChange<PolitburoStatus>[];
	/** Between full and candidate membership. */
	changedStatus: ValueChange<PolitburoStatus>[];
	joinedStage: PersonRef[];
	leftStage: PersonRef[];
	changedFaction: ValueChange<string | null>[];
	alliancesFormed: { id: string; name: string }[];
	alliancesDissolved: { id: string; name: string }[];
	/** Worked out when first read, as the snapshots' `edges`: nothing on screen needs them. */
	readonly edgesAppeared: AllianceEdge[];
	readonly edgesGone: AllianceEdge[];
}

/**
 * What changed from snapshot `a` to snapshot `b`: who joined or left the Politburo and the stage,
 * who moved between full and candidate membership or between factions, which alliances formed
 * or dissolved and which alliance edges appeared or went. Lists keep the snapshots' id order.
 */
export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
	const before = new Map(a.people.map((p) => [p.id, p]));
	const after = new Map(b.people.map((p) => [p.id, p]));
	const everyone = [...new Set([...before.keys(), ...after.keys()])].sort();

	let edgeChanges: { appeared: AllianceEdge[]; gone: AllianceEdge[] } | null = null;
	const edgesChanged = () => {
		if (!edgeChanges) {
			const edgesBefore = new Set(a.edges.map((e) => e.id));
			const edgesAfter = new Set(b.edges.map((e) => e.id));
			edgeChanges = {
				appeared: b.edges.filter((e) => !edgesBefore.has(e.id)),
				gone: a.edges.filter((e) => !edgesAfter.has(e.id))
			};
		}
		return edgeChanges;
	};
	const diff: SnapshotDiff = {
		from: a.at,
		to: b.at,
		joinedPolitburo: [],
		leftPolitburo: [],
		changedStatus: [],
		joinedStage: [],
		leftStage: [],
		changedFaction: [],
		alliancesFormed: [],
		alliancesDissolved: [],
		get edgesAppeared() {
			return edgesChanged().appeared;
		},
		get edgesGone() {
			return edgesChanged().gone;
		}
	};

	for (const id of everyone) {
		const x = before.get(id);
		const y = after.get(id);
		const ref = { id, name: (y ?? x)!.name };
		if (!x) diff.joinedStage.push(ref);
		if (!y) diff.leftStage.push(ref);
		const statusBefore = x?.politburo ?? null;
		const statusAfter = y?.politburo ?? null;
		const change = { ...ref, from: statusBefore, to: statusAfter };
		if (!statusBefore && statusAfter) diff.joinedPolitburo.push(change);
		else if (statusBefore && !statusAfter) diff.leftPolitburo.push(change);
		else if (statusBefore !== statusAfter) diff.changedStatus.push(change);
		if (x && y && x.faction !== y.faction)
			diff.changedFaction.push({ ...ref, from: x.faction, to: y.faction });
	}

	const alliancesBefore = new Set(a.alliances.map((al) => al.id));
	const alliancesAfter = new Set(b.alliances.map((al) => al.id));
	diff.alliancesFormed = b.alliances
		.filter((al) => !alliancesBefore.has(al.id))
		.map(({ id, name }) => ({ id, name }));
	diff.alliancesDissolved = a.alliances
		.filter((al) => !alliancesAfter.has(al.id))
		.map(({ id, name }) => ({ id, name }));

	return diff;
}
