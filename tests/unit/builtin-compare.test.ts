import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/load';
import { compareMoments, type ComparisonSection } from '../../src/lib/model/compare';
import { formatIssues } from '../../src/lib/model/parts';

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
