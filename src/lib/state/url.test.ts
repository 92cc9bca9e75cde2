import { describe, expect, it } from 'vitest';
import { readDatasetFixture } from '../../../tests/unit/fixtures';
import type { Selection } from './selection';
import {
	compareHref,
	explorerHref,
	historyStep,
	selectionFromParams,
	writeSelection,
	type HistoryMode
} from './url';

const edgeCases = readDatasetFixture('edge-cases.json');

describe('selection in the URL', () => {
	it.each<Selection>([null, { kind: 'person', id: 'bob' }, { kind: 'alliance', id: 'pact' }])(
		'%j goes to the URL and back',
		(selection) => {
			const params = new URLSearchParams('at=1926-10&focus=carol');
			writeSelection(params, selection);
			const notices: string[] = [];
			expect(selectionFromParams(params, edgeCases, notices)).toEqual(selection);
			expect(notices).toEqual([]);
			expect(params.get('at')).toBe('1926-10');
		}
	);

	it('selects nothing for an id the dataset does not know, and says so', () => {
		const notices: string[] = [];
		expect(selectionFromParams(new URLSearchParams('focus=nobody'), edgeCases, notices)).toBeNull();
		expect(
			selectionFromParams(new URLSearchParams('alliance=none'), edgeCases, notices)
		).toBeNull();
		expect(notices).toEqual([
			'No person "nobody" in this dataset: nothing is selected.',
			'No alliance "none" in this dataset: nothing is selected.'
		]);
	});
});

describe('links between the views', () => {
	it('builds the explorer’s address at a month, with a selection', () => {
		expect(explorerHref('/', '1926-10')).toBe('/?at=1926-10');
		expect(explorerHref('/base/', '1926-10', { kind: 'person', id: 'stalin' })).toBe(
			'/base/?at=1926-10&focus=stalin'
		);
		expect(explorerHref('/', '1924-06', { kind: 'alliance', id: 'troika' })).toBe(
			'/?at=1924-06&alliance=troika'
		);
	});

	it('builds the compare view’s address for two months', () => {
		expect(compareHref('/compare', '1924-06', '1929-06')).toBe('/compare?a=1924-06&b=1929-06');
	});
});

describe('history: one entry per gesture', () => {
	/** Pushes (P) and in-place writes (R) for a run of writes from a fresh address. */
	function run(modes: HistoryMode[]): string {
		let inGesture = false;
		return modes
			.map((mode) => {
				const step = historyStep(inGesture, mode);
				inGesture = step.inGesture;
				return step.push ? 'P' : 'R';
			})
			.join('');
	}

	it.each<[string, HistoryMode[], string]>([
		['each key press is an entry', ['commit', 'commit', 'commit'], 'PPP'],
		['a drag is one entry, ended by its commit', ['transient', 'transient', 'commit'], 'PRR'],
		['after a drag, the next press is a new entry', ['transient', 'commit', 'commit'], 'PRP'],
		['two drags are two entries', ['transient', 'commit', 'transient', 'commit'], 'PRPR']
	])('%s', (_, modes, writes) => {
		expect(run(modes)).toBe(writes);
	});
});
