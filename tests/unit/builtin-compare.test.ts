import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/load';
import { compareMoments, type ComparisonSection } from '../../src/lib/model/compare';
import { formatIssues } from '../../src/lib/model/parts';
import { filterSnapshot, snapshotAt, type Snapshot } from '../../src/lib/model/snapshot';
import { monthsBetween } from '../../src/lib/model/time';

const loaded = readDataset();
if (!loaded.ok) throw new Error(formatIssues(loaded.issues));
const dataset = loaded.dataset;

const itemsOf = (sections: ComparisonSection[], key: ComparisonSection['key']) =>
	Object.fromEntries(
		(sections.find((s) => s.key === key)?.items ?? []).map((item) => [item.id, item.month])
	);

describe('comparing real dates', () => {
	it('1924 against 1929: the Left gone, Stalin’s men in, the Troika over, the Right in opposition', () => {
		const { a, b, sections } = compareMoments(dataset, '1924', '1929');
		expect([a.at, b.at]).toEqual(['1924-06', '1929-06']);
		expect(itemsOf(sections, 'leftPolitburo')).toMatchObject({
			trotsky: '1926-10',
			zinoviev: '1926-07',
			kamenev: '1926-10'
		});
		expect(itemsOf(sections, 'joinedFull')).toMatchObject({
			molotov: '1926-01',
			voroshilov: '1926-01'
		});
		expect(Object.keys(itemsOf(sections, 'alliancesDissolved'))).toContain('troika');
		expect(Object.keys(itemsOf(sections, 'alliancesFormed'))).toContain('right-opposition');
	});

	it('December 1925 against January 1926: the 14th Congress reshapes the Politburo', () => {
		const { sections } = compareMoments(dataset, '1925-12', '1926-01');
		expect(itemsOf(sections, 'joinedFull')).toMatchObject({
			molotov: '1926-01',
			voroshilov: '1926-01'
		});
		expect(itemsOf(sections, 'joinedCandidate')).toMatchObject({ kamenev: '1926-01' });
	});

	it('a date against itself: no difference', () => {
		expect(compareMoments(dataset, '1927-03', '1927-03').sections).toEqual([]);
	});
});

/**
 * The month of each change found the slow, obvious way: a snapshot of every month between the
 * two dates, scanned for the last change (forward) or the first (backward).
 */
function monthsByScanning(
	a: string,
	b: string,
	narrow: (s: Snapshot) => Snapshot
): Record<string, string | null> {
	const { a: first, b: second, sections } = compareMoments(dataset, a, b, narrow);
	const forward = first.at <= second.at;
	const [lo, hi] = forward ? [first.at, second.at] : [second.at, first.at];
	const snapshots = monthsBetween(lo, hi).map((m) => narrow(snapshotAt(dataset, m)));
	const probeOf = (key: string, id: string) => (s: Snapshot) => {
		const person = s.people.find((p) => p.id === id);
		if (key.startsWith('alliances')) return String(s.alliances.some((x) => x.id === id));
		if (key === 'changedFaction') return String(person?.faction ?? null);
		if (key.endsWith('Stage')) return String(person !== undefined);
		return String(person?.politburo ?? null);
	};
	const found: Record<string, string | null> = {};
	for (const section of sections)
		for (const item of section.items) {
			const probe = probeOf(section.key, item.id);
			let month: string | null = null;
			for (let i = 1; i < snapshots.length; i++)
				if (probe(snapshots[i - 1]!) !== probe(snapshots[i]!)) {
					month = snapshots[i]!.at;
					if (!forward) break;
				}
			found[`${section.key}:${item.id}`] = month;
		}
	return found;
}

describe('the month each change is dated with', () => {
	const everyone = (s: Snapshot) => s;
	const politburo = (s: Snapshot) => filterSnapshot(s, 'politburo');
	it.each([
		['1917-10', '1938-03'],
		['1924-06', '1929-06'],
		['1929-06', '1924-06'],
		['1925-12', '1926-01'],
		['1926-10', '1928-10'],
		['1930-01', '1936-08']
	])('from %s to %s is the month a scan of every month finds', (a, b) => {
		for (const narrow of [everyone, politburo]) {
			const { sections } = compareMoments(dataset, a, b, narrow);
			const dated = Object.fromEntries(
				sections.flatMap((s) => s.items.map((i) => [`${s.key}:${i.id}`, i.month]))
			);
			expect(Object.keys(dated).length).toBeGreaterThan(0);
			expect(dated).toEqual(monthsByScanning(a, b, narrow));
		}
	});
});
