import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../src/lib/data/builtin';
import { personAnnouncement } from '../../src/lib/model/announce';
import { snapshotAt } from '../../src/lib/model/snapshot';

describe('personAnnouncement', () => {
	it('names the person, their faction, status and alliances at the month shown', () => {
		expect(
			personAnnouncement(builtinDataset, snapshotAt(builtinDataset, '1924-06'), 'stalin')
		).toBe('Stalin: Centre; full member of the Politburo; Troika (Zinoviev–Kamenev–Stalin).');
		expect(personAnnouncement(builtinDataset, snapshotAt(builtinDataset, '1924-06'), 'radek')).toBe(
			'Radek: Left; not in the Politburo; Left Opposition (1923).'
		);
		expect(
			personAnnouncement(builtinDataset, snapshotAt(builtinDataset, '1924-06'), 'dzerzhinsky')
		).toBe('Dzerzhinsky: Centre; candidate member of the Politburo; in no alliance.');
	});

	it('says nothing of someone not on stage', () => {
		expect(personAnnouncement(builtinDataset, snapshotAt(builtinDataset, '1937-06'), 'kirov')).toBe(
			''
		);
	});
});
